package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class WeeklyRegularHoursRuleTest {

    @Test
    @ViolatingFixture
    void fortyFourHoursWithoutAnAgreement() {
        VERIFIER.verifyThat(WeeklyRegularHoursRule.class)
                .given(Kr.withoutAgreement().employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(44 * 60).limitMinutes(40 * 60).period("2026-03-09", "2026-03-16")
                .penaltyArticle("Art. 110(1)");
    }

    @Test
    @CleanFixture
    void fortyFourHoursWithAnAgreement() {
        VERIFIER.verifyThat(WeeklyRegularHoursRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anAgreementThatExpiresMidWeekLeavesTheSaturdayUncovered() {
        VERIFIER.verifyThat(WeeklyRegularHoursRule.class)
                .given(Kr.workplace(50).agreement(Agreements.EXTENDED_WORK, "2025-01-01", "2026-03-12")
                        .employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(44 * 60).messageContains("4:00 h beyond 40");
    }

    @Test
    void aWorkplaceOfFourIsOutsideArticle50() {
        VERIFIER.verifyThat(WeeklyRegularHoursRule.class)
                .given(Kr.workplace(4).employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 6, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anUnknownHeadcountIsIndeterminateOnce() {
        VERIFIER.verifyThat(WeeklyRegularHoursRule.class)
                .given(org.worktime.core.testing.Scenario.in("KR", "Asia/Seoul").employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 14, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, "2026-03-22")
                .single(Severity.INDETERMINATE).messageContains("regular headcount on 2026-03-09 is unknown");
    }
}
