package org.worktime.policy;

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
import org.worktime.policy.out.HtmlSimulationWriter;

/**
 * Opens the simulation report in Debian's headless chromium (Selenium and chromedriver, {@link Browser}) in each
 * language and reads what the browser laid out after the report's script ran: every chart has drawn parts with a
 * non-empty box, the bars and points carry the hand-checked values, the legends name exactly their categories (no
 * week above 52 h is said to be under the limits), both axes of every chart are named, the 52 h cap is drawn between
 * the 48-52 h and 52-60 h buckets, the policy's own threshold is marked where its sweep point is, and Korean and
 * Japanese headings are drawn with real glyphs of the Noto CJK fonts, not the missing-glyph box.
 */
class HtmlReportBrowserTest {

    /** The legends, axis titles and labels of the report of {@link WritersTest#result()}, as a reader sees them. */
    record Words(List<String> before, List<String> after, List<String> sweep, String weekHours, String personWeeks, String threshold,
            String share, String cost, String people, String cap, String marker) {
    }

    static final Map<Language, Words> WORDS = Map.of(
            Language.EN, new Words(List.of("weeks within the 52 h cap", "weeks above the 52 h cap"),
                    List.of("not exempt, within the 52 h cap", "not exempt, above the 52 h cap", "exempt under the policy"),
                    List.of("Test", "the policy's own threshold"), "Hours worked in the week", "Person-weeks",
                    "Salary threshold (KRW million a year)", "Exempt share (%)", "Premium no longer owed (KRW million)", "People",
                    "52 h cap", "Test: 100,000,000 KRW"),
            Language.KO, new Words(List.of("52시간 상한 이내인 주", "52시간 상한을 넘긴 주"),
                    List.of("적용제외 아님, 52시간 상한 이내", "적용제외 아님, 52시간 상한 초과", "제도에 따른 적용제외"),
                    List.of("시험", "각 제도 본래의 기준액"), "주간 근로시간", "인·주", "임금 기준액 (연 KRW, 백만)", "적용제외 비율 (%)",
                    "지급 의무가 없어지는 가산수당 (KRW, 백만)", "인원", "주 52시간 상한", "시험: 100,000,000 KRW"),
            Language.JA, new Words(List.of("52時間の上限以内の週", "52時間の上限を超えた週"),
                    List.of("適用除外でない者、52時間の上限以内", "適用除外でない者、52時間の上限超過", "制度による適用除外"),
                    List.of("試験", "各制度本来の基準額"), "週の労働時間", "人・週", "賃金の基準額 (年額 KRW、百万)", "適用除外の割合 (%)",
                    "支払義務がなくなる割増賃金 (KRW、百万)", "人数", "週52時間の上限", "試験: 100,000,000 KRW"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void theReportIsDrawnInEachLanguage(Language lang, @TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        HtmlSimulationWriter.write(WritersTest.result(), lang, out);
        Path html = dir.resolve("report.html");
        Files.writeString(html, out.toString(), StandardCharsets.UTF_8);
        try (Browser b = Browser.open(Files.createDirectory(dir.resolve("profile")))) {
            b.load(html);
            assertThat(b.attribute("html", "lang")).isEqualTo(lang.code());
            assertThat(b.attribute("body", "data-charts")).isEqualTo("5");
            assertThat(b.attribute("body", "data-charts-drawn")).isEqualTo("5");
            // Every chart drew parts: before (3 non-empty buckets), after (within + exempt + above + exempt), 3 x 3 sweep points.
            assertThat(b.attribute("#hours-before", "data-drawn")).isEqualTo("3");
            assertThat(b.attribute("#hours-after-0", "data-drawn")).isEqualTo("4");
            for (String sweep : List.of("sweep-share", "sweep-cost", "sweep-52")) {
                assertThat(b.attribute("#" + sweep, "data-drawn")).as(sweep).isEqualTo("3");
            }
            // C's 45 h week is exempt, A's 55 h week is exempt and above the cap, B's 55 h week is not exempt and above it.
            assertThat(b.attribute("#hours-after-0 rect[data-series=exempt][data-bucket='40-48 h']", "data-value")).isEqualTo("1");
            assertThat(b.attribute("#hours-after-0 rect[data-series=above-cap][data-bucket='52-60 h']", "data-value")).isEqualTo("1");
            assertThat(b.attribute("#hours-before rect[data-series=above-cap][data-bucket='52-60 h']", "data-value")).isEqualTo("2");
            assertThat(b.attribute("#hours-before rect[data-series=within-cap][data-bucket='52-60 h']", "data-value")).isNull();
            assertThat(b.attribute("#sweep-share circle[data-x='70']", "data-value")).isEqualTo("75");
            assertThat(b.attribute("#sweep-cost circle[data-x='100']", "data-value")).isEqualTo("1.5");

            Words w = WORDS.get(lang);
            assertThat(b.texts("#hours-before + figcaption .label")).containsExactlyElementsOf(w.before());
            assertThat(b.texts("#hours-after-0 + figcaption .label")).containsExactlyElementsOf(w.after());
            for (String sweep : List.of("sweep-share", "sweep-cost", "sweep-52")) {
                assertThat(b.texts("#" + sweep + " + figcaption .label")).as(sweep).containsExactlyElementsOf(w.sweep());
            }
            for (String chart : List.of("hours-before", "hours-after-0")) {
                assertThat(b.texts("#" + chart + " .axis-title.x-axis")).as(chart).containsExactly(w.weekHours());
                assertThat(b.texts("#" + chart + " .axis-title.y-axis")).as(chart).containsExactly(w.personWeeks());
            }
            assertThat(b.texts("#sweep-share .axis-title.x-axis")).containsExactly(w.threshold());
            assertThat(b.texts("#sweep-share .axis-title.y-axis")).containsExactly(w.share());
            assertThat(b.texts("#sweep-cost .axis-title.y-axis")).containsExactly(w.cost());
            assertThat(b.texts("#sweep-52 .axis-title.x-axis")).containsExactly(w.threshold());
            assertThat(b.texts("#sweep-52 .axis-title.y-axis")).containsExactly(w.people());
            // Each axis title is laid out with a box (drawn inside the chart, not clipped away).
            assertThat((Number) b.js("return Math.min(...Array.from(document.querySelectorAll('.axis-title')).map(e => e.getBBox().width))"))
                    .satisfies(n -> assertThat(n.doubleValue()).isPositive());
            assertThat((Boolean) b.js("return Array.from(document.querySelectorAll('.axis-title')).every(e => { var b = e.getBBox();"
                    + " var w = e.ownerSVGElement.width.baseVal.value, h = e.ownerSVGElement.height.baseVal.value;"
                    + " var m = e.getCTM(); var x = m.a * b.x + m.c * b.y + m.e, y = m.b * b.x + m.d * b.y + m.f;"
                    + " return b.width > 0 && x >= -1 && y >= -1 && x <= w + 1 && y <= h + 1; })"))
                    .as("every axis title starts inside its chart").isTrue();

            // The 52 h cap: a dashed line exactly between the 48-52 h and the 52-60 h buckets, in both histograms.
            for (String chart : List.of("hours-before", "hours-after-0")) {
                assertThat(b.attribute("#" + chart + " line.cap-line", "data-hours")).isEqualTo("52");
                Number x = (Number) b.js("return document.querySelector('#" + chart + " line.cap-line').getBBox().x");
                // The 52-60 h bar starts 15% of a bucket's width (106 px) to the right of the bucket's left edge.
                Number bar = (Number) b.js("return document.querySelector(\"#" + chart + " rect[data-bucket='52-60 h']\").getBBox().x");
                assertThat(bar.doubleValue() - x.doubleValue()).as("%s: the cap line is the 52-60 h bucket's left edge", chart)
                        .isCloseTo(0.15 * 106, org.assertj.core.data.Offset.offset(1.0));
                assertThat(b.texts("#" + chart + " .cap-label")).containsExactly(w.cap());
            }
            // The policy's own threshold (100 M) is marked on every sweep chart, at its sweep point's x.
            for (String sweep : List.of("sweep-share", "sweep-cost", "sweep-52")) {
                String marker = "#" + sweep + " line.threshold[data-policy=TEST-HIGH-INCOME]";
                assertThat(b.attribute(marker, "data-x")).as(sweep).isEqualTo("100");
                Number lineX = (Number) b.js("return document.querySelector(arguments[0]).getBBox().x", marker);
                Number pointX = (Number) b.js("return document.querySelector('#" + sweep + " circle[data-x=\"100\"]').getBBox().x + 3.5");
                assertThat(lineX.doubleValue()).as(sweep).isCloseTo(pointX.doubleValue(), org.assertj.core.data.Offset.offset(0.5));
                assertThat(b.texts("#" + sweep + " .threshold-label")).containsExactly(w.marker());
            }

            if (lang != Language.EN) {
                // Korean and Japanese are drawn with the Noto CJK font of the language, with real glyphs.
                String family = lang == Language.KO ? "Noto Sans CJK KR" : "Noto Sans CJK JP";
                assertThat(b.fonts("h1")).as("fonts of the heading").containsKey(family);
                assertThat(b.fonts("h1").get(family)).isPositive();
                assertThat(b.fonts("#summary h2")).containsKey(family);
                String first = lang == Language.KO ? "제" : "制";
                Map<String, Object> glyph = b.glyph("h1", first);
                assertThat(((Number) glyph.get("width")).doubleValue()).isPositive();
                assertThat(glyph.get("differs")).as("%s is drawn with its glyph, not the missing-glyph box: %s", first, glyph).isEqualTo(true);
            }
        }
    }
}
