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

    @Test
    void aDayOfAnnualLeaveDoesNotBreakAttendanceAndIsNotWorkedTime() {
        // D with Wednesday as annual leave: the allowance of 20 h a week is paid (41,280), and the week's worked time
        // stays the 16 h of the four days worked.
        var outcome = VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, WEEKDAYS))
                        .dailyShifts("P1", Kr.MONDAY, 2, "09:00", "13:00")
                        .leave("P1", org.worktime.core.domain.Leave.Kind.ANNUAL, "2026-03-11", "2026-03-11")
                        .dailyShifts("P1", "2026-03-12", 2, "09:00", "13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("41280");
        assertThat(outcome.report().payLines()).extracting(p -> p.ruleId() + " " + p.seconds() / 60)
                .containsExactly("KR-LSA-55-1-ALLOWANCE 240");
    }

    @Test
    void aDayOfSickOrUnpaidLeaveIsAnAbsenceUnlessTheRowSaysOtherwise() {
        var scenario = Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, WEEKDAYS))
                .dailyShifts("P1", Kr.MONDAY, 2, "09:00", "13:00")
                .leave("P1", org.worktime.core.domain.Leave.Kind.SICK, "2026-03-11", "2026-03-11")
                .dailyShifts("P1", "2026-03-12", 2, "09:00", "13:00");
        VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class).given(scenario).between(Kr.MONDAY, Kr.SUNDAY).paysNothing();
        // Rules of employment that grant sick leave as attendance: the user's row adds the kind.
        var rules = org.worktime.core.param.ParameterTable.read("rules-of-employment.txt", new java.io.ByteArrayInputStream(
                "kr.lsa55.leave-attended | * | annual,compensatory,maternity,sick | 1997-03-13 |  | Rules of employment | Art. 12 | 2026 | x\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var outcome = VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class).given(scenario)
                .evaluate(org.worktime.core.engine.Evaluation.between(java.time.LocalDate.parse(Kr.MONDAY),
                        java.time.LocalDate.parse(Kr.SUNDAY)).withOverrides(rules));
        assertThat(outcome.totalPaid()).isEqualByComparingTo("41280");
    }

    @Test
    void partDayAnnualLeaveOnADayNotWorkedKeepsAttendance() {
        var outcome = VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, WEEKDAYS))
                        .dailyShifts("P1", Kr.MONDAY, 2, "09:00", "13:00")
                        .leaveHours("P1", org.worktime.core.domain.Leave.Kind.ANNUAL, "2026-03-11", 240)
                        .dailyShifts("P1", "2026-03-12", 2, "09:00", "13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("41280");
    }

    @Test
    void aWeekWhollyOnAnnualLeaveOwesNoAllowanceUnlessTheRowSaysSo() {
        var scenario = Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, WEEKDAYS))
                .leave("P1", org.worktime.core.domain.Leave.Kind.ANNUAL, Kr.MONDAY, "2026-03-13");
        VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class).given(scenario).between(Kr.MONDAY, Kr.SUNDAY).paysNothing();
        var paid = org.worktime.core.param.ParameterTable.read("reading.txt", new java.io.ByteArrayInputStream(
                "kr.lsa55.whole-week-leave-paid | * | true | 1997-03-13 |  | Labor Standards Act | Art. 55(1) | other reading | x\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var outcome = VERIFIER.verifyThat(WeeklyHolidayAllowanceRule.class).given(scenario)
                .evaluate(org.worktime.core.engine.Evaluation.between(java.time.LocalDate.parse(Kr.MONDAY),
                        java.time.LocalDate.parse(Kr.SUNDAY)).withOverrides(paid));
        assertThat(outcome.totalPaid()).isEqualByComparingTo("41280");
    }
}
