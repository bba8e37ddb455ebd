package org.worktime.us.exempt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Language;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class CaliforniaWhiteCollarExemptionTest {

    private static Scenario employee(String annual) {
        return Ex.california().employee("E", e -> e.salaried("USD", annual, "YEAR", "40"))
                .attest("E", CaliforniaWhiteCollarExemption.DUTIES, "2007-01-01", null)
                .attest("E", ExecutiveExemption.DUTIES, "2007-01-01", null);
    }

    /** T18: USD 70,000 in 2026 is below 70,304 (2 x 16.90 x 2,080): not exempt in California, exempt federally. */
    @Test
    @ViolatingFixture
    void t18SeventyThousandIn2026() {
        var d = Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("70000")).decides("E", "2026-03-02").isNotExempt()
                .condition("salary.level", Verdict.NOT_EXEMPT);
        assertThat(d.eligibility().evidence().get(1).threshold().in(Language.EN)).startsWith("70,304.00 USD a year (2 x the state minimum wage 16.90 USD x 2,080 h");
        Ex.VERIFIER.verifyThat(ExecutiveExemption.class).given(employee("70000")).decides("E", "2026-03-02").isExempt();
    }

    /** T18: 2025, USD 68,640 exactly: exempt ("at least"). */
    @Test
    @CleanFixture
    void t18BoundaryIn2025IsExempt() {
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("68640")).decides("E", "2025-06-02").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("68639.99")).decides("E", "2025-06-02").isNotExempt();
    }

    /** 2024: 16.00 USD, so USD 66,560 a year (2023: 15.50, 64,480). Before 2008 the pack holds no row: indeterminate. */
    @Test
    void earlierYearsUseTheStateMinimumWageThenInForce() {
        var d = Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("66560")).decides("E", "2024-06-03").isExempt();
        assertThat(d.eligibility().evidence().get(1).threshold().in(Language.EN)).startsWith("66,560.00 USD a year (2 x the state minimum wage 16.00 USD x 2,080 h");
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("66559.99")).decides("E", "2024-06-03").isNotExempt();
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("64480")).decides("E", "2023-06-01").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("41600")).decides("E", "2016-06-01").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("90000")).decides("E", "2007-06-01").isIndeterminate()
                .missing("us.ca.min-wage");
    }

    /**
     * 2020 (SB 3): 13.00 USD for 26 or more employees (54,080 a year), 12.00 for 25 or fewer (49,920). USD 50,000 is
     * exempt at a workplace of 20, not at one of 30; with no headcount recorded the answer is open, naming it.
     */
    @Test
    void from2017To2022TheThresholdDependedOnTheEmployersSize() {
        var small = Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("50000").headcount(20)).decides("E", "2020-06-01")
                .isExempt();
        assertThat(small.eligibility().evidence().get(1).threshold().in(Language.EN)).isEqualTo("49,920.00 USD a year (2 x the state minimum wage 12.00 USD x 2,080 h,"
                + " in force from 2020-01-01 for a workplace of 0-25 employees)");
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("50000").headcount(30)).decides("E", "2020-06-01").isNotExempt()
                .condition("salary.level", Verdict.NOT_EXEMPT);
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("54080").headcount(30)).decides("E", "2020-06-01").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaWhiteCollarExemption.class).given(employee("90000")).decides("E", "2020-06-01").isIndeterminate()
                .condition("salary.level", Verdict.INDETERMINATE).missing("headcount on 2020-06-01");
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
