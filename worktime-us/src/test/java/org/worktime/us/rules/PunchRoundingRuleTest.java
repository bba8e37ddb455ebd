package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class PunchRoundingRuleTest {

    @Test
    @ViolatingFixture
    void roundingThatTakesTimeAwayIsNotNeutral() {
        var outcome = VERIFIER.verifyThat(PunchRoundingRule.class)
                .given(Us.federal().attribute("us.punch_rounding", "15").employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:08", "16:52"))
                .between(Us.SUNDAY, Us.SATURDAY);
        // 08:08 -> 08:15 and 16:52 -> 16:45: 8:30 h counted of 8:44 h punched, 14 minutes a day.
        outcome.single(Severity.WARNING).measuredMinutes(5 * 510).limitMinutes(5 * 524)
                .messageContains("took 70 minutes");
    }

    @Test
    @CleanFixture
    void roundingInTheEmployeesFavourIsFine() {
        VERIFIER.verifyThat(PunchRoundingRule.class)
                .given(Us.federal().attribute("us.punch_rounding", "15").employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:07", "16:53"))
                .between(Us.SUNDAY, Us.SATURDAY).hasNoFindings();
    }

    @Test
    void tenMinutesIsNotAnAcceptedIncrement() {
        VERIFIER.verifyThat(PunchRoundingRule.class)
                .given(Us.federal().attribute("us.punch_rounding", "10").employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:07", "16:52"))
                .between(Us.SUNDAY, Us.SATURDAY).single(Severity.WARNING).messageContains("not an increment 785.48(b) accepts");
    }

    /** Rounded punches are the hours the overtime rules count: 8:14 h a day rounds to 8 h, so 40 h and no overtime. */
    @Test
    void overtimeIsCountedOnRoundedHours() {
        var rounded = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().attribute("us.punch_rounding", "15").employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:53", "17:07"))
                .between(Us.SUNDAY, Us.SATURDAY);
        rounded.paysNothing();
        var exact = VERIFIER.verifyThat(WeeklyOvertimeRule.class)
                .given(Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.MONDAY, 5, "08:53", "17:07"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(exact.totalPaidMinutes()).isEqualTo(70);
    }

    @Test
    void nearestRoundsHalfUp() {
        assertThat(PunchRounding.nearest(7 * 60 + 29, 900)).isZero();
        assertThat(PunchRounding.nearest(7 * 60 + 30, 900)).isEqualTo(900);
    }
}
