package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

/** kr.md EX-10, inputs A to D. */
class WeeklyHolidayAllowanceRuleTest {

    private static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    @Test
    @ViolatingFixture
    void twentyHoursAWeekEarnHalfADay() {
        // A: (20 / 40) x 8 x 10,320 = 41,280.
        var outcome = VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, WEEKDAYS))
                        .dailyShifts("P1", Kr.MONDAY, 5, "09:00", "13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("41280");
        assertThat(outcome.totalPaidMinutes()).isEqualTo(240);
        assertThat(outcome.payLines().get(0).period().getStart()).hasToString(Kr.MONDAY);
    }

    @Test
    void fortyHoursOrMoreEarnAFullDayAndNoMore() {
        // B: 8 x 10,320 = 82,560, even with 45 h worked.
        var outcome = VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class)
                .given(Kr.withAgreement().employee("F1", e -> e.hourly(10_320))
                        .dailyShifts("F1", Kr.MONDAY, 5, "09:00", "19:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("82560");
    }

    @Test
    @CleanFixture
    void fourteenHoursAWeekEarnNothing() {
        // C: under 15 contractual hours (Art. 18(3)).
        VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class)
                .given(Kr.withAgreement().employee("P2", e -> e.hourly(10_320).contract(420, DayOfWeek.MONDAY, DayOfWeek.TUESDAY))
                        .dailyShifts("P2", Kr.MONDAY, 2, "09:00", "17:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .paysNothing();
    }

    @Test
    void aMissedContractualDayForfeitsTheWeek() {
        // D: 20 h a week but absent on Wednesday.
        VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, WEEKDAYS))
                        .dailyShifts("P1", Kr.MONDAY, 2, "09:00", "13:00")
                        .dailyShifts("P1", "2026-03-12", 2, "09:00", "13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .paysNothing();
    }

    @Test
    void aPublicHolidayIsNotAnAbsenceAndAMonthlyWageAlreadyPaysTheHoliday() {
        // The week of the 2026-03-02 substitute holiday: four days worked, the Monday a holiday.
        var outcome = VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320))
                        .dailyShifts("P1", "2026-03-03", 4, "09:00", "18:00", "12:00-13:00")
                        .employee("M1", e -> e.monthly(3_000_000, 209))
                        .dailyShifts("M1", "2026-03-03", 4, "09:00", "18:00", "12:00-13:00"))
                .between("2026-03-02", "2026-03-08");
        assertThat(outcome.payLines()).extracting(p -> p.employeeId() + " " + p.amount()).containsExactly("P1 KRW 82560");
    }
}
