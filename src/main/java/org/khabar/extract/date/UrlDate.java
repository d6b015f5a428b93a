package org.khabar.extract.date;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates news sites put in article URLs: {@code /2020/8/24/}, {@code /2020-06-03-…}, {@code /20200317…} (a
 * yyyyMMdd prefix of a numeric id). A URL with only year and month gives no date: a day must be exact.
 */
public final class UrlDate implements DateRule {
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final Pattern COMPACT = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:\\d{0,12})(?=[/_.-]|$)");

    @Override
    public String name() {
        return "url";
    }

    @Override
    public Optional<PublishedDate> find(DatePage page) {
        return fromUrl(page.url());
    }

    Optional<PublishedDate> fromUrl(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            // keep it undecoded; the digits are ASCII anyway
        }
        for (Pattern p : new Pattern[]{SEPARATED, COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<PublishedDate> d = DateParsing.parse(
                        m.group(1) + "-" + m.group(2) + "-" + m.group(3), name());
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }
}
