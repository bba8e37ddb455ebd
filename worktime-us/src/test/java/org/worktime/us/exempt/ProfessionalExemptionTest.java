package org.worktime.us.exempt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class ProfessionalExemptionTest {

    @Test
    @CleanFixture
    void aTeacherPaidByTheHourHasNoSalaryTest() {
        Ex.VERIFIER.verifyThat(ProfessionalExemption.class)
                .given(Ex.federal().employee("T", e -> e.hourly("USD", new BigDecimal("25")))
                        .attest("T", ProfessionalExemption.DUTIES, "2026-01-01", null)
                        .attest("T", ProfessionalExemption.NO_SALARY_TEST, "2026-01-01", null))
                .decides("T", "2026-03-02").isExempt().condition("salary.not_required", Verdict.EXEMPT);
    }

    @Test
    @ViolatingFixture
    void anEngineerPaidByTheHourIsNotExemptAsAProfessional() {
        Ex.VERIFIER.verifyThat(ProfessionalExemption.class)
                .given(Ex.federal().employee("P", e -> e.hourly("USD", new BigDecimal("60"))).attest("P", ProfessionalExemption.DUTIES, "2026-01-01", null))
                .decides("P", "2026-03-02").isNotExempt().condition("salary.basis", Verdict.NOT_EXEMPT);
    }
}
