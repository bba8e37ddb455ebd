package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
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
import org.worktime.core.i18n.Language;
import org.worktime.plan.out.PlanHtmlWriter;

/**
 * Renders the plan's HTML report in Debian's headless chromium and reads the DOM after its script ran: each option's
 * chart must have drawn one bar per planned shift with a non-empty box (the browser's layout, getBBox), and the bars
 * carry the planned hours. Skipped when chromium is missing, except under CI (environment variable CI set), where a
 * missing browser fails the test.
 */
class HtmlReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void everyShiftIsDrawnInTheGanttChartOfItsOption() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                fail("CI is set and " + CHROMIUM + " is missing: install Debian's chromium (apt-get install -y chromium)");
            }
            assumeTrue(false, "chromium is not installed");
        }
        PlanResult result = WritersTest.oneWeek(dir, TeamFixture.write(dir));
        StringWriter out = new StringWriter();
        PlanHtmlWriter.write(result, Language.EN, out);
        Path html = dir.resolve("plan.html");
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
        assertThat(text).as("chromium's DOM (stderr: %s)", Files.readString(dir.resolve("stderr.txt"))).contains("data-charts=\"2\"");
        assertThat(text).contains("data-charts-drawn=\"2\"");
        // Two people, Monday to Friday: ten shifts in each option's chart.
        assertThat(drawn(text, "gantt-kr-ordinary")).isEqualTo(10);
        assertThat(drawn(text, "gantt-kr-flexible-3m")).isEqualTo(10);
        assertThat(text).contains("data-employee=\"A\" data-date=\"2026-03-09\" data-hours=\"10:00\"");
        assertThat(text).contains("<tr data-option=\"kr-ordinary\" data-fits=\"true\">");
    }

    private static int drawn(String dom, String id) {
        Matcher m = Pattern.compile("<svg[^>]*id=\"" + id + "\"[^>]*>").matcher(dom);
        assertThat(m.find()).as("chart %s", id).isTrue();
        Matcher d = Pattern.compile("data-drawn=\"(\\d+)\"").matcher(m.group());
        assertThat(d.find()).as("chart %s was measured by the script", id).isTrue();
        return Integer.parseInt(d.group(1));
    }
}
