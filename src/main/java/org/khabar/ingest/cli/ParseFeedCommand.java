package org.khabar.ingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.ingest.feed.FeedParser;
import org.khabar.ingest.feed.ParsedFeed;
import org.khabar.ingest.fetch.FetchConfig;
import org.khabar.ingest.fetch.FetchResult;
import org.khabar.ingest.fetch.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar parse-feed FILE|URL}: prints the parsed feed as JSON. */
@Command(name = "parse-feed", mixinStandardHelpOptions = true,
        description = "Parse an RSS/Atom/JSON feed (file or http(s) URL) and print it as JSON.")
public final class ParseFeedCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|URL")
    String source;

    @Option(names = "--encoding", description = "Force this charset (for feeds that lie about theirs).")
    String encoding;

    @Option(names = "--allow-loopback", description = "Allow fetching from 127.0.0.1/localhost (testing).")
    boolean allowLoopback;

    @Override
    public Integer call() throws Exception {
        ParsedFeed feed;
        if (source.matches("(?i)https?://.*")) {
            FetchConfig cfg = FetchConfig.defaults();
            if (allowLoopback) cfg = cfg.withAddressPolicy(org.khabar.ingest.fetch.AddressPolicy.allowLoopback());
            FetchResult r = new Fetcher(cfg).fetch(source);
            feed = FeedParser.parse(r.body(), r.contentType(), encoding, r.finalUrl());
        } else {
            Path p = Path.of(source);
            if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no such file: " + source);
            feed = FeedParser.parse(Files.readAllBytes(p), null, encoding, null);
        }
        System.out.println(json().writeValueAsString(feed));
        return 0;
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);
    }
}
