package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class RestPeriodPremiumRuleTest {

    /** The premium is one hour at the regular rate (Ferra): USD 20 + a USD 50 weekly bonus over 40 h = 21.25. */
    @Test
    @ViolatingFixture
    void anAttestedMissedRestPeriodOwesOneHourAtTheRegularRate() {
        var outcome = VERIFIER.verifyThat(RestPeriodPremiumRule.class)
                .given(Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20")))
                        .dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:30", "12:00-12:30")
                        .earning("E1", "bonus.nondiscretionary", "USD", "50", "2026-03-16", "2026-03-20")
                        .attest("E1", RestPeriodPremiumRule.MISSED, "2026-03-17", "2026-03-17"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.amount().getAmount()).containsExactly("2026-03-17 21.25");
    }

    @Test
    @CleanFixture
    void noAttestationNoPremium() {
        VERIFIER.verifyThat(RestPeriodPremiumRule.class)
                .given(Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).dailyShifts("E1", Us.MONDAY, 5, "08:00", "16:30", "12:00-12:30"))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    @Test
    void underThreeAndAHalfHoursNoRestPeriodIsOwed() {
        VERIFIER.verifyThat(RestPeriodPremiumRule.class)
                .given(Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20"))).shift("E1", "2026-03-17T08:00", "2026-03-17T11:00")
                        .attest("E1", RestPeriodPremiumRule.MISSED, "2026-03-17", "2026-03-17"))
                .between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }
}
