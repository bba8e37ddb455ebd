package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class ProtectedNightHolidayWorkRuleTest {

    @Test
    @ViolatingFixture
    void aPregnantWorkerAtNightWithoutAuthorization() {
        VERIFIER.verifyThat(ProtectedNightHolidayWorkRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.monthly(3_000_000, 209).status("PREGNANT", "2026-01-01", "2026-09-30"))
                        .shift("P1", "2026-03-10T15:00", "2026-03-10T23:00", "18:00-19:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(60).limitMinutes(0).period("2026-03-10", "2026-03-11").penaltyArticle("Art. 110(1)");
    }

    @Test
    @CleanFixture
    void withMoelAuthorizationAndConsentOnFile() {
        VERIFIER.verifyThat(ProtectedNightHolidayWorkRule.class)
                .given(Kr.withAgreement().agreement(Agreements.PROTECTED_NIGHT_HOLIDAY_AUTHORIZATION, "2026-03-01", "2026-03-31", "P1")
                        .employee("P1", e -> e.monthly(3_000_000, 209).status("PREGNANT", "2026-01-01", "2026-09-30"))
                        .shift("P1", "2026-03-10T15:00", "2026-03-10T23:00", "18:00-19:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aMinorOnTheWeeklyHoliday() {
        VERIFIER.verifyThat(ProtectedNightHolidayWorkRule.class)
                .given(Kr.withAgreement().employee("M1", e -> e.hourly(10_320).born("2009-06-01"))
                        .shift("M1", "2026-03-15T10:00", "2026-03-15T14:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(240).messageContains("by a minor worker");
    }

    @Test
    void aNightShiftAfterChildbirthIsReportedPerCalendarDate() {
        VERIFIER.verifyThat(ProtectedNightHolidayWorkRule.class)
                .given(Kr.withAgreement().employee("Q1", e -> e.monthly(3_000_000, 209).status("POSTPARTUM", "2025-11-01", "2026-10-31"))
                        .shift("Q1", "2026-03-10T21:00", "2026-03-11T03:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violations(2);
    }

    @Test
    void anAdultWithoutAProtectedStatusIsNotConcerned() {
        VERIFIER.verifyThat(ProtectedNightHolidayWorkRule.class)
                .given(Kr.withAgreement().employee("A1", e -> e.monthly(3_000_000, 209))
                        .shift("A1", "2026-03-10T21:00", "2026-03-11T03:00")
                        .shift("A1", "2026-03-15T10:00", "2026-03-15T14:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }
}
