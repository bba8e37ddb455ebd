package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class CaliforniaOvertimeRuleTest {

    private static String describe(org.worktime.core.pay.PayLine p) {
        return p.kind() + " " + org.worktime.core.time.Durations.hoursAndMinutes(p.seconds()) + " x" + p.multiplier().stripTrailingZeros().toPlainString()
                + " = " + p.amount().getAmount();
    }

    /** Monday 10 h, Tuesday 13 h, then three 8-hour days: 6 h of daily overtime and 1 h of double time; weekly 40 regular. */
    @Test
    @ViolatingFixture
    void dailyOvertimeAndDoubleTime() {
        Scenario s = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .shift("E1", "2026-03-16T07:00", "2026-03-16T17:00")
                .shift("E1", "2026-03-17T06:00", "2026-03-17T19:00")
                .dailyShifts("E1", "2026-03-18", 3, "08:00", "16:00");
        var outcome = VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(CaliforniaOvertimeRuleTest::describe)
                .containsExactly("CA_DAILY_OVERTIME 6:00 x0.5 = 60.00", "CA_DOUBLE_TIME 1:00 x1 = 20.00");
        // The FLSA would owe 7 h x 10 = 70.00: less, so the federal rule pays nothing this week.
        assertThat(outcome.payLines().get(0).note().en()).contains("The California amount for the week (80.00 USD) is not lower than the FLSA amount (70.00 USD)");
        VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        assertThat(outcome.payLines().get(0).citation().law()).isEqualTo("California Labor Code");
    }

    @Test
    @CleanFixture
    void fiveEightHourDaysOweNothing() {
        VERIFIER.verifyThat(CaliforniaOvertimeRule.class)
                .given(Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:00"))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    /**
     * Seven days of 9 h: days 1-5 give 40 regular and 5 daily hours; day 6's first 8 h are weekly overtime (regular hours
     * beyond 40) and its ninth daily overtime; day 7 is the seventh consecutive day: 8 h at 1.5, 1 h at 2. No hour twice.
     */
    @Test
    void theSeventhConsecutiveDayAndNoPyramiding() {
        Scenario s = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.SUNDAY, 7, "08:00", "17:00");
        var outcome = VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(CaliforniaOvertimeRuleTest::describe).containsExactly(
                "CA_DAILY_OVERTIME 6:00 x0.5 = 60.00", "CA_SEVENTH_DAY 8:00 x0.5 = 80.00", "CA_SEVENTH_DAY_DOUBLE 1:00 x1 = 20.00",
                "CA_WEEKLY_OVERTIME 8:00 x0.5 = 80.00");
        assertThat(outcome.totalPaidMinutes()).isEqualTo(23 * 60); // 63 h - 40 regular
        assertThat(outcome.totalPaid()).isEqualByComparingTo("240.00"); // FLSA: 23 h x 10 = 230.00
    }

    @Test
    void sixDaysAreNotASeventhDay() {
        Scenario s = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.SUNDAY, 6, "08:00", "16:00");
        var outcome = VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(CaliforniaOvertimeRuleTest::describe).containsExactly("CA_WEEKLY_OVERTIME 8:00 x0.5 = 80.00");
    }

    /**
     * T17 (Alvarado): USD 10 an hour, 40 non-overtime hours and 6 weekly overtime hours, USD 15 flat attendance bonus:
     * 15 / 40 = 0.375 per non-overtime hour; overtime rate 1.5 x 10.375 = 15.5625; week total 400 + 15 + 93.38 = 508.38.
     * The lines are what the hourly wage (460.00 for 46 h) and the bonus (15.00) do not already pay: 30.00 + 3.38.
     */
    @Test
    void t17FlatSumBonusOverNonOvertimeHours() {
        Scenario s = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("10")))
                .dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:00")
                .shift("E1", "2026-03-21T08:00", "2026-03-21T14:00")
                .earning("E1", "bonus.flat_sum", "USD", "15", "2026-03-15", "2026-03-21");
        var outcome = VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(CaliforniaOvertimeRuleTest::describe)
                .containsExactly("CA_WEEKLY_OVERTIME 6:00 x0.5 = 30.00", "CA_WEEKLY_OVERTIME 6:00 x1.5 = 3.38");
        assertThat(outcome.payLines().get(1).hourlyBase().getAmount()).isEqualByComparingTo("0.375");
        assertThat(new BigDecimal("460.00").add(new BigDecimal("15.00")).add(outcome.totalPaid())).isEqualByComparingTo("508.38");
        // The federal method: (460 + 15) / 46 = 10.326..., 6 x 5.163 = 30.98, total 505.98: lower.
        assertThat(outcome.payLines().get(0).note().en()).contains("FLSA amount (30.98 USD)");
    }

    /**
     * A salary of USD 800 is deemed to pay 40 hours (515(d)): 20.00 an hour. Four 12-hour days: the salary pays the first
     * 40 hours; day 4's last 4 regular hours are owed straight time and its 4 daily overtime hours 1.5 x; the 12 daily
     * overtime hours inside the 40 are owed the half.
     */
    @Test
    void aSalaryPaysFortyHoursInCalifornia() {
        Scenario s = Us.california().employee("E1", e -> e.salaried("USD", "800", "WEEK", "40")).dailyShifts("E1", Us.MONDAY, 4, "06:00", "18:00");
        var outcome = VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(CaliforniaOvertimeRuleTest::describe).containsExactly(
                "STRAIGHT_TIME 4:00 x1 = 80.00", "CA_DAILY_OVERTIME 12:00 x0.5 = 120.00", "CA_DAILY_OVERTIME 4:00 x1.5 = 120.00");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("320.00"); // FLSA: 8 h x 30 = 240.00
    }

    /** T18: USD 70,000 a year in 2026 is exempt federally (executive) but not in California (below USD 70,304). */
    @Test
    void federallyExemptButNotInCaliforniaIsOwedCaliforniaOvertime() {
        Scenario s = Us.california().employee("M", e -> e.salaried("USD", "70000", "YEAR", "40"))
                .attest("M", "us.duties.executive", "2026-01-01", null)
                .attest("M", "us.ca.exempt_duties_over_half", "2026-01-01", null)
                .dailyShifts("M", Us.MONDAY, 5, "08:00", "18:00");
        var ca = VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(ca.payLines()).isNotEmpty();
        assertThat(ca.payLines().get(0).note().en()).contains("exempt under the FLSA");
        VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    @Test
    void exemptUnderBothLawsIsOwedNothing() {
        Scenario s = Us.california().employee("M", e -> e.salaried("USD", "90000", "YEAR", "40"))
                .attest("M", "us.duties.executive", "2026-01-01", null)
                .attest("M", "us.ca.exempt_duties_over_half", "2026-01-01", null)
                .dailyShifts("M", Us.MONDAY, 5, "08:00", "20:00");
        VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    /** A salary for 35 hours: the FLSA rate (S/35) beats California's deemed S/40 on a 50-hour week of 10-hour days? No: daily overtime wins. */
    @Test
    void theHigherOfTheTwoLawsIsPaidWeekByWeek() {
        // USD 700 for 35 h: FLSA 20.00 an hour, 5 h straight time 100 + 10 h x 30 = 400. California: 17.50 an hour, 10 h x 26.25 = 262.50.
        Scenario s = Us.california().employee("E1", e -> e.salaried("USD", "700", "WEEK", "35")).dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00");
        VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        var fed = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(fed.totalPaid()).isEqualByComparingTo("400.00");
        assertThat(fed.payLines().get(0).note().en()).contains("The FLSA amount for the week (400.00 USD) is higher than the California amount");
    }

    /** The workday of a clock change is 23 or 25 hours long: 00:00-10:00 on 2026-03-08 is 9 real hours, 1 of them daily overtime. */
    @Test
    void theWorkdayOfAClockChangeCountsRealHours() {
        Scenario spring = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).shift("E1", "2026-03-08T00:00", "2026-03-08T10:00");
        assertThat(VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(spring).between("2026-03-08", "2026-03-14").payLines())
                .extracting(CaliforniaOvertimeRuleTest::describe).containsExactly("CA_DAILY_OVERTIME 1:00 x0.5 = 10.00");
        Scenario fall = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).shift("E1", "2026-11-01T00:00", "2026-11-01T08:00");
        assertThat(VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(fall).between("2026-11-01", "2026-11-07").payLines())
                .extracting(CaliforniaOvertimeRuleTest::describe).containsExactly("CA_DAILY_OVERTIME 1:00 x0.5 = 10.00");
    }

    /** With the workweek (and so the workday) starting at 06:00, a 22:00-08:00 night shift is cut at 06:00. */
    @Test
    void theWorkdayStartsAtTheWorkweekHour() {
        Scenario s = Scenario.in("US", "America/Los_Angeles").weekStart(java.time.DayOfWeek.SUNDAY, "06:00").attribute("us.state", "CA")
                .employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .shift("E1", "2026-03-16T20:00", "2026-03-17T08:00");
        // 20:00-06:00 is 10 h of Monday's workday (2 h daily overtime), 06:00-08:00 is Tuesday's.
        assertThat(VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).payLines())
                .extracting(CaliforniaOvertimeRuleTest::describe).containsExactly("CA_DAILY_OVERTIME 2:00 x0.5 = 20.00");
    }

    /** California does not take the fluctuating workweek: its own reading (salary / 40) is compared and, here, higher. */
    @Test
    void aFluctuatingWorkweekInCaliforniaIsComparedWithTheLaborCode() {
        Scenario s = Us.california().employee("E1", e -> e.salaried("USD", "500", "WEEK", "40"))
                .attest("E1", WeekPay.FWW_ATTESTATION, "2026-01-01", null)
                .dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00");
        // FLSA (778.114): 500 / 50 = 10.00, 10 h x 5.00 = 50.00. California: 12.50 an hour, daily OT 10 h: 8 within the 40
        // at 0.5 (50.00) and 2 beyond at 1.5 (37.50), plus 8 h straight time beyond the 40 (100.00) = 187.50.
        var ca = VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(ca.totalPaid()).isEqualByComparingTo("187.50");
        assertThat(ca.payLines().get(0).note().en()).contains("FLSA amount (50.00 USD)");
        VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }
}
