package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class MultiWeekBonusRuleTest {

    /** A 10-week course from Sunday 2026-01-04 to Saturday 2026-03-14, 40 h a week except 47 h and 48 h in two weeks. */
    private static Scenario course(String bonus) {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .earning("E1", "bonus.nondiscretionary", "USD", bonus, "2026-01-04", "2026-03-14");
        for (int w = 0; w < 10; w++) {
            String monday = java.time.LocalDate.parse("2026-01-05").plusWeeks(w).toString();
            s.dailyShifts("E1", monday, 5, "08:00", "16:00");
        }
        return s;
    }

    /** T10: USD 3,000 over 10 weeks, USD 300 a week: 0.5 x 300/47 x 7 = 22.34 and 0.5 x 300/48 x 8 = 25.00; total 47.34. */
    @Test
    @ViolatingFixture
    void t10BonusApportionedToTheWeeksItWasEarnedIn() {
        Scenario s = course("3000")
                .shift("E1", "2026-01-17T08:00", "2026-01-17T15:00")   // week of 01-11: 47 h
                .shift("E1", "2026-02-07T08:00", "2026-02-07T16:00");  // week of 02-01: 48 h
        var outcome = VERIFIER.verifyThat(MultiWeekBonusRule.class).given(s).between("2026-01-04", "2026-03-14");
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.kind() + " " + p.seconds() / 3600 + "h " + p.amount().getAmount())
                .containsExactly("2026-01-11 BONUS_OVERTIME 7h 22.34", "2026-02-01 BONUS_OVERTIME 8h 25.00");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("47.34");
        assertThat(outcome.payLines().get(0).note().en()).contains("Bonus share for the week 300.00 USD / 47:00 h");
    }

    @Test
    @CleanFixture
    void noOvertimeWeekNoExtra() {
        VERIFIER.verifyThat(MultiWeekBonusRule.class).given(course("3000")).between("2026-01-04", "2026-03-14").paysNothing();
    }

    @Test
    void aDiscretionaryBonusIsNeverApportioned() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .earning("E1", "bonus.discretionary", "USD", "3000", "2026-01-04", "2026-03-14")
                .dailyShifts("E1", "2026-01-05", 5, "08:00", "18:00");
        VERIFIER.verifyThat(MultiWeekBonusRule.class).given(s).between("2026-01-04", "2026-01-10").paysNothing();
    }

    /** A week partly covered gets the share of its days: 14-day bonus of 140, 7 days in the week: 70 / 50 h x 0.5 x 10 h. */
    @Test
    void theShareIsEqualPerDay() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .earning("E1", "commission", "USD", "140", "2026-03-08", "2026-03-21")
                .dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00");
        assertThat(VERIFIER.verifyThat(MultiWeekBonusRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).totalPaid())
                .isEqualByComparingTo("7.00");
    }

    private static Scenario withAttributes(Scenario s, String kind, String amount, String from, String to, java.util.Map<String, String> attributes) {
        return s.earningRecord(new org.worktime.core.domain.Earning("E1", kind, org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD,
                new BigDecimal(amount)), org.threeten.extra.LocalDateRange.ofClosed(java.time.LocalDate.parse(from), java.time.LocalDate.parse(to)),
                null, attributes));
    }

    /**
     * T10 allocated per hour (778.209(b), allocate=hour): 3,000 over the course's 415 hours (8 x 40 + 47 + 48) is
     * 7.2289 an hour: 0.5 x 7.2289 x 7 = 25.30 and 0.5 x 7.2289 x 8 = 28.92; total 54.22 (per day: 47.34).
     */
    @Test
    @ViolatingFixture
    void t10AllocatedPerHourWhenTheEarningAsks() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20")));
        for (int w = 0; w < 10; w++) {
            s.dailyShifts("E1", java.time.LocalDate.parse("2026-01-05").plusWeeks(w).toString(), 5, "08:00", "16:00");
        }
        s.shift("E1", "2026-01-17T08:00", "2026-01-17T15:00").shift("E1", "2026-02-07T08:00", "2026-02-07T16:00");
        withAttributes(s, "bonus.nondiscretionary", "3000", "2026-01-04", "2026-03-14", java.util.Map.of("allocate", "hour"));
        var outcome = VERIFIER.verifyThat(MultiWeekBonusRule.class).given(s).between("2026-01-04", "2026-03-14");
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.seconds() / 3600 + "h " + p.amount().getAmount())
                .containsExactly("2026-01-11 7h 25.30", "2026-02-01 8h 28.92");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("54.22");
        assertThat(outcome.payLines().get(0).note().en()).contains("Bonus share for the week 339.76 USD / 47:00 h = 7.2289 USD");
    }

    /** Evaluating one week of the course: the period's hours must be stated (period_hours), else the answer is indeterminate. */
    @Test
    void perHourOutsideTheEvaluatedWeeksNeedsThePeriodHours() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .dailyShifts("E1", "2026-01-12", 5, "08:00", "16:00").shift("E1", "2026-01-17T08:00", "2026-01-17T15:00");
        withAttributes(s, "bonus.nondiscretionary", "3000", "2026-01-04", "2026-03-14", java.util.Map.of("allocate", "hour"));
        var open = VERIFIER.verifyThat(MultiWeekBonusRule.class).given(s).between("2026-01-11", "2026-01-17");
        assertThat(open.payLines()).isEmpty();
        open.single(org.worktime.core.finding.Severity.INDETERMINATE).messageContains("earning attribute period_hours");
        Scenario stated = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                .dailyShifts("E1", "2026-01-12", 5, "08:00", "16:00").shift("E1", "2026-01-17T08:00", "2026-01-17T15:00");
        withAttributes(stated, "bonus.nondiscretionary", "3000", "2026-01-04", "2026-03-14", java.util.Map.of("allocate", "hour", "period_hours", "415"));
        assertThat(VERIFIER.verifyThat(MultiWeekBonusRule.class).given(stated).between("2026-01-11", "2026-01-17").totalPaid())
                .isEqualByComparingTo("25.30");
        Scenario wrong = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", "2026-01-12", 5, "08:00", "18:00");
        withAttributes(wrong, "bonus.nondiscretionary", "3000", "2026-01-04", "2026-03-14", java.util.Map.of("allocate", "fortnight"));
        VERIFIER.verifyThat(MultiWeekBonusRule.class).given(wrong).between("2026-01-11", "2026-01-17")
                .single(org.worktime.core.finding.Severity.INDETERMINATE).messageContains("allocate='fortnight'");
    }

    /** Two weeks: 50 h (40 non-overtime, 10 daily overtime in California) then 30 h; a USD 1,000 flat sum over both. */
    private static Scenario twoWeeks(Scenario s, java.util.Map<String, String> attributes) {
        s.employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.MONDAY, 5, "08:00", "18:00")
                .dailyShifts("E1", "2026-03-23", 5, "08:00", "14:00");
        return withAttributes(s, "bonus.flat_sum", "1000", Us.SUNDAY, "2026-03-28", attributes);
    }

    /**
     * Alvarado across weeks: per day, the first week's share 500 over its 40 non-overtime hours is 12.50, owed 1.5 x on
     * the 10 overtime hours: 187.50 (the FLSA's 0.5 x 500/50 x 10 = 50.00 in Texas). Per hour, over the 70 non-overtime
     * hours of the period: 1,000 x 40/70 = 571.43, 14.2857 an hour, 1.5 x 10 h = 214.29 (Texas, over 80 hours: 1,000 x
     * 50/80 = 625, 12.50 an hour, 62.50).
     */
    @Test
    @ViolatingFixture
    void californiaFlatSumOverSeveralWeeksIsDividedByNonOvertimeHours() {
        var perDay = VERIFIER.verifyThat(MultiWeekBonusRule.class).given(twoWeeks(Us.california(), java.util.Map.of())).between(Us.SUNDAY, "2026-03-28");
        assertThat(perDay.payLines()).extracting(p -> p.kind() + " " + p.seconds() / 3600 + "h " + p.amount().getAmount())
                .containsExactly("CA_DAILY_OVERTIME_BONUS 10h 187.50");
        assertThat(perDay.payLines().get(0).note().en()).contains("Flat-sum bonus share for the week 500.00 USD / 40:00 h non-overtime = 12.50 USD")
                .contains("Alvarado");
        assertThat(VERIFIER.verifyThat(MultiWeekBonusRule.class).given(twoWeeks(Us.federal(), java.util.Map.of())).between(Us.SUNDAY, "2026-03-28")
                .totalPaid()).isEqualByComparingTo("50.00");
        var perHour = VERIFIER.verifyThat(MultiWeekBonusRule.class).given(twoWeeks(Us.california(), java.util.Map.of("allocate", "hour")))
                .between(Us.SUNDAY, "2026-03-28");
        assertThat(perHour.totalPaid()).isEqualByComparingTo("214.29");
        assertThat(VERIFIER.verifyThat(MultiWeekBonusRule.class).given(twoWeeks(Us.federal(), java.util.Map.of("allocate", "hour")))
                .between(Us.SUNDAY, "2026-03-28").totalPaid()).isEqualByComparingTo("62.50");
    }

    @Test
    @CleanFixture
    void californiaFlatSumWithoutOvertimeOwesNothing() {
        Scenario s = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:00")
                .dailyShifts("E1", "2026-03-23", 5, "08:00", "16:00");
        withAttributes(s, "bonus.flat_sum", "1000", Us.SUNDAY, "2026-03-28", java.util.Map.of("allocate", "hour"));
        VERIFIER.verifyThat(MultiWeekBonusRule.class).given(s).between(Us.SUNDAY, "2026-03-28").paysNothing();
    }
}
