package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class HolidayPremiumRuleTest {

    @Test
    @ViolatingFixture
    void tenHoursOnTheStatutoryHolidayAllAt135() {
        var outcome = VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-03-15T08:00", "2026-03-15T19:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY);
        assertThat(outcome.payLines()).singleElement().satisfies(line -> {
            assertThat(line.seconds()).isEqualTo(10 * 3600);
            assertThat(line.multiplier()).isEqualByComparingTo("1.35");
            assertThat(line.amount()).isEqualTo(Jp.jpy(27_000));
        });
        VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-03-15T08:00", "2026-03-15T19:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY).paysNothing();
    }

    @Test
    @CleanFixture
    void saturdayIsNotHolidayWork() {
        VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T18:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .paysNothing();
    }
}
