package org.khabar.ingest.outlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * The admin secret: env {@code KHABAR_ADMIN_TOKEN}, or the first line of the file named by
 * {@code KHABAR_ADMIN_TOKEN_FILE} (kept outside the repository). Without either, admin is disabled — not open.
 * Comparison is constant-time.
 */
public final class AdminToken {

    private final byte[] secret; // null = admin disabled

    private AdminToken(byte[] secret) {
        this.secret = secret;
    }

    public static AdminToken fromEnvironment() {
        return from(System.getenv());
    }

    static AdminToken from(Map<String, String> env) {
        String token = env.get("KHABAR_ADMIN_TOKEN");
        if (token == null || token.isBlank()) {
            String file = env.get("KHABAR_ADMIN_TOKEN_FILE");
            if (file != null && !file.isBlank()) {
                try {
                    token = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst().orElse(null);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read KHABAR_ADMIN_TOKEN_FILE " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return of(token);
    }

    /** A token from a value; blank or too short (under 16 characters) values are rejected as unsafe. */
    public static AdminToken of(String token) {
        if (token == null || token.isBlank()) return new AdminToken(null);
        String t = token.strip();
        if (t.length() < 16) throw new IllegalArgumentException("admin token must be at least 16 characters");
        return new AdminToken(t.getBytes(StandardCharsets.UTF_8));
    }

    public boolean enabled() {
        return secret != null;
    }

    /** True only when admin is enabled and {@code presented} equals the secret. */
    public boolean matches(String presented) {
        if (secret == null || presented == null) return false;
        return MessageDigest.isEqual(secret, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Accepts "Bearer TOKEN" as sent in an Authorization header. */
    public boolean matchesAuthorization(String header) {
        return Optional.ofNullable(header).filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> matches(h.substring(7))).orElse(false);
    }
}
