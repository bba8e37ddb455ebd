package org.worktime.policy;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through its chromedriver (packages chromium and chromium-driver), for the browser
 * tests of the HTML reports. Nothing is downloaded: the browser and the driver are the machine's. Skipped when they
 * are missing, except under CI (environment variable CI set), where a missing browser fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Reads which fonts drew a node's text and how many glyphs each drew, as the browser's layout reports it (DevTools'
     * CSS.getPlatformFontsForNode), and whether a text's first character is drawn with a real glyph: its pixels on a
     * canvas, in the node's font, differ from those of an unassigned code point (which every font draws as its
     * .notdef box, the "tofu").
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

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if (System.getenv("CI") != null) {
                fail("CI is set and " + CHROMIUM + " or " + DRIVER + " is missing: apt-get install -y chromium chromium-driver fonts-noto-cjk");
            }
            assumeTrue(false, "chromium or chromedriver is not installed");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1200,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Opens a file and waits for its load event (the reports' scripts measure the charts then). */
    void load(Path html) {
        driver.get(html.toUri().toString());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String selector) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", selector);
    }

    String attribute(String selector, String name) {
        return (String) js("var e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null", selector, name);
    }

    /** The first element matching, for {@link #REAL_GLYPH}. */
    Object element(String selector) {
        return js("return document.querySelector(arguments[0])", selector);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> glyph(String selector, String character) {
        return (Map<String, Object>) js("return (function(){" + REAL_GLYPH + "}).apply(null, arguments)", element(selector), character);
    }

    /** The platform fonts that drew the text of the first element matching, family name to glyph count. */
    @SuppressWarnings("unchecked")
    Map<String, Long> fonts(String selector) {
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>) driver.executeCdpCommand("CSS.getPlatformFontsForNode",
                Map.of("nodeId", node)).get("fonts");
        Map<String, Long> byFamily = new java.util.LinkedHashMap<>();
        for (Map<String, Object> f : fonts) {
            byFamily.merge((String) f.get("familyName"), ((Number) f.get("glyphCount")).longValue(), Long::sum);
        }
        return byFamily;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
