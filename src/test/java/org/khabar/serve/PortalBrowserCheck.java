package org.khabar.serve;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checks the portal in a real headless Chromium (Debian's chromium + chromedriver, no Selenium Manager):
 * RTL layout, the self-hosted Arabic font actually loaded, top stories on the home page, a story page grouped
 * by outlet, working tag links, the similar list, search highlighting, and a screenshot of each page. Reusable against any running khabar: give it the base URL
 * and the ids/labels to visit.
 */
public final class PortalBrowserCheck implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String FONT_FAMILY = "Noto Naskh Arabic";

    /**
     * What to visit: an article with tags, similar articles and a story, a tag, an outlet, a query with results,
     * and a story with reports from at least two outlets.
     */
    public record Targets(long articleId, String tagLabel, String sourceId, String query, long storyId) {
    }

    private final String baseUrl;
    private final Path screenshots;
    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;

    public PortalBrowserCheck(String baseUrl, Path screenshots) {
        assertThat(CHROMIUM).as("chromium (apt-get install chromium chromium-driver)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").isExecutable();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.screenshots = screenshots;
        try {
            Files.createDirectories(screenshots);
            this.profile = Files.createTempDirectory("khabar-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--lang=ar", "--window-size=1280,1600");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    public void checkAll(Targets targets) {
        checkHome();
        checkStory(targets.storyId());
        checkArticle(targets.articleId());
        checkTag(targets.tagLabel());
        checkSource(targets.sourceId());
        checkSearch(targets.query());
        checkNotFound();
        checkNarrowScreen(targets.articleId(), targets.storyId());
    }

    /** Home lists stories (each with its full-coverage link), one per story, and links the flat latest list. */
    public void checkHome() {
        open("/");
        assertRtlWithArabicFont();
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("أهم القصص");
        List<WebElement> cards = driver.findElements(By.cssSelector("ol.stories > li.story-card"));
        assertThat(cards).isNotEmpty();
        List<String> coverage = driver.findElements(By.cssSelector("a.full-coverage")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(coverage).hasSameSizeAs(cards).doesNotHaveDuplicates().allMatch(h -> h.contains("/stories/"));
        // RTL layout: the site name sits at the right edge of the header
        WebElement brand = driver.findElement(By.cssSelector(".brand"));
        assertThat(brand.getText()).isEqualTo("خبر");
        assertThat(brand.getRect().getX()).isGreaterThan(driver.manage().window().getSize().getWidth() / 2);
        screenshot("home");

        driver.findElement(By.cssSelector("a.latest-link")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/latest");
        assertThat(driver.findElements(By.cssSelector("ol.teasers li"))).isNotEmpty();
        screenshot("latest");
    }

    /**
     * The story page: RTL, its reports grouped under outlet headings (right-aligned), one "first report" badge,
     * every article linked once.
     */
    public void checkStory(long storyId) {
        open("/stories/" + storyId);
        assertRtlWithArabicFont();
        assertThat(driver.findElement(By.cssSelector(".coverage .kicker")).getText()).isEqualTo("التغطية الكاملة");
        assertThat(driver.findElement(By.cssSelector(".coverage h1")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector(".first-report .outlet")).getText()).isNotBlank();
        List<WebElement> outlets = driver.findElements(By.cssSelector("section.outlet-coverage"));
        assertThat(outlets).as("outlets of story " + storyId).hasSizeGreaterThanOrEqualTo(2);
        for (WebElement o : outlets) {
            assertThat(o.findElements(By.cssSelector("li.report"))).isNotEmpty();
            // RTL: an outlet heading starts at the right of the column
            WebElement heading = o.findElement(By.cssSelector("h2 a"));
            assertThat(heading.getRect().getX() + heading.getRect().getWidth())
                    .isGreaterThan(driver.manage().window().getSize().getWidth() / 2);
        }
        assertThat(driver.findElements(By.cssSelector("li.report.first .badge"))).hasSize(1);
        List<String> linked = driver.findElements(By.cssSelector(".coverage a[href*='/articles/']")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(linked).isNotEmpty().doesNotHaveDuplicates();
        screenshot("story");
    }

    public void checkArticle(long id) {
        open("/articles/" + id);
        assertRtlWithArabicFont();
        assertThat(driver.findElement(By.cssSelector("article.story h1")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector(".source-line")).getText()).contains("المصدر");
        assertThat(driver.findElements(By.cssSelector(".body p"))).isNotEmpty();
        List<WebElement> similar = driver.findElements(By.cssSelector(".similar ol > li"));
        assertThat(similar).hasSizeBetween(1, 10);
        List<String> related = Stream.concat(
                        driver.findElements(By.cssSelector(".read-also a.title")).stream(),
                        driver.findElements(By.cssSelector(".similar a.title")).stream())
                .map(a -> a.getAttribute("href")).toList();
        assertThat(related).doesNotHaveDuplicates().noneMatch(h -> h.endsWith("/articles/" + id));
        assertThat(driver.findElement(By.cssSelector(".story-link a")).getAttribute("href")).contains("/stories/");
        screenshot("article");

        List<WebElement> tags = driver.findElements(By.cssSelector(".tags a"));
        assertThat(tags).isNotEmpty();
        String tagText = tags.get(0).getText();
        tags.get(0).click();
        assertThat(driver.getCurrentUrl()).contains("/tags/");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("ol.teasers li"))).as("articles tagged " + tagText).isNotEmpty();
    }

    public void checkTag(String label) {
        open("/tags/" + Links.encodePathSegment(label));
        assertRtlWithArabicFont();
        assertThat(driver.findElement(By.cssSelector(".kicker")).getText()).isEqualTo("وسم");
        assertThat(driver.findElements(By.cssSelector("ol.teasers li"))).isNotEmpty();
        screenshot("tag");
    }

    public void checkSource(String sourceId) {
        open("/sources/" + Links.encodePathSegment(sourceId));
        assertRtlWithArabicFont();
        String name = driver.findElement(By.cssSelector("h1")).getText();
        List<WebElement> outlets = driver.findElements(By.cssSelector("ol.teasers .outlet"));
        assertThat(outlets).isNotEmpty().allSatisfy(o -> assertThat(o.getText()).isEqualTo(name));
        screenshot("source");
    }

    public void checkSearch(String query) {
        open("/search");
        WebElement box = driver.findElement(By.cssSelector("form.big-search input[name=q]"));
        box.sendKeys(query);
        driver.findElement(By.cssSelector("form.big-search button")).click();
        // The click returns before the form's navigation has committed on a loaded machine: wait for it.
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search?q="));
        assertRtlWithArabicFont();
        assertThat(driver.findElements(By.cssSelector("ol.results > li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        screenshot("search");
        // the reader asks for the newest reports first with the form's own control, no script involved
        new Select(driver.findElement(By.cssSelector("form.big-search select[name=sort]"))).selectByValue("newest");
        driver.findElement(By.cssSelector("form.big-search button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("sort=newest"));
        assertThat(driver.findElements(By.cssSelector("ol.results > li"))).isNotEmpty();
        assertThat(new Select(driver.findElement(By.cssSelector("form.big-search select[name=sort]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("newest");
        assertThat(driver.findElement(By.cssSelector("a.order-switch")).getAttribute("href")).doesNotContain("sort=");
        screenshot("search-newest");
    }

    /**
     * An article whose title/body carry markup ({@code <script>}, {@code <img onerror>}): the browser shows it
     * as text, builds no such element, and nothing ran (no alert is open).
     */
    public void checkMarkupShownAsText(long articleId, String expectedTitle) {
        open("/articles/" + articleId);
        assertThatThrownBy(() -> driver.switchTo().alert()).as("no script ran and opened an alert")
                .isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElement(By.cssSelector("article.story h1")).getText()).isEqualTo(expectedTitle);
        assertThat(driver.findElements(By.cssSelector("body script, article img, article b"))).isEmpty();
        screenshot("markup-as-text");
    }

    public void checkNotFound() {
        open("/articles/999999999999");
        assertRtlWithArabicFont();
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("الصفحة غير موجودة");
        screenshot("not-found");
    }

    /** On a phone-sized screen nothing overflows sideways. */
    public void checkNarrowScreen(long articleId, long storyId) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String[] page : new String[][]{{"/", "home-narrow"}, {"/articles/" + articleId, "article-narrow"},
                    {"/stories/" + storyId, "story-narrow"}}) {
                open(page[0]);
                long overflow = (Long) js().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow).as("horizontal overflow in px on " + page[0]).isLessThanOrEqualTo(0);
                screenshot(page[1]);
            }
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The page is RTL Arabic and the webfont was fetched from our server and used. */
    @SuppressWarnings("unchecked")
    private void assertRtlWithArabicFont() {
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        Map<String, Object> fonts = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done({
                  loaded: Array.from(document.fonts).filter(f => f.status === 'loaded')
                                .map(f => f.family.replace(/["']/g, '') + ' ' + f.weight),
                  check: document.fonts.check('16px "Noto Naskh Arabic"', 'خبر'),
                  direction: getComputedStyle(document.body).direction,
                  family: getComputedStyle(document.body).fontFamily
                }));
                """);
        assertThat((List<String>) fonts.get("loaded")).as("loaded font faces").contains(FONT_FAMILY + " 400");
        assertThat(fonts.get("check")).isEqualTo(true);
        assertThat(fonts.get("direction")).isEqualTo("rtl");
        assertThat((String) fonts.get("family")).startsWith("\"" + FONT_FAMILY + "\"");
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private void screenshot(String name) {
        try {
            Path png = screenshots.resolve(name + ".png");
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
