package org.worktime.us.exempt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class ComputerEmployeeExemptionTest {

    @Test
    @CleanFixture
    void hourlyAtLeast27_63() {
        Ex.VERIFIER.verifyThat(ComputerEmployeeExemption.class)
                .given(Ex.federal().employee("C", e -> e.hourly("USD", new BigDecimal("27.63"))).attest("C", ComputerEmployeeExemption.DUTIES, "2026-01-01", null))
                .decides("C", "2026-03-02").isExempt().condition("pay.hourly", Verdict.EXEMPT);
    }

    @Test
    @ViolatingFixture
    void hourlyBelow27_63() {
        Ex.VERIFIER.verifyThat(ComputerEmployeeExemption.class)
                .given(Ex.federal().employee("C", e -> e.hourly("USD", new BigDecimal("27.62"))).attest("C", ComputerEmployeeExemption.DUTIES, "2026-01-01", null))
                .decides("C", "2026-03-02").isNotExempt().condition("pay.hourly", Verdict.NOT_EXEMPT);
    }

    @Test
    void salariedUsesTheStandardLevel() {
        Ex.VERIFIER.verifyThat(ComputerEmployeeExemption.class)
                .given(Ex.federal().employee("C", e -> e.salaried("USD", "700", "WEEK", "40")).attest("C", ComputerEmployeeExemption.DUTIES, "2026-01-01", null))
                .decides("C", "2026-03-02").isExempt().condition("salary.level", Verdict.EXEMPT);
    }
}
