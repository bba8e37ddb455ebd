package org.worktime.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through its chromedriver (packages chromium, chromium-driver, fonts-noto-cjk), for
 * the browser tests of every module: the policy and plan modules' HTML reports and the server's pages. Nothing is
 * downloaded: the browser and the driver are the machine's. Skipped when they are missing, except under CI (the
 * environment variable CI set), where a missing browser fails the test.
 *
 * <p>A module that uses it depends on core's test-jar and on {@code selenium-chrome-driver} (test scope: the test-jar
 * does not bring its own test dependencies).
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Reads whether a text's first character is drawn with a real glyph: its pixels on a canvas, in the node's font,
     * differ from those of an unassigned code point (which every font draws as its .notdef box, the "tofu").
     */
    static final String REAL_GLYPH = """
            var node = arguments[0], ch = arguments[1];
            var style = getComputedStyle(node);
            var font = style.fontWeight + ' 32px ' + style.fontFamily;
            function pixels(c) {
              var canvas = document.createElement('canvas'); canvas.width = 48; canvas.height = 48;
              var g = canvas.getContext('2d'); g.font = font; g.fillStyle = '#000'; g.textBaseline = 'top'; g.fillText(c, 4, 4);
              return Array.prototype.join.call(g.getImageData(0, 0, 48, 48).data, ',');
            }
            var g = document.createElement('canvas').getContext('2d'); g.font = font;
            return {width: node.getBoundingClientRect().width, glyphWidth: g.measureText(ch).width,
                    tofuWidth: g.measureText('\\u0378').width, differs: pixels(ch) !== pixels('\\u0378')};
            """;

    private final ChromeDriver driver;
    private final int width;
    private final int height;

    private Browser(ChromeDriver driver, int width, int height) {
        this.driver = driver;
        this.width = width;
        this.height = height;
    }

    /** A browser for files (the HTML reports): a 1200 x 900 window, the browser's own language. */
    public static Browser open(Path profile) {
        return open(profile, null, 1200, 900);
    }

    /** A browser for the server's pages: a 1280 x 1000 window, asking for pages in {@code acceptLanguage} ({@code ko-KR}). */
    public static Browser open(Path profile, String acceptLanguage) {
        return open(profile, acceptLanguage, 1280, 1000);
    }

    private static Browser open(Path profile, String acceptLanguage, int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if (System.getenv("CI") != null) {
                fail("CI is set and " + CHROMIUM + " or " + DRIVER + " is missing: apt-get install -y chromium chromium-driver fonts-noto-cjk");
            }
            assumeTrue(false, "chromium or chromedriver is not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        if (acceptLanguage != null) {
            options.addArguments("--lang=" + acceptLanguage);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), width, height);
    }

    /** The driver itself, for what this class does not wrap (cookies, the window, the elements' list). */
    public ChromeDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    /** Opens a file and waits for its load event (the reports' scripts measure the charts then). */
    public void load(Path html) {
        driver.get(html.toUri().toString());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text content of every element matching, in document order (hidden ones too, unlike {@link #text}). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String selector) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", selector);
    }

    /** An attribute of the first element matching, or null when there is none. */
    public String attribute(String selector, String name) {
        return (String) js("var e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null", selector, name);
    }

    /** The first element matching, for {@link #glyph}. */
    public Object element(String selector) {
        return js("return document.querySelector(arguments[0])", selector);
    }

    /** Whether the first element matching draws {@code character} with a real glyph: width, glyphWidth, tofuWidth, differs. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> glyph(String selector, String character) {
        return (Map<String, Object>) js("return (function(){" + REAL_GLYPH + "}).apply(null, arguments)", element(selector), character);
    }

    /** Waits up to 15 s for a condition the page reaches by itself (an htmx swap). */
    public void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (WebDriverException retry) {
                // the element was swapped out while read: read again
            }
            Thread.sleep(100);
        }
        fail("timed out waiting for " + what + "; the page: " + driver.getPageSource());
    }

    /**
     * The lowest WCAG 2.1 contrast ratio between the text colour and the background of the elements matching, each
     * element's background being the first non-transparent one up its ancestors.
     */
    public double lowestContrast(String css) {
        return ((Number) js("""
                function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
                function lum(c) { return [c.r, c.g, c.b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }
                function background(e) { for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0) return c; }
                    return {r: 255, g: 255, b: 255, a: 1}; }
                var lowest = 21;
                document.querySelectorAll(arguments[0]).forEach(e => {
                  var a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
                  lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)); });
                return lowest;""", css)).doubleValue();
    }

    /** The platform fonts that drew the text of the first element matching, family name to glyph count (DevTools). */
    @SuppressWarnings("unchecked")
    public Map<String, Long> fonts(String selector) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                Map.of("nodeId", node)).get("fonts");
        Map<String, Long> byFamily = new LinkedHashMap<>();
        for (Map<String, Object> f : fonts) {
            byFamily.merge((String) f.get("familyName"), ((Number) f.get("glyphCount")).longValue(), Long::sum);
        }
        return byFamily;
    }

    /** Whether the page, at a phone's width (390 px), needs no sideways scrolling (wide tables scroll in their box). */
    public boolean fitsAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            return (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth");
        } finally {
            restoreWindow();
        }
    }

    /** A picture of the whole page, as wide as the window and as tall as the page. */
    public void screenshot(Path file) throws Exception {
        screenshot(file, width);
    }

    /** A picture of the whole page at a window's width (390: a phone's). */
    public void screenshot(Path file, int atWidth) throws Exception {
        driver.manage().window().setSize(new Dimension(atWidth, height));
        Number pageHeight = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(atWidth, Math.max(600, pageHeight.intValue() + 140)));
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        restoreWindow();
    }

    /** Back to the window this browser was opened with. */
    public void restoreWindow() {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
