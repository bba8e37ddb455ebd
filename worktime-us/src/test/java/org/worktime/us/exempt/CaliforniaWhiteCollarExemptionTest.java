package org.worktime.us.exempt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class CaliforniaWhiteCollarExemptionTest {

    private static Scenario employee(String annual) {
        return Ex.california().employee("E", e -> e.salaried("USD", annual, "YEAR", "40"))
                .attest("E", CaliforniaWhiteCollarExemption.DUTIES, "2025-01-01", null)
                .attest("E", ExecutiveExemption.DUTIES, "2025-01-01", null);
    }

    /** T18: USD 70,000 in 2026 is below 70,304 (2 x 16.90 x 2,080): not exempt in California, exempt federally. */
    @Test
    @ViolatingFixture
    void t18SeventyThousandIn2026() {
        var d = Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("70000")).decides("E", "2026-03-02").isNotExempt()
                .condition("salary.level", Verdict.NOT_EXEMPT);
        assertThat(d.eligibility().evidence().get(1).threshold()).startsWith("USD 70,304.00 a year (2 x the state minimum wage USD 16.90 x 2,080 h");
        Ex.VERIFIER.verifyThat(ExecutiveExemption.class).given(employee("70000")).decides("E", "2026-03-02").isExempt();
    }

    /** T18: 2025, USD 68,640 exactly: exempt ("at least"). */
    @Test
    @CleanFixture
    void t18BoundaryIn2025IsExempt() {
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("68640")).decides("E", "2025-06-02").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("68639.99")).decides("E", "2025-06-02").isNotExempt();
    }

    @Test
    void beforeThePacksDataTheAnswerIsIndeterminate() {
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("90000")).decides("E", "2024-06-03").isIndeterminate()
                .missing("us.ca.min-wage");
    }

    @Test
    void outsideCaliforniaTheTestDoesNotExempt() {
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class)
                .given(Ex.federal().employee("E", e -> e.salaried("USD", "90000", "YEAR", "40")).attest("E", CaliforniaWhiteCollarExemption.DUTIES, "2025-01-01", null))
                .decides("E", "2026-03-02").isNotExempt().condition("scope.california", Verdict.NOT_EXEMPT);
    }

    /** A salary in won and no stated rate: the salary basis and the level are indeterminate, not failed. */
    @Test
    void aSalaryInAnotherCurrencyNeedsAStatedRate() {
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class)
                .given(Ex.california().employee("E", e -> e.salaried("KRW", "160000000", "YEAR", "40")).attest("E", CaliforniaWhiteCollarExemption.DUTIES, "2025-01-01", null))
                .decides("E", "2026-03-02").isIndeterminate().condition("salary.basis", Verdict.INDETERMINATE)
                .condition("salary.level", Verdict.INDETERMINATE).missing("exchange rate from KRW to USD");
        Ex.VERIFIER.verifyThat(ExecutiveExemption.class).given(employee("1").employee("E", e -> e.salaried("KRW", "160000000", "YEAR", "40")))
                .decides("E", "2026-03-02").isIndeterminate().condition("salary.basis", Verdict.INDETERMINATE).condition("salary.level", Verdict.INDETERMINATE);
    }
}
