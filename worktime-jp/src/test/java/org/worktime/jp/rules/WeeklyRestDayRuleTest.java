package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class WeeklyRestDayRuleTest {

    @Test
    @ViolatingFixture
    void sevenDaysWorkedInTheWeek() {
        VERIFIER.verifyThat(WeeklyRestDayRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 7, "09:00", "14:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().period("2026-03-09", "2026-03-16").penaltyArticle("Art. 119").messageContains("0 whole day(s)");
    }

    @Test
    @CleanFixture
    void sixDaysWorkedLeaveTheSundayFree() {
        VERIFIER.verifyThat(WeeklyRestDayRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 6, "09:00", "14:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aNightShiftIntoSundayTakesTheWholeDay() {
        VERIFIER.verifyThat(WeeklyRestDayRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 6, "09:00", "14:00")
                        .shift("E1", "2026-03-14T20:00", "2026-03-15T01:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce();
    }

    @Test
    void fourInFourWeeksUnderTheVariableHolidaySystem() {
        // 28 days from Monday 2026-03-09; 25 worked leave 3 free days: one short.
        VERIFIER.verifyThat(WeeklyRestDayRule.class)
                .given(Jp.withAgreement().attribute(WeeklyRestDayRule.FOUR_WEEK_START, "2026-03-09")
                        .employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 25, "09:00", "14:00"))
                .between(Jp.MONDAY, "2026-04-05")
                .violatesOnce().period("2026-03-09", "2026-04-06").messageContains("3 whole day(s)");
        VERIFIER.verifyThat(WeeklyRestDayRule.class)
                .given(Jp.withAgreement().attribute(WeeklyRestDayRule.FOUR_WEEK_START, "2026-03-09")
                        .employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .dailyShifts("E1", Jp.MONDAY, 24, "09:00", "14:00"))
                .between(Jp.MONDAY, "2026-04-05")
                .hasNoFindings();
    }
}
