package org.khabar.serve;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * The portal in headless Chromium on the fixture corpus. Fails (does not skip) when chromium is missing:
 * the CI script installs it. Screenshots land in target/screenshots/.
 */
class PortalBrowserTest {

    @Test
    void portalRendersRtlArabicWithItsOwnFontInARealBrowser() {
        try (WebServer server = WebServer.start(FixtureNews.readSide(), WebConfig.defaults().withPort(0).withPageSize(10));
             PortalBrowserCheck browser = new PortalBrowserCheck("http://127.0.0.1:" + server.port(),
                     Path.of("target", "screenshots"))) {
            browser.checkAll(new PortalBrowserCheck.Targets(FixtureNews.NATO_ID, "الناتو", "rt", "الناتو",
                    FixtureNews.NATO_STORY_ID));
            browser.checkMarkupShownAsText(FixtureNews.HOSTILE_ID, FixtureNews.HOSTILE_TITLE);
        }
    }
}
