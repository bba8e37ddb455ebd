package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.Browser;
import org.worktime.plan.out.PlanHtmlWriter;

/**
 * Opens the plan's HTML report in Debian's headless chromium (Selenium and chromedriver, {@link Browser}) in each
 * language and reads what the browser laid out after the report's script ran: each option's chart drew one bar per
 * planned shift with a non-empty box, the bars carry the planned hours, the legend and both axis titles are the
 * language's, and Korean and Japanese are drawn with real glyphs of the Noto CJK fonts.
 */
class HtmlReportBrowserTest {

    /** Legend entries, x and y axis titles, and the first word of the heading, as a reader sees them. */
    record Words(List<String> legend, String days, String employees, String heading) {
    }

    static final Map<Language, Words> WORDS = Map.of(
            Language.EN, new Words(List.of("a day of up to 8 h of work", "a day of more than 8 h of work"), "Days (each label the first day of a week)",
                    "Employee", "Plan week: Lab"),
            Language.KO, new Words(List.of("근로 8시간 이하인 날", "근로 8시간을 넘는 날"), "날짜 (각 표시는 그 주의 첫날)", "근로자", "계획 week: Lab"),
            Language.JA, new Words(List.of("労働8時間以下の日", "労働8時間を超える日"), "日付 (各表示はその週の初日)", "労働者", "勤務計画 week: Lab"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyShiftIsDrawnInTheGanttChartOfItsOption(Language lang) throws Exception {
        PlanResult result = WritersTest.oneWeek(dir, TeamFixture.write(dir));
        StringWriter out = new StringWriter();
        PlanHtmlWriter.write(result, lang, out);
        Path html = dir.resolve("plan.html");
        Files.writeString(html, out.toString(), StandardCharsets.UTF_8);
        try (Browser b = Browser.open(Files.createDirectory(dir.resolve("profile")))) {
            b.load(html);
            assertThat(b.attribute("html", "lang")).isEqualTo(lang.code());
            assertThat(b.attribute("body", "data-charts")).isEqualTo("2");
            assertThat(b.attribute("body", "data-charts-drawn")).isEqualTo("2");
            // Two people, Monday to Friday at 10 h, under both options: 10 bars each.
            assertThat(b.attribute("#gantt-kr-ordinary", "data-drawn")).isEqualTo("10");
            assertThat(b.attribute("#gantt-kr-flexible-3m", "data-drawn")).isEqualTo("10");
            assertThat(b.attribute("#gantt-kr-ordinary rect[data-employee=A][data-date='2026-03-09']", "data-hours")).isEqualTo("10:00");
            assertThat(b.attribute("#comparison tr[data-option=kr-ordinary]", "data-fits")).isEqualTo("true");

            Words w = WORDS.get(lang);
            assertThat(b.texts("h1")).containsExactly(w.heading());
            for (String chart : List.of("gantt-kr-ordinary", "gantt-kr-flexible-3m")) {
                assertThat(b.texts(".legend[data-chart=" + chart + "] .label")).as(chart).containsExactlyElementsOf(w.legend());
                assertThat(b.texts("#" + chart + " .axis-title.x-axis")).as(chart).containsExactly(w.days());
                assertThat(b.texts("#" + chart + " .axis-title.y-axis")).as(chart).containsExactly(w.employees());
            }
            assertThat((Number) b.js("return Math.min(...Array.from(document.querySelectorAll('.axis-title')).map(e => e.getBBox().width))"))
                    .satisfies(n -> assertThat(n.doubleValue()).isPositive());
            // and drawn whole inside its chart, not cut off at the chart's edge.
            assertThat((Boolean) b.js("return Array.from(document.querySelectorAll('.axis-title')).every(e => { var b = e.getBBox();"
                    + " return b.x >= 0 && b.x + b.width <= e.ownerSVGElement.width.baseVal.value; })")).isTrue();

            if (lang != Language.EN) {
                String family = lang == Language.KO ? "Noto Sans CJK KR" : "Noto Sans CJK JP";
                assertThat(b.fonts("h1")).as("fonts of the heading").containsKey(family);
                assertThat(b.fonts("h1").get(family)).isPositive();
                assertThat(b.fonts("#gantt-kr-ordinary .axis-title.y-axis")).containsKey(family);
                String first = w.heading().substring(0, 1);
                Map<String, Object> glyph = b.glyph("h1", first);
                assertThat(((Number) glyph.get("width")).doubleValue()).isPositive();
                assertThat(glyph.get("differs")).as("%s is drawn with its glyph, not the missing-glyph box: %s", first, glyph).isEqualTo(true);
            }
        }
    }
}
