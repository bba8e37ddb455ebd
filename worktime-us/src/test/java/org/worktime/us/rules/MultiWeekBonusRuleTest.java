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
        assertThat(outcome.payLines().get(0).note().en()).contains("Bonus share for the week USD 300.00 / 47:00 h");
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
}
