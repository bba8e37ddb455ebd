package org.worktime.server.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium through its chromedriver (packages chromium, chromium-driver, fonts-noto-cjk), as
 * worktime-policy's browser tests use it: nothing is downloaded. Skipped when they are missing, except under CI.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open(Path profile, String acceptLanguage) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if (System.getenv("CI") != null) {
                fail("CI is set and " + CHROMIUM + " or " + DRIVER + " is missing: apt-get install -y chromium chromium-driver fonts-noto-cjk");
            }
            assumeTrue(false, "chromium or chromedriver is not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--lang=" + acceptLanguage, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options));
    }

    void get(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits up to 15 s for a condition the page reaches by itself (an htmx swap). */
    void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException retry) {
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
    double lowestContrast(String css) {
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
    java.util.Map<String, Long> fonts(String selector) {
        driver.executeCdpCommand("DOM.enable", java.util.Map.of());
        driver.executeCdpCommand("CSS.enable", java.util.Map.of());
        java.util.Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", java.util.Map.of("depth", 0));
        Object root = ((java.util.Map<String, Object>) document.get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", java.util.Map.of("nodeId", root, "selector", selector)).get("nodeId");
        java.util.List<java.util.Map<String, Object>> fonts = (java.util.List<java.util.Map<String, Object>>) driver.executeCdpCommand(
                "CSS.getPlatformFontsForNode", java.util.Map.of("nodeId", node)).get("fonts");
        java.util.Map<String, Long> byFamily = new java.util.LinkedHashMap<>();
        for (java.util.Map<String, Object> f : fonts) {
            byFamily.merge((String) f.get("familyName"), ((Number) f.get("glyphCount")).longValue(), Long::sum);
        }
        return byFamily;
    }

    /** Whether the page, at a phone's width (390 px), needs no sideways scrolling (wide tables scroll in their box). */
    boolean fitsAPhone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            return (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** A picture of the whole page, as wide as the window and as tall as the page. */
    void screenshot(Path file) throws Exception {
        screenshot(file, 1280);
    }

    /** A picture of the whole page at a window's width (390: a phone's). */
    void screenshot(Path file, int width) throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, Math.max(600, height.intValue() + 140)));
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
