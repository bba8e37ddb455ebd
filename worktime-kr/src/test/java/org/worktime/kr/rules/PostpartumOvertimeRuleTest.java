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

    /**
     * A child born on 2027-01-13's counterpart, 2026-01-13: the year is counted from the next day (Civil Act Arts 157,
     * 160), so the anniversary 2027-01-13 is still protected and 2027-01-14 is not, however the status was recorded.
     * An open-ended record is read to the anniversary, with a warning (issue 10: the law limits the status to a year).
     */
    @Test
    void anOpenEndedPostpartumStatusIsReadToTheFirstAnniversaryWithAWarning() {
        java.util.function.Supplier<Scenario> open = () -> Kr.withAgreement()
                .employee("Q1", e -> e.monthly(3_000_000, 209).status("POSTPARTUM", "2026-01-13", null));
        var anniversary = VERIFIER.verifyThat(PostpartumOvertimeRule.class)
                .given(open.get().shift("Q1", "2027-01-13T09:00", "2027-01-13T20:30", "12:00-13:00")).between("2027-01-11", "2027-01-17");
        org.assertj.core.api.Assertions.assertThat(anniversary.findings()).extracting(f -> f.severity().name())
                .containsExactlyInAnyOrder("WARNING", "VIOLATION");
        org.assertj.core.api.Assertions.assertThat(anniversary.findings()).filteredOn(f -> f.severity().name().equals("WARNING"))
                .extracting(f -> f.message().en()).containsExactly("The status POSTPARTUM from 2026-01-13 is recorded open-ended; the Act"
                        + " protects a worker for one year after childbirth (Art. 71), so it is read to 2027-01-13. Record the status with its end date.");
        var dayAfter = VERIFIER.verifyThat(PostpartumOvertimeRule.class)
                .given(open.get().shift("Q1", "2027-01-14T09:00", "2027-01-14T20:30", "12:00-13:00")).between("2027-01-11", "2027-01-17");
        dayAfter.single(org.worktime.core.finding.Severity.WARNING);
    }

    @Test
    void aRecordLongerThanTheYearIsWarnedAboutAndAYearLongOneIsNot() {
        Scenario longer = Kr.withAgreement().employee("Q1", e -> e.monthly(3_000_000, 209).status("POSTPARTUM", "2026-01-13", "2027-06-30"))
                .shift("Q1", "2027-01-14T09:00", "2027-01-14T20:30", "12:00-13:00");
        VERIFIER.verifyThat(PostpartumOvertimeRule.class).given(longer).between("2027-01-11", "2027-01-17")
                .single(org.worktime.core.finding.Severity.WARNING).messageContains("is recorded to 2027-06-30");
        Scenario exact = Kr.withAgreement().employee("Q1", e -> e.monthly(3_000_000, 209).status("POSTPARTUM", "2026-01-13", "2027-01-13"))
                .shift("Q1", "2027-01-13T09:00", "2027-01-13T20:30", "12:00-13:00");
        VERIFIER.verifyThat(PostpartumOvertimeRule.class).given(exact).between("2027-01-11", "2027-01-17").violatesOnce();
    }
}
