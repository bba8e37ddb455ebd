package org.worktime.us.exempt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Attestation;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class OutsideSalesExemptionTest {

    @Test
    @CleanFixture
    void attestedOutsideSalesPaidByCommission() {
        Ex.VERIFIER.verifyThat(OutsideSalesExemption.class)
                .given(Ex.federal().employee("S", e -> e.noWage()).attest("S", OutsideSalesExemption.DUTIES, "2026-01-01", null))
                .decides("S", "2026-03-02").isExempt();
    }

    @Test
    @ViolatingFixture
    void insideSalesAttestedNotToHold() {
        Ex.VERIFIER.verifyThat(OutsideSalesExemption.class)
                .given(Ex.federal().employee("S", e -> e.hourly("USD", new BigDecimal("15")))
                        .attestRecord(new Attestation("S", OutsideSalesExemption.DUTIES, false, "K. Lee (Sales ops)", java.time.LocalDate.of(2026, 1, 2),
                                org.threeten.extra.LocalDateRange.ofUnboundedEnd(java.time.LocalDate.of(2026, 1, 1)), "sells by phone from the office")))
                .decides("S", "2026-03-02").isNotExempt().condition("duties.outside_sales", Verdict.NOT_EXEMPT);
    }

    @Test
    void missingAttestationIsIndeterminate() {
        Ex.VERIFIER.verifyThat(OutsideSalesExemption.class).given(Ex.federal().employee("S", e -> e.noWage()))
                .decides("S", "2026-03-02").isIndeterminate().missing("us.duties.outside_sales");
    }
}
