package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class WeeklyHolidayRuleTest {

    @Test
    @ViolatingFixture
    void sevenDaysOfWork() {
        VERIFIER.verifyThat(WeeklyHolidayRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 7, "09:00", "13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().period("2026-03-09", "2026-03-16").penaltyArticle("Art. 110(1)");
    }

    @Test
    @CleanFixture
    void sixDaysOfWork() {
        VERIFIER.verifyThat(WeeklyHolidayRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 6, "09:00", "13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aNightShiftIntoSundayTakesTheDayOfRest() {
        // Monday to Friday, then Saturday 22:00 to Sunday 02:00: Sunday is not a whole day without work.
        VERIFIER.verifyThat(WeeklyHolidayRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "13:00")
                        .shift("E1", "2026-03-14T22:00", "2026-03-15T02:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce();
        // Ending at midnight (half-open) leaves Sunday free.
        VERIFIER.verifyThat(WeeklyHolidayRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "13:00")
                        .shift("E1", "2026-03-14T20:00", "2026-03-15T00:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }
}
