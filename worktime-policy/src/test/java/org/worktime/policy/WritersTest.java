package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.i18n.Language;
import org.worktime.policy.out.Summary;
import org.worktime.policy.out.CsvSimulationWriter;
import org.worktime.policy.out.HtmlSimulationWriter;
import org.worktime.policy.out.JsonSimulationWriter;
import org.worktime.policy.sim.Progress;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import org.worktime.policy.sim.SimulationResult;

/** The writers carry the hand-checked totals of {@link SimulationTest}. */
class WritersTest {

    static SimulationResult result() {
        List<Money> sweep = List.of(Money.parse("KRW 70000000"), Money.parse("KRW 100000000"), Money.parse("KRW 130000000"));
        return Simulation.korean().run(SimulationTest.workforce(), List.of(SimulationTest.policy()),
                SimulationOptions.of(SimulationTest.WEEK).withSweep(sweep), Progress.NONE);
    }

    @Test
    void json() throws Exception {
        StringWriter out = new StringWriter();
        JsonSimulationWriter.write(result(), out);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(tree.at("/currentLaw/premiumOwed/amount").asText()).isEqualTo("2175000");
        assertThat(tree.at("/policies/0/exempt").asLong()).isEqualTo(2);
        assertThat(tree.at("/policies/0/premiumNoLongerOwed/amount").asText()).isEqualTo("1500000");
        assertThat(tree.at("/policies/0/doctorInterviews").asLong()).isEqualTo(1);
        assertThat(tree.at("/policies/0/sweep/0/exemptShare").asDouble()).isEqualTo(0.75);
        assertThat(tree.at("/summary/1/ko").asText()).contains("직원 4명 중 2명(50%)이 적용제외 대상");
        assertThat(tree.at("/summary/1/ja").asText()).startsWith("試験 (基準額 100,000,000 KRW): 従業員4名のうち2名 (50%) が適用除外となる");
        assertThat(tree.at("/policies/0/name/ja").asText()).isEqualTo("試験");
    }

    @Test
    void csv() throws Exception {
        StringWriter out = new StringWriter();
        CsvSimulationWriter.write(result(), out);
        assertThat(out.toString().lines()).contains("policy,table,row,column,value", "CURRENT-LAW,summary,,premium_owed_krw,2175000",
                "TEST-HIGH-INCOME,summary,,premium_no_longer_owed_krw,1500000", "TEST-HIGH-INCOME,sweep,70000000,exempt,3",
                "TEST-HIGH-INCOME,person,A,verdict,EXEMPT", "TEST-HIGH-INCOME,summary,,threshold,KRW 100000000");
    }

    static String html(SimulationResult r, Language lang) throws Exception {
        StringWriter out = new StringWriter();
        HtmlSimulationWriter.write(r, lang, out);
        return out.toString();
    }

    @Test
    void htmlIsSelfContained() throws Exception {
        String html = html(result(), Language.EN);
        // Some external namespace URIs are not fetched; only the SVG namespace appears.
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://").contains("<svg class=\"chart\" id=\"hours-before\"", "id=\"sweep-share\"",
                "id=\"sweep-cost\"", "id=\"sweep-52\"", "Executive summary");
    }

    @Test
    void htmlIsWrittenInTheRequestedLanguageThroughout() throws Exception {
        String en = html(result(), Language.EN);
        String ko = html(result(), Language.KO);
        String ja = html(result(), Language.JA);
        assertThat(en).contains("<html lang=\"en\">", "<h2>Executive summary</h2>", "<h2>Policies compared</h2>").doesNotContain("적용제외", "適用除外");
        assertThat(ko).contains("<html lang=\"ko\">", "<h2>요약</h2>", "<h2>제도 비교</h2>", "직원 4명 중 2명(50%)이 적용제외 대상")
                .doesNotContain("Executive summary", "Policies compared", "適用除外");
        assertThat(ja).contains("<html lang=\"ja\">", "<h2>要約</h2>", "<h2>制度の比較</h2>", "従業員4名のうち2名 (50%) が適用除外となる")
                .doesNotContain("Executive summary", "적용제외");
        // A font stack that draws Hangul and kana, the language's own Noto CJK first.
        assertThat(ko).contains("font-family:system-ui,-apple-system,\"Noto Sans CJK KR\",\"Apple SD Gothic Neo\",\"Malgun Gothic\","
                + "\"Noto Sans CJK JP\",\"Hiragino Sans\",\"Yu Gothic\",sans-serif");
        assertThat(ja).contains("font-family:system-ui,-apple-system,\"Noto Sans CJK JP\",\"Hiragino Sans\",\"Yu Gothic\",\"Noto Sans CJK KR\"");
    }

    @Test
    void owedIsSaidOnlyWhereSomethingIsOwed() throws Exception {
        String html = html(result(), Language.EN);
        assertThat(html).contains("<tr id=\"current-law\"><td>Current law</td><td></td><td>0</td><td>0</td><td>0 of 2</td><td>2,175,000 KRW owed</td>");
        assertThat(Summary.of(result()).get(0).in(Language.EN)).isEqualTo("Current law over 2026-03-09 to 2026-03-15 at Lab: 4 employees, "
                + "2 violations of the Labor Standards Act by 2 people, 2,175,000 KRW of Art. 56 premium pay owed, 2 people with at least one week "
                + "above 52 h.");
        assertThat(Summary.of(result()).get(1).in(Language.EN)).isEqualTo("Test (threshold 100,000,000 KRW): 2 of 4 employees (50%) would be "
                + "exempt; 1 of the 2 current violations would become lawful; 1,500,000 KRW of premium pay would no longer be owed; 1 of the 2 people "
                + "working above 52 h would lose the cap; 1 doctor interview would be owed; 1 exempt person works beyond what the health measures allow.");
        // At a threshold no one reaches, nothing is owed and nothing is said to be.
        SimulationResult none = Simulation.korean().run(SimulationTest.workforce(), List.of(new PolicyExemptionTest(
                SimulationTest.policy().policy().withThreshold(Money.parse("KRW 900000000")))), SimulationOptions.of(SimulationTest.WEEK), Progress.NONE);
        assertThat(Summary.of(none).get(1).in(Language.EN)).isEqualTo("Test (threshold 900,000,000 KRW): 0 of 4 employees (0%) would be "
                + "exempt; 0 of the 2 current violations would become lawful; no premium pay would be lifted; 0 of the 2 people working above "
                + "52 h would lose the cap; no doctor interview would be owed; 0 exempt people work beyond what the health measures allow.");
        assertThat(Summary.of(none).get(1).in(Language.JA)).contains("適用除外によりなくなる割増賃金はない", "医師による面接指導の対象者はいない");
    }

    @Test
    void theExchangeRatesUsedAreShownWithTheirDates() throws Exception {
        assertThat(html(result(), Language.EN)).contains("<p class=\"note\" id=\"rates\">No amount was converted");
        // A threshold of USD 72,000 is converted to KRW at the stated USD rate; the JPY rate is stated but converts nothing.
        ExchangeRate usd = new ExchangeRate(CurrencyUnit.USD, CurrencyUnit.of("KRW"), new BigDecimal("1380.5"), LocalDate.of(2026, 11, 2),
                "assumed for the test");
        ExchangeRate jpy = new ExchangeRate(CurrencyUnit.JPY, CurrencyUnit.of("KRW"), new BigDecimal("9.77"), LocalDate.of(2026, 11, 2), "");
        PolicyExemptionTest inDollars = new PolicyExemptionTest(SimulationTest.policy().policy().withThreshold(Money.parse("USD 72000")));
        SimulationResult r = Simulation.korean().run(SimulationTest.workforce(), List.of(inDollars),
                SimulationOptions.of(SimulationTest.WEEK).withRates(ExchangeRates.of(List.of(jpy, usd))), Progress.NONE);
        assertThat(r.rates()).containsExactly(usd);
        assertThat(r.policies().get(0).thresholdAmount().getAmount()).isEqualByComparingTo("99396000");
        assertThat(html(r, Language.EN)).contains("<td>99,396,000 KRW</td>");
        assertThat(html(r, Language.EN)).contains("<tr><td>1 USD = 1380.5 KRW</td><td>2026-11-02</td><td>assumed for the test</td></tr>")
                .doesNotContain("1 JPY");
        assertThat(html(r, Language.KO)).contains("<h2>적용한 환율</h2>", "<th>기준일</th>");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json(r));
        assertThat(tree.at("/rates/0/on").asText()).isEqualTo("2026-11-02");
        assertThat(tree.at("/rates/0/rate").asText()).isEqualTo("1380.5");
        assertThat(tree.at("/rates").size()).isEqualTo(1);
    }

    static String json(SimulationResult r) throws Exception {
        StringWriter out = new StringWriter();
        JsonSimulationWriter.write(r, out);
        return out.toString();
    }
}
