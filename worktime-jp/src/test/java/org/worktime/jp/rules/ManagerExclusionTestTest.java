package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class ManagerExclusionTestTest {

    @Test
    @CleanFixture
    void anAttestedManagerIsOutsideTheHoursRules() {
        VERIFIER.verifyThat(ManagerExclusionTest.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(600_000))).attest("E1", Coverage.MANAGER, "2026-01-01", null))
                .decides("E1", "2026-03-10").isExempt().condition("category", Verdict.EXEMPT);
        VERIFIER.verifyThat(WeeklyHoursRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(600_000))).attest("E1", Coverage.MANAGER, "2026-01-01", null)
                        .dailyShifts("E1", Jp.MONDAY, 7, "08:00", "20:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
    }

    @Test
    @ViolatingFixture
    void aTitleWithoutAnAttestationIsNotEnough() {
        VERIFIER.verifyThat(ManagerExclusionTest.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(600_000)).attribute("title", "部長")))
                .decides("E1", "2026-03-10").isNotExempt();
    }

    @Test
    void surveillanceWorkNeedsTheOfficesApproval() {
        VERIFIER.verifyThat(ManagerExclusionTest.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)).exclusion("surveillance", null)))
                .decides("E1", "2026-03-10").isNotExempt();
        VERIFIER.verifyThat(ManagerExclusionTest.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)).exclusion("surveillance", "2025-01-10")))
                .decides("E1", "2026-03-10").isExempt();
    }
}
