package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class PostpartumOvertimeRuleTest {

    private static Scenario mother() {
        return Kr.withAgreement().employee("Q1", e -> e.monthly(3_000_000, 209).status("POSTPARTUM", "2025-11-01", "2026-10-31"));
    }

    @Test
    @ViolatingFixture
    void twoAndAHalfHoursOfOvertimeInADay() {
        VERIFIER.verifyThat(PostpartumOvertimeRule.class)
                .given(mother().shift("Q1", "2026-03-10T09:00", "2026-03-10T20:30", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(150).limitMinutes(120).period("2026-03-10", "2026-03-11");
    }

    @Test
    @CleanFixture
    void anHourADayIsFiveHoursAWeek() {
        VERIFIER.verifyThat(PostpartumOvertimeRule.class)
                .given(mother().dailyShifts("Q1", Kr.MONDAY, 5, "09:00", "19:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anHourAndAHalfADayIsSevenAndAHalfHoursAWeek() {
        VERIFIER.verifyThat(PostpartumOvertimeRule.class)
                .given(mother().dailyShifts("Q1", Kr.MONDAY, 5, "09:00", "19:30", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(450).limitMinutes(360).period("2026-03-09", "2026-03-16");
    }

    @Test
    void sixHoursAWeekForTwentySixWeeksPassesTheYearlyCapInTheTwentySixthWeek() {
        Scenario scenario = mother();
        LocalDate monday = LocalDate.of(2025, 11, 3);
        for (int w = 0; w < 26; w++) {
            scenario.dailyShifts("Q1", monday.plusWeeks(w).toString(), 5, "09:00", "19:12", "12:00-13:00");
        }
        // 25 weeks make exactly 150 h, which is within the cap; the 26th makes 156 h.
        VERIFIER.verifyThat(PostpartumOvertimeRule.class).given(scenario)
                .between("2025-11-03", "2026-05-03")
                .violatesOnce().measuredMinutes(156 * 60).limitMinutes(150 * 60).period("2026-04-27", "2026-05-04");
    }
}
