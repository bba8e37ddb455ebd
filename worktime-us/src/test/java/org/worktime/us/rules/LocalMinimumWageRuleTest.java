package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class LocalMinimumWageRuleTest {

    /** San Jose's minimum wage of 2023 (USD 17.00, from 2023-01-01), as a workplace states it. */
    static final String SAN_JOSE_2023 = "17.00 USD | 2023-01-01 | 2023-12-31 | San Jose Municipal Code | Chapter 4.100 | 2023 CPI adjustment"
            + " | https://www.sanjoseinside.com/news/minimum-wage-increases-go-into-effect-on-sunday/";

    private static Scenario sanJose(String rate) {
        return Us.california().attribute("us.local.min-wage.2023", SAN_JOSE_2023)
                .employee("E1", e -> e.hourly("USD", new BigDecimal(rate))).dailyShifts("E1", "2023-03-06", 5, "08:00", "16:00");
    }

    /** The case: USD 8.00 an hour in San Jose. The state's shortfall is US-CA-LC-1182-12's; the local one is higher. */
    @Test
    @ViolatingFixture
    void eightDollarsInSanJose() {
        var f = VERIFIER.verifyThat(LocalMinimumWageRule.class).given(sanJose("8.00")).between("2023-03-05", "2023-03-11").violatesOnce()
                .messageContains("40:00 h of the workweek from 2023-03-05 paid as low as 8.00 USD an hour, below the local minimum wage of"
                        + " 17.00 USD (San Jose Municipal Code Chapter 4.100): 360.00 USD owed.").finding();
        assertThat(f.citation().version()).isEqualTo("2023 CPI adjustment");
        VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(sanJose("8.00")).between("2023-03-05", "2023-03-11").violatesOnce()
                .messageContains("15.50 USD").messageContains("300.00 USD owed.");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(sanJose("8.00")).between("2023-03-05", "2023-03-11").hasNoFindings();
    }

    @Test
    void sixteenNinetyNineIsACentShort() {
        VERIFIER.verifyThat(LocalMinimumWageRule.class).given(sanJose("16.99")).between("2023-03-05", "2023-03-11").violatesOnce()
                .messageContains("0.40 USD owed.");
    }

    @Test
    @CleanFixture
    void seventeenIsTheLocalMinimum() {
        VERIFIER.verifyThat(LocalMinimumWageRule.class).given(sanJose("17.00")).between("2023-03-05", "2023-03-11").hasNoFindings();
    }

    @Test
    void outsideTheRowsDatesNoLocalMinimumApplies() {
        Scenario s = Us.california().attribute("us.local.min-wage.2023", SAN_JOSE_2023)
                .employee("E1", e -> e.hourly("USD", new BigDecimal("16.00"))).dailyShifts("E1", "2024-03-04", 5, "08:00", "16:00");
        VERIFIER.verifyThat(LocalMinimumWageRule.class).given(s).between("2024-03-03", "2024-03-09").hasNoFindings();
    }

    @Test
    void aRowThatCannotBeReadIsIndeterminateNamingTheAttribute() {
        Scenario s = Us.california().attribute("us.local.min-wage", "17.00 | 2023-01-01")
                .employee("E1", e -> e.hourly("USD", new BigDecimal("8.00"))).dailyShifts("E1", "2023-03-06", 5, "08:00", "16:00");
        VERIFIER.verifyThat(LocalMinimumWageRule.class).given(s).between("2023-03-05", "2023-03-11").single(Severity.INDETERMINATE)
                .messageContains("Cannot decide the local minimum wage: workplace attribute us.local.min-wage");
    }

    /** The readers ask the same parse before evaluating: a good row has no problem, a bad one says what is wrong. */
    @Test
    void theReadersCheckTheRowWithTheSameParse() {
        assertThat(LocalMinimumWageRule.rowProblem(SAN_JOSE_2023)).isNull();
        assertThat(LocalMinimumWageRule.rowProblem("17.00 JPY | 2023-01-01 |  | Ordinance | 1 | v | https://x")).isEqualTo(
                "a local minimum wage is in USD, not JPY");
        assertThat(LocalMinimumWageRule.rowProblem("17.00 | 2023-01-01")).startsWith(
                "not a row of the form value | from | to | law | article | version | source (e.g. 17.00 USD | 2023-01-01 |");
    }
}
