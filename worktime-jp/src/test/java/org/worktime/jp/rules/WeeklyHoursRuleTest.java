package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class WeeklyHoursRuleTest {

    @Test
    @ViolatingFixture
    void fortyFourHoursWithoutAnAgreementBreakArticle32() {
        VERIFIER.verifyThat(WeeklyHoursRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(44 * 60).limitMinutes(40 * 60).period("2026-03-09", "2026-03-16")
                .penaltyArticle("Art. 119").messageContains("4:00 h beyond 40:00 h");
    }

    @Test
    @CleanFixture
    void fortyFourHoursUnderAnArticle36Agreement() {
        VERIFIER.verifyThat(WeeklyHoursRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aSpecialMeasureWorkplaceOfNineMayWork44Hours() {
        VERIFIER.verifyThat(WeeklyHoursRule.class)
                .given(Jp.workplace().headcount(java.time.LocalDate.of(2020, 1, 1), 9).attribute(Thresholds.SPECIAL_MEASURE_INDUSTRY, "true")
                        .employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aSpecialMeasureIndustryOfTenIsBackTo40Hours() {
        VERIFIER.verifyThat(WeeklyHoursRule.class)
                .given(Jp.workplace().headcount(java.time.LocalDate.of(2020, 1, 1), 10).attribute(Thresholds.SPECIAL_MEASURE_INDUSTRY, "true")
                        .employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().limitMinutes(40 * 60);
    }

    @Test
    void statutoryHolidayWorkIsNotCountedTowardTheWeek() {
        VERIFIER.verifyThat(WeeklyHoursRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anAgreementThatEndsMidWeekLeavesTheSaturdayUncovered() {
        VERIFIER.verifyThat(WeeklyHoursRule.class)
                .given(Jp.workplace().agreementRecord(Jp.agreement("2025-03-13", "2026-03-12", java.util.Map.of()))
                        .employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().messageContains("4:00 h beyond");
    }
}
