package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class FederalMinimumWageRuleTest {

    /** Forty hours, Monday to Friday, in the week of Sunday 2025-03-02, at an hourly wage. */
    private static Scenario fortyHoursAt(String rate) {
        return Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal(rate))).dailyShifts("E1", "2025-03-03", 5, "08:00", "16:00");
    }

    /** The issue's case: USD 6.00 an hour in 2025 used to pass in silence. */
    @Test
    @ViolatingFixture
    void sixDollarsAnHourIn2025IsBelowTheMinimum() {
        var f = VERIFIER.verifyThat(FederalMinimumWageRule.class).given(fortyHoursAt("6.00")).between("2025-03-02", "2025-03-08")
                .violatesOnce().period("2025-03-02", "2025-03-09")
                .messageContains("Straight-time pay of 240.00 USD for 40:00 h in the workweek from 2025-03-02 is 6.00 USD an hour, below the"
                        + " federal minimum wage of 7.25 USD: 50.00 USD owed.").finding();
        assertThat(f.measured().value()).isEqualByComparingTo("6.00");
        assertThat(f.limit().value()).isEqualByComparingTo("7.25");
        assertThat(f.citation().version()).isEqualTo("Fair Minimum Wage Act of 2007");
        assertThat(f.penalty().summary().en()).contains("back pay 50.00 USD and an equal 50.00 USD as liquidated damages");
    }

    @Test
    void sevenTwentyFourIsOneCentShortForEachHour() {
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(fortyHoursAt("7.24")).between("2025-03-02", "2025-03-08")
                .violatesOnce().messageContains("7.24 USD an hour").messageContains(": 0.40 USD owed.");
    }

    @Test
    @CleanFixture
    void sevenTwentyFiveIsTheMinimum() {
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(fortyHoursAt("7.25")).between("2025-03-02", "2025-03-08").hasNoFindings();
    }

    /** The workweek standard (29 CFR 776.4): a non-discretionary bonus of the week counts toward the minimum. */
    @Test
    void aBonusOfTheWeekLiftsTheWeekAboveTheMinimum() {
        Scenario s = fortyHoursAt("7.00").earning("E1", "bonus.nondiscretionary", "USD", "10.00", "2025-03-03", "2025-03-07");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").hasNoFindings();
        Scenario short1 = fortyHoursAt("7.00").earning("E1", "bonus.nondiscretionary", "USD", "9.99", "2025-03-03", "2025-03-07");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(short1).between("2025-03-02", "2025-03-08").violatesOnce()
                .messageContains("0.01 USD owed.");
        Scenario gift = fortyHoursAt("7.00").earning("E1", "gift", "USD", "50.00", "2025-03-03", "2025-03-07");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(gift).between("2025-03-02", "2025-03-08").violatesOnce()
                .messageContains("10.00 USD owed.");
    }

    /** 2009-07-24 was a Friday: Monday to Thursday at USD 6.55 are paid in full, Friday's 8 hours owe 0.70 each. */
    @Test
    void theRateChangesOnTheDayTheLawChangesIt() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("6.55"))).dailyShifts("E1", "2009-07-20", 5, "08:00", "16:00");
        var f = VERIFIER.verifyThat(FederalMinimumWageRule.class).given(s).between("2009-07-19", "2009-07-25").violatesOnce()
                .messageContains("5.60 USD owed.").finding();
        assertThat(f.limit().value()).isEqualByComparingTo("6.55"); // the rate in force on the week's first day
        Scenario before = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("6.55"))).dailyShifts("E1", "2009-07-20", 4, "08:00", "16:00");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(before).between("2009-07-19", "2009-07-25").hasNoFindings();
    }

    @Test
    void aSalaryIsSpreadOverTheHoursWorked() {
        Scenario s = Us.federal().employee("E1", e -> e.salaried("USD", "250.00", "WEEK", "40")).dailyShifts("E1", "2025-03-03", 5, "08:00", "16:00");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").violatesOnce()
                .messageContains("6.25 USD an hour").messageContains("40.00 USD owed.");
    }

    @Test
    void noWageAndNoPayIsIndeterminate() {
        Scenario s = Us.federal().employee("E1", e -> e.noWage()).dailyShifts("E1", "2025-03-03", 5, "08:00", "16:00");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").single(Severity.INDETERMINATE)
                .messageContains("no wage and no pay of the week are on file for 40:00 h");
    }

    /** 29 CFR 778.5: overtime is owed on at least the minimum wage: 5 h x 0.5 x 7.25 = 18.13, not 5 x 0.5 x 6.00. */
    @Test
    void overtimeIsOwedOnTheMinimumWageWhenTheRateIsBelowIt() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("6.00"))).dailyShifts("E1", "2025-03-03", 5, "08:00", "17:00");
        var pay = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between("2025-03-02", "2025-03-08");
        assertThat(pay.totalPaid()).isEqualByComparingTo("18.13");
        assertThat(pay.payLines().get(0).note().en()).contains("The regular rate 6.00 USD is below the federal minimum wage: overtime is owed on"
                + " 7.25 USD (29 C.F.R. § 778.5).");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").violatesOnce()
                .messageContains("56.25 USD owed."); // 45 h x 7.25 = 326.25 - 270.00
    }

    /** The T4 salary of 1981 (USD 182.70 for 35 h, USD 5.22 an hour) judged in 2026: overtime on USD 7.25. */
    @Test
    void theT4SalaryIn2026OwesOvertimeOnTheMinimumWage() {
        Scenario s = Us.federal().employee("E1", e -> e.salaried("USD", "182.70", "WEEK", "35")).dailyShifts("E1", Us.MONDAY, 5, "08:00", "17:00");
        var pay = VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(pay.payLines()).extracting(p -> p.kind() + " " + p.seconds() / 3600 + "h x" + p.multiplier().stripTrailingZeros()
                + " @" + p.hourlyBase().getAmount().stripTrailingZeros().toPlainString() + " = " + p.amount().getAmount())
                .containsExactly("STRAIGHT_TIME 5h x1 @7.25 = 36.25", "OVERTIME 5h x1.5 @7.25 = 54.38");
    }
}
