package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class MealPeriodPremiumRuleTest {

    private static Scenario ca() {
        return Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20")));
    }

    @Test
    @ViolatingFixture
    void sevenHoursWithoutAMealPeriodOweOneHourOfPay() {
        var outcome = VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(ca().shift("E1", "2026-03-16T09:00", "2026-03-16T16:00"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.kind() + " " + p.seconds() / 60 + "min " + p.amount().getAmount())
                .containsExactly("2026-03-16 CA_MEAL_PREMIUM 60min 20.00");
        assertThat(outcome.payLines().get(0).note().en()).contains("No meal period of 0:30 h began by the end of the 5:00 h of work");
    }

    @Test
    @CleanFixture
    void aThirtyMinuteMealBeforeTheFifthHour() {
        VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(ca().shift("E1", "2026-03-16T09:00", "2026-03-16T17:30", "12:00-12:30"))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    @Test
    void aMealAfterTheFifthHourIsLate() {
        var outcome = VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(ca().shift("E1", "2026-03-16T08:00", "2026-03-16T17:00", "13:30-14:00"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("20.00");
    }

    @Test
    void aTwentyMinuteBreakIsNotAMealPeriod() {
        var outcome = VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(ca().shift("E1", "2026-03-16T08:00", "2026-03-16T16:20", "12:00-12:20"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("20.00");
    }

    @Test
    void aSixHourDayMayWaiveTheMeal() {
        Scenario s = ca().shift("E1", "2026-03-16T09:00", "2026-03-16T15:00");
        assertThat(VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).totalPaid()).isEqualByComparingTo("20.00");
        VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(s.attest("E1", MealPeriodPremiumRule.WAIVER, "2026-01-01", null))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    @Test
    void overTenHoursASecondMealIsDue() {
        Scenario s = ca().shift("E1", "2026-03-16T07:00", "2026-03-16T19:00", "11:00-11:30");
        assertThat(VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).totalPaid()).isEqualByComparingTo("20.00");
        Scenario two = ca().shift("E1", "2026-03-16T07:00", "2026-03-16T19:30", "11:00-11:30", "16:00-16:30");
        VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(two).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        VERIFIER.verifyThat(MealPeriodPremiumRule.class).given(s.attest("E1", MealPeriodPremiumRule.SECOND_WAIVER, "2026-01-01", null))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    @Test
    void outsideCaliforniaNothing() {
        VERIFIER.verifyThat(MealPeriodPremiumRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).shift("E1", "2026-03-16T09:00", "2026-03-16T16:00"))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }
}
