package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
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
    }

    @Test
    void csv() throws Exception {
        StringWriter out = new StringWriter();
        CsvSimulationWriter.write(result(), out);
        assertThat(out.toString().lines()).contains("policy,table,row,column,value", "CURRENT-LAW,summary,,premium_owed_krw,2175000",
                "TEST-HIGH-INCOME,summary,,premium_no_longer_owed_krw,1500000", "TEST-HIGH-INCOME,sweep,70000000,exempt,3",
                "TEST-HIGH-INCOME,person,A,verdict,EXEMPT", "TEST-HIGH-INCOME,summary,,threshold,KRW 100000000");
    }

    @Test
    void htmlIsSelfContained() throws Exception {
        StringWriter out = new StringWriter();
        HtmlSimulationWriter.write(result(), out);
        String html = out.toString();
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://").contains("<svg class=\"chart\" id=\"hours-before\"", "id=\"sweep-share\"",
                "id=\"sweep-cost\"", "id=\"sweep-52\"", "Executive summary", "적용제외");
        // Some external namespace URIs are not fetched; only the SVG namespace appears.
    }
}
