package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.policy.out.HtmlSimulationWriter;

/**
 * Renders the HTML report in Debian's headless chromium and reads the DOM after its script ran: every chart must have
 * drawn parts with a non-empty box (measured by the browser's layout, getBBox), and the bars and points must carry the
 * hand-checked values. Skipped when chromium is missing, except under CI (environment variable CI set), where a
 * missing browser fails the test.
 */
class HtmlReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void chartsAreDrawnWithData(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                fail("CI is set and " + CHROMIUM + " is missing: install Debian's chromium (apt-get install -y chromium)");
            }
            assumeTrue(false, "chromium is not installed");
        }
        StringWriter out = new StringWriter();
        HtmlSimulationWriter.write(WritersTest.result(), out);
        Path html = dir.resolve("report.html");
        Files.writeString(html, out.toString(), StandardCharsets.UTF_8);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Path dom = dir.resolve("dom.html");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--virtual-time-budget=5000", "--dump-dom", html.toUri().toString()))
                .redirectOutput(dom.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 90 s");
        }
        String text = Files.readString(dom, StandardCharsets.UTF_8);
        assertThat(text).as("chromium's DOM (stderr: %s)", Files.readString(dir.resolve("stderr.txt"))).contains("data-charts=\"5\"");
        assertThat(text).contains("data-charts-drawn=\"5\"");
        // Every chart drew parts: before (3 non-empty buckets), after (2 covered + 2 exempt parts), 3 x 3 sweep points.
        assertThat(drawn(text, "hours-before")).isEqualTo(3);
        assertThat(drawn(text, "hours-after-0")).isEqualTo(4);
        assertThat(drawn(text, "sweep-share")).isEqualTo(3);
        assertThat(drawn(text, "sweep-cost")).isEqualTo(3);
        assertThat(drawn(text, "sweep-52")).isEqualTo(3);
        assertThat(text).contains("data-series=\"exempt under the policy\" data-value=\"1\"", "data-x=\"70\" data-value=\"75\"",
                "data-x=\"100\" data-value=\"1.5\"");
    }

    private static int drawn(String dom, String id) {
        Matcher m = Pattern.compile("<svg[^>]*id=\"" + id + "\"[^>]*>").matcher(dom);
        assertThat(m.find()).as("chart %s", id).isTrue();
        Matcher d = Pattern.compile("data-drawn=\"(\\d+)\"").matcher(m.group());
        assertThat(d.find()).as("chart %s was measured by the script", id).isTrue();
        return Integer.parseInt(d.group(1));
    }
}
