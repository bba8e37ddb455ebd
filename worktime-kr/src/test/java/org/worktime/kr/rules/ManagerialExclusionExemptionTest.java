package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class ManagerialExclusionExemptionTest {

    @Test
    @CleanFixture
    void aRecordedManagerWithAttestedDutiesIsExempt() {
        var d = VERIFIER.verifyThat(ManagerialExclusionExemption.class)
                .given(Kr.withoutAgreement().employee("M1", e -> e.monthly(9_000_000, 209).exclusion("MANAGERIAL_CONFIDENTIAL", null))
                        .attest("M1", "kr.duties.managerial", "2026-01-01", null))
                .decides("M1", "2026-03-10")
                .isExempt()
                .condition("exclusion.recorded", Verdict.EXEMPT)
                .condition("duties", Verdict.EXEMPT);
        assertThat(d.eligibility().test().id()).isEqualTo("KR-EX-63");
        assertThat(d.eligibility().regime().id()).isEqualTo("KR-LSA");
    }

    @Test
    @ViolatingFixture
    void noExclusionRecordedMeansTheHoursRulesApplyWhateverThePay() {
        VERIFIER.verifyThat(ManagerialExclusionExemption.class)
                .given(Kr.withoutAgreement().employee("R1", e -> e.monthly(20_000_000, 209)))
                .decides("R1", "2026-03-10")
                .isNotExempt()
                .condition("exclusion.recorded", Verdict.NOT_EXEMPT);
    }

    @Test
    void aClaimedManagerWithoutAttestedDutiesIsIndeterminate() {
        VERIFIER.verifyThat(ManagerialExclusionExemption.class)
                .given(Kr.withoutAgreement().employee("M2", e -> e.monthly(6_000_000, 209).exclusion("MANAGERIAL_CONFIDENTIAL", null)))
                .decides("M2", "2026-03-10")
                .isIndeterminate()
                .missing("kr.duties.managerial");
    }

    @Test
    void dutiesAttestedNotToHoldDefeatTheClaim() {
        VERIFIER.verifyThat(ManagerialExclusionExemption.class)
                .given(Kr.withoutAgreement().employee("M3", e -> e.monthly(6_000_000, 209).exclusion("MANAGERIAL_CONFIDENTIAL", null))
                        .attestRecord(new org.worktime.core.domain.Attestation("M3", "kr.duties.managerial", false, "Labour attorney",
                                java.time.LocalDate.of(2026, 2, 1), org.threeten.extra.LocalDateRange.ofUnboundedEnd(
                                        java.time.LocalDate.of(2026, 1, 1)), "title only, no authority over staff")))
                .decides("M3", "2026-03-10")
                .isNotExempt()
                .condition("duties", Verdict.NOT_EXEMPT);
    }

    @Test
    void surveillanceWorkCountsFromTheDayOfApprovalOn() {
        var scenario = Kr.withoutAgreement().employee("G1", e -> e.hourly(12_000).exclusion("SURVEILLANCE_INTERMITTENT", "2026-03-10"));
        VERIFIER.verifyThat(ManagerialExclusionExemption.class).given(scenario).decides("G1", "2026-03-09").isNotExempt()
                .condition("moel.approval", Verdict.NOT_EXEMPT);
        VERIFIER.verifyThat(ManagerialExclusionExemption.class).given(scenario).decides("G1", "2026-03-10").isExempt();
    }
}
