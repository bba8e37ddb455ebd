package org.worktime.us.exempt;

import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class AdministrativeExemptionTest {

    @Test
    @CleanFixture
    void salariedAnalystWithAttestedDuties() {
        Ex.VERIFIER.verifyThat(AdministrativeExemption.class)
                .given(Ex.federal().employee("A", e -> e.salaried("USD", "60000", "YEAR", "40")).attest("A", AdministrativeExemption.DUTIES, "2026-01-01", null))
                .decides("A", "2026-03-02").isExempt();
    }

    @Test
    @ViolatingFixture
    void semimonthlySalaryBelowTheLevel() {
        // 1,400 semimonthly = 1,400 x 24 / 52 = 646.15 a week < 684.
        Ex.VERIFIER.verifyThat(AdministrativeExemption.class)
                .given(Ex.federal().employee("A", e -> e.salaried("USD", "1400", "SEMIMONTH", "40")).attest("A", AdministrativeExemption.DUTIES, "2026-01-01", null))
                .decides("A", "2026-03-02").isNotExempt().condition("salary.level", Verdict.NOT_EXEMPT);
    }
}
