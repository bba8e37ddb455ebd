package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class NightPremiumRuleTest {

    @Test
    @ViolatingFixture
    void aNightShiftEarnsHalfAnHourlyWagePerNightHour() {
        // 22:00 to 06:00 with a break from 02:00 to 03:00: 7 night hours x 0.5 x 10,000 = 35,000.
        var outcome = VERIFIER.verifyThat(NightPremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-10T22:00", "2026-03-11T06:00", "02:00-03:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.seconds() / 60 + " " + p.multiplier())
                .containsExactly("2026-03-10 420 0.5");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("35000");
    }

    @Test
    @CleanFixture
    void aDayShiftEarnsNoNightPremium() {
        VERIFIER.verifyThat(NightPremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-10T06:00", "2026-03-10T22:00", "12:00-13:00", "18:00-19:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .paysNothing();
    }

    @Test
    void overtimeAtNightStacksToTwice() {
        // 13:00 to 24:00 with an hour's break: 10 h, the last 2 beyond 8 and at night: 2 x 1.5 + 2 x 0.5 = 4 hourly wages.
        var outcome = VERIFIER.verifyThat(NightPremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-10T13:00", "2026-03-11T00:00", "17:00-18:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("10000");
        assertThat(outcome.report().payLines()).extracting(p -> p.kind() + " " + p.amount().getAmount().toPlainString())
                .containsExactly("OVERTIME 30000", "NIGHT 10000");
    }
}
