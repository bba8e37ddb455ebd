package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Citation;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.param.Scope;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class WeeklyOvertimeRuleTest {

    @Test
    @ViolatingFixture
    void hoursOverFortyEarnHalfTimeOnTopOfTheHourlyWage() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "17:00"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).hasSize(1);
        var line = outcome.payLines().get(0);
        assertThat(line.kind()).isEqualTo("OVERTIME");
        assertThat(line.seconds()).isEqualTo(5 * 3600);
        assertThat(line.multiplier()).isEqualByComparingTo("0.5");
        assertThat(line.hourlyBase().getAmount()).isEqualByComparingTo("10");
        assertThat(line.amount().getAmount()).isEqualByComparingTo("25.00");
        assertThat(line.period()).isEqualTo(LocalDateRange.of(LocalDate.parse(Us.SUNDAY), LocalDate.parse("2026-03-22")));
        assertThat(line.citation().article()).startsWith("s.7(a)(1)");
        // An hourly worker could still be an outside salesperson (no salary test): the note names that attestation only.
        assertThat(line.note().en()).contains("Exemption under US-FLSA undecided (missing: an attestation 'us.duties.outside_sales')");
        assertThat(line.note().en()).contains("If unpaid: back pay 25.00 USD and an equal 25.00 USD as liquidated damages (29 U.S.C. § 216(b))")
                .contains("civil money penalty up to 2,515.00 USD per violation");
    }

    @Test
    @CleanFixture
    void fortyHoursPayNoOvertimeWhateverTheDailyHours() {
        VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10")))
                        .shift("E1", "2026-03-16T06:00", "2026-03-16T20:00")
                        .shift("E1", "2026-03-17T06:00", "2026-03-17T20:00")
                        .shift("E1", "2026-03-18T06:00", "2026-03-18T18:00"))
                .between(Us.SUNDAY, Us.SATURDAY)
                .paysNothing();
    }

    /** T8: 44.5 h at USD 10 and 8 h at USD 8: straight time 509.00, regular rate 9.6952..., half-time on 12.5 h = 60.60. */
    @Test
    void t8TwoRatesUseTheWeightedAverage() {
        Scenario s = twoRates();
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).hasSize(1);
        var line = outcome.payLines().get(0);
        assertThat(line.seconds()).isEqualTo(12 * 3600 + 1800);
        assertThat(line.hourlyBase().getAmount().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("9.6952");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("60.60");
        assertThat(line.note().en()).contains("straight-time earnings 509.00 USD / 52:30 h");
        // Total for the week: 509.00 straight time + 60.60 = 569.60.
        assertThat(new BigDecimal("509.00").add(outcome.totalPaid())).isEqualByComparingTo("569.60");
    }

    /** Open question 1: rounding the regular rate to the cent first (9.70) gives 60.63, as the sheet warns. */
    @Test
    void t8RoundingTheRegularRateFirstIsAParameter() {
        ParameterTable override = ParameterTable.of(List.of(new Parameter("us.pay.regular-rate-scale", Scope.ALL, "2",
                LocalDateRange.ofUnboundedEnd(LocalDate.of(1938, 10, 24)), new Citation("test", "override", "", ""))));
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(twoRates())
                .evaluate(Evaluation.between(LocalDate.parse(Us.SUNDAY), LocalDate.parse(Us.SATURDAY)).withOverrides(override));
        assertThat(outcome.payLines().get(0).hourlyBase().getAmount()).isEqualByComparingTo("9.70");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("60.63");
    }

    /** 778.419: agreed in advance, the 12.5 overtime hours are paid at their own job's rate: 4.5 h at 10 and 8 h at 8. */
    @Test
    void t8WithAnAgreementOvertimeFollowsTheJobRate() {
        Scenario s = twoRates();
        s.employee("E1", e -> e.hourly("USD", new BigDecimal("10")).attribute("us.flsa778-419.agreed", "true"));
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(p -> org.worktime.core.time.Durations.hoursAndMinutes(p.seconds()) + " @"
                + p.hourlyBase().getAmount().stripTrailingZeros().toPlainString() + " = " + p.amount().getAmount())
                .containsExactly("4:30 @10 = 22.50", "8:00 @8 = 32.00");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("54.50");
    }

    private static Scenario twoRates() {
        // Monday to Thursday 10 h and Friday 4.5 h at USD 10 (44.5 h); Saturday 8 h at USD 8.
        return Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10")))
                .dailyShifts("E1", Us.MONDAY, 4, "07:00", "17:00")
                .shift("E1", "2026-03-20T07:00", "2026-03-20T11:30")
                .shiftAtRate("E1", "2026-03-21T08:00", "2026-03-21T16:00", "USD", "8");
    }

    /**
     * T4: USD 182.70 a week for 35 hours: regular rate 5.22; hours 36-40 at 5.22, over 40 at 7.83. The example is the
     * 1981 text's, so it is judged in 1985 (minimum wage USD 3.35): in 2026 the rate is raised to the minimum wage
     * (29 CFR 778.5; FederalMinimumWageRuleTest).
     */
    @Test
    void t4SalaryForAShortFixedWeek() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.salaried("USD", "182.70", "WEEK", "35"))
                        .dailyShifts("E1", "1985-03-04", 5, "08:00", "17:00"))
                .between("1985-03-03", "1985-03-09");
        assertThat(outcome.payLines()).extracting(p -> p.kind() + " " + p.seconds() / 3600 + "h x" + p.multiplier().stripTrailingZeros()
                + " @" + p.hourlyBase().getAmount().stripTrailingZeros().toPlainString() + " = " + p.amount().getAmount())
                .containsExactly("STRAIGHT_TIME 5h x1 @5.22 = 26.10", "OVERTIME 5h x1.5 @5.22 = 39.15");
        assertThat(outcome.payLines().get(1).note().en()).contains("Regular rate 5.22 USD = 5.22 USD (salary 182.70 USD a week / 35 h) (778.109)");
    }

    @Test
    void t4SalaryForFortyHoursHasTheRegularRate5_52() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.salaried("USD", "220.80", "WEEK", "40"))
                        .dailyShifts("E1", "1985-03-04", 5, "08:00", "17:00"))
                .between("1985-03-03", "1985-03-09");
        assertThat(outcome.payLines()).hasSize(1);
        assertThat(outcome.payLines().get(0).hourlyBase().getAmount()).isEqualByComparingTo("5.52");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("41.40"); // 5 h x 1.5 x 5.52
    }

    /** 778.113(b): a monthly salary of USD 1,560 for 40 hours is 1,560 x 12 / 52 = 360 a week, USD 9.00 an hour. */
    @Test
    void monthlySalaryIsConvertedToAWeek() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.salaried("USD", "1560", "MONTH", "40"))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:24"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines().get(0).hourlyBase().getAmount()).isEqualByComparingTo("9.00");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("27.00"); // 2 h x 13.50
    }

    /** 778.110(b): USD 12 an hour, 46 hours and a USD 46 production bonus: rate (552 + 46) / 46 = 13.00, half-time 6 x 6.50. */
    @Test
    void aBonusEarnedInTheWeekRaisesTheRegularRate() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("12")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "17:00")
                        .shift("E1", "2026-03-21T08:00", "2026-03-21T09:00")
                        .earning("E1", "bonus.production", "USD", "46", "2026-03-16", "2026-03-20"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines().get(0).hourlyBase().getAmount()).isEqualByComparingTo("13");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("39.00");
    }

    @Test
    void excludedPayStaysOutOfTheRegularRate() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "17:00")
                        .earning("E1", "gift", "USD", "100", "2026-03-20", "2026-03-20")
                        .earning("E1", "bonus.discretionary", "USD", "200", "2026-03-16", "2026-03-20")
                        .earning("E1", "pay.no_work", "USD", "80", "2026-03-15", "2026-03-15")
                        .earning("E1", "premium.contractual", "USD", "15", "2026-03-20", "2026-03-20"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("25.00");
        assertThat(outcome.payLines().get(0).note().en()).contains("creditable toward the overtime owed (29 C.F.R. § 778.202(c))");
    }

    @Test
    void shiftDifferentialsAndCommissionsAreRemuneration() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00")
                        .earning("E1", "shift_differential", "USD", "25", "2026-03-16", "2026-03-20")
                        .earning("E1", "commission", "USD", "75", "2026-03-16", "2026-03-20"))
                .between(Us.SUNDAY, Us.SATURDAY);
        // (500 + 100) / 50 = 12.00; half-time on 10 h = 60.00.
        assertThat(outcome.totalPaid()).isEqualByComparingTo("60.00");
    }

    /** 778.111: piece earnings alone; USD 500 for 50 hours is USD 10 an hour, half-time on 10 hours. */
    @Test
    void pieceRatesWithoutAnHourlyWage() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.noWage())
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00")
                        .earning("E1", "piece", "USD", "500", "2026-03-16", "2026-03-20"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("50.00");
    }

    /** A workweek from Sunday 06:00: a Saturday-night shift counts to each week for its own part. */
    @Test
    void aShiftAcrossTheWeekBoundaryIsSplitAtSundaySixOClock() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "06:00")
                        .employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:00")
                        .shift("E1", "2026-03-21T23:00", "2026-03-22T09:00"))
                .between(Us.SUNDAY, "2026-03-28");
        // Week 1: 40 h + 23:00-06:00 = 47 h, 7 h over; week 2: 3 h. 0.5 x 20 x 7 = 70.00.
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.seconds() / 3600 + "h " + p.amount().getAmount())
                .containsExactly("2026-03-15 7h 70.00");
    }

    /**
     * Asked about the second week alone, the engine still reads the Saturday-night shift that started before it, and
     * the hours after Sunday 06:00 count to the second week (the pack counts work by instant).
     */
    @Test
    void aShiftStartingBeforeTheFirstEvaluatedWeekCountsForItsPartInsideIt() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "06:00")
                        .employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .shift("E1", "2026-03-22T02:00", "2026-03-22T16:00")
                        .dailyShifts("E1", "2026-03-23", 4, "06:00", "16:00"))
                .between("2026-03-22", "2026-03-28");
        // 06:00-16:00 on Sunday is 10 h of the week (02:00-06:00 belongs to the week before), plus 4 x 10 h = 50 h.
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.seconds() / 3600 + "h " + p.amount().getAmount())
                .containsExactly("2026-03-22 10h 100.00");
        // The report's hours worked are by date: all 14 h of Sunday the 22nd are on a requested date.
        assertThat(outcome.report().employees().get(0).workedSeconds()).isEqualTo(54 * 3600);
    }

    /** The same shift with a week starting at midnight is 1 hour in the first week. */
    @Test
    void withAMidnightWeekStartTheSameShiftIsMostlyNextWeek() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:00")
                        .shift("E1", "2026-03-21T23:00", "2026-03-22T09:00"))
                .between(Us.SUNDAY, "2026-03-28");
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.seconds() / 3600 + "h " + p.amount().getAmount())
                .containsExactly("2026-03-15 1h 10.00");
    }

    /**
     * Daylight saving starts in Los Angeles on 2026-03-08 at 02:00: the week from Sunday 2026-03-01 06:00 ends on
     * 2026-03-08 at 06:00 local time and lasts 167 hours, and the night shift of the 7th to the 8th is an hour shorter.
     */
    @Test
    void aSpringForwardWeekLasts167HoursAndTheNightShiftLosesAnHour() {
        Scenario s = Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "06:00")
                .employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .dailyShifts("E1", "2026-03-02", 5, "08:00", "16:00")
                .shift("E1", "2026-03-07T20:00", "2026-03-08T08:00");
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between("2026-03-01", "2026-03-07");
        // 20:00-06:00 wall clock is 9 real hours that night: 49 h, 9 h over: 0.5 x 20 x 9 = 90.00.
        assertThat(outcome.payLines()).extracting(p -> p.seconds() / 3600 + "h " + p.amount().getAmount()).containsExactly("9h 90.00");
    }

    @Test
    void aFallBackWeekLasts169Hours() {
        Scenario s = Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "06:00")
                .employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .dailyShifts("E1", "2026-10-26", 5, "08:00", "16:00")
                .shift("E1", "2026-10-31T22:00", "2026-11-01T06:00");
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between("2026-10-25", "2026-10-31");
        // 22:00-06:00 wall clock is 9 real hours the night the clocks go back: 49 h.
        assertThat(outcome.payLines()).extracting(p -> p.seconds() / 3600 + "h " + p.amount().getAmount()).containsExactly("9h 90.00");
    }

    @Test
    void exemptEmployeesGetNoOvertimeLinesAndOthersDo() {
        Scenario s = Us.federal()
                .employee("BOSS", e -> e.salaried("USD", "1000", "WEEK", "40"))
                .employee("CLERK", e -> e.salaried("USD", "600", "WEEK", "40"))
                .attest("BOSS", "us.duties.executive", "2026-01-01", null)
                .attest("CLERK", "us.duties.executive", "2026-01-01", null)
                .dailyShifts("BOSS", Us.MONDAY, 5, "08:00", "18:00")
                .dailyShifts("CLERK", Us.MONDAY, 5, "08:00", "18:00");
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(p -> p.employeeId() + " " + p.amount().getAmount())
                .containsExactly("CLERK 225.00"); // 10 h x 1.5 x 15.00: 600 USD is below 684 USD
    }

    /**
     * 541.603(b): an improper deduction (a partial day docked in the week of 2026-03-15) takes the salary basis away for
     * the pay period it was made in: that week is owed overtime as for any salaried employee (10 h x 1.5 x 25.00 =
     * 375.00); the next week, with no deduction, nothing.
     */
    @Test
    void anImproperDeductionCostsTheExemptionForItsPeriod() {
        Scenario s = Us.federal().employee("BOSS", e -> e.salaried("USD", "1000", "WEEK", "40"))
                .attest("BOSS", "us.duties.executive", "2026-01-01", null)
                .earning("BOSS", "deduction.partial_day_personal", "USD", "100", Us.SUNDAY, Us.SATURDAY)
                .dailyShifts("BOSS", Us.MONDAY, 5, "08:00", "18:00")
                .dailyShifts("BOSS", "2026-03-23", 5, "08:00", "18:00");
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, "2026-03-28");
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.amount().getAmount()).containsExactly("2026-03-15 375.00");
        // A full day's absence docked instead is permitted (541.602(b)(1)): still exempt, nothing owed.
        VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(Us.federal().employee("BOSS", e -> e.salaried("USD", "1000", "WEEK", "40"))
                .attest("BOSS", "us.duties.executive", "2026-01-01", null)
                .earning("BOSS", "deduction.full_day_personal", "USD", "200", Us.SUNDAY, Us.SATURDAY)
                .dailyShifts("BOSS", Us.MONDAY, 5, "08:00", "18:00")).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    /**
     * 541.605: a professional paid a fee of USD 2,000 for a job of 50 hours (2,000 x 40 / 50 = 1,600 a week >= 684) is
     * exempt for the week: nothing owed. Without the single-job attestation the exemption is undecided and the week is
     * paid as non-exempt: the fee over 50 hours is 40.00 an hour, 10 h x 0.5 x 40.00 = 200.00.
     */
    @Test
    void aFeePaidProfessionalIsExemptForTheWeekOfTheJob() {
        java.util.function.Supplier<Scenario> base = () -> Us.federal().employee("A", e -> e.noWage())
                .attest("A", "us.duties.professional", "2026-01-01", null)
                .earningRecord(new org.worktime.core.domain.Earning("A", "fee", org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, 2000),
                        org.threeten.extra.LocalDateRange.ofClosed(LocalDate.parse(Us.MONDAY), LocalDate.parse("2026-03-20")), null,
                        java.util.Map.of("hours", "50")))
                .dailyShifts("A", Us.MONDAY, 5, "08:00", "18:00");
        VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(base.get().attest("A", "us.fee_basis.single_jobs", "2026-01-01", null))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        assertThat(VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(base.get()).between(Us.SUNDAY, Us.SATURDAY).totalPaid())
                .isEqualByComparingTo("200.00");
    }

    /** USD 700 a week: exempt in August 2024 (the vacated USD 844 is not applied) and in March 2025 (USD 1,128 never took effect). */
    @Test
    void theVacated2024RuleDoesNotCostA700DollarManagerTheExemption() {
        for (String monday : List.of("2024-07-29", "2025-03-03")) {
            Scenario s = Us.federal().employee("M", e -> e.salaried("USD", "700", "WEEK", "40"))
                    .attest("M", "us.duties.executive", "2024-01-01", null)
                    .dailyShifts("M", monday, 5, "08:00", "18:00");
            LocalDate start = LocalDate.parse(monday).minusDays(1);
            VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(start.toString(), start.plusDays(6).toString()).paysNothing();
        }
    }

    @Test
    void anUndecidedExemptionIsPaidAsNonExempt() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.salaried("USD", "1000", "WEEK", "40"))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("375.00");
        assertThat(outcome.payLines().get(0).note().en()).contains("Exemption under US-FLSA undecided (missing: an attestation 'us.duties.executive';")
                .contains("the employer must prove an exemption");
    }

    /** A salary meant for 45 hours (778.113): hours 41-45 are paid by it, so they are owed the half only; beyond 45, 1.5. */
    @Test
    void aSalaryForMoreThanFortyHoursPaysItsOwnOvertimeHoursAtStraightTime() {
        var outcome = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.salaried("USD", "900", "WEEK", "45")).dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00"))
                .between(Us.SUNDAY, Us.SATURDAY);
        // 900 / 45 = 20.00: 5 h x 0.5 x 20 = 50.00 and 5 h x 1.5 x 20 = 150.00.
        assertThat(outcome.payLines()).extracting(p -> p.seconds() / 3600 + "h x" + p.multiplier().stripTrailingZeros().toPlainString() + " = "
                + p.amount().getAmount()).containsExactly("5h x0.5 = 50.00", "5h x1.5 = 150.00");
    }
}
