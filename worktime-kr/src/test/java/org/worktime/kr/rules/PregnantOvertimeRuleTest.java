package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class PregnantOvertimeRuleTest {

    private static Scenario pregnant() {
        return Kr.withAgreement().employee("P1", e -> e.monthly(3_000_000, 209).status("PREGNANT", "2026-01-01", "2026-09-30"));
    }

    @Test
    @ViolatingFixture
    void nineHoursInADayEvenWithAnExtendedWorkAgreement() {
        VERIFIER.verifyThat(PregnantOvertimeRule.class)
                .given(pregnant().shift("P1", "2026-03-10T09:00", "2026-03-10T19:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(540).limitMinutes(480).period("2026-03-10", "2026-03-11");
    }

    @Test
    @CleanFixture
    void fortyHoursInEightHourDays() {
        VERIFIER.verifyThat(PregnantOvertimeRule.class)
                .given(pregnant().dailyShifts("P1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aSaturdayAfterFortyHoursIsOvertime() {
        VERIFIER.verifyThat(PregnantOvertimeRule.class)
                .given(pregnant().dailyShifts("P1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("P1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(44 * 60).limitMinutes(40 * 60).period("2026-03-09", "2026-03-16");
    }
}
