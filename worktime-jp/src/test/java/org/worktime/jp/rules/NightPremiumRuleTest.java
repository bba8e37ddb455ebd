package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class NightPremiumRuleTest {

    @Test
    @ViolatingFixture
    void sevenNightHoursEarnAQuarterOnTop() {
        var outcome = VERIFIER.verifyThat(NightPremiumRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-03-10T21:00", "2026-03-11T06:00", "01:00-02:00"))
                .between(Jp.MONDAY, Jp.SUNDAY);
        // 22:00-05:00 less the break 01:00-02:00: 6 h x 2,000 x 0.25.
        assertThat(outcome.payLines()).singleElement().satisfies(line -> {
            assertThat(line.seconds()).isEqualTo(6 * 3600);
            assertThat(line.amount()).isEqualTo(Jp.jpy(3_000));
        });
    }

    @Test
    @CleanFixture
    void dayWorkHasNoNightPremium() {
        VERIFIER.verifyThat(NightPremiumRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-03-10T05:00", "2026-03-10T22:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .paysNothing();
    }

    /** Overtime at night: 1.25 + 0.25 = 1.50; beyond 60 h: 1.50 + 0.25 = 1.75; statutory holiday at night: 1.35 + 0.25 = 1.60. */
    @Test
    void stackedRatesComeOutAsSums() {
        Scenario s = Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                .shift("E1", "2026-03-10T12:00", "2026-03-10T23:00", "17:00-18:00") // 10 h: the last 2 h overtime, 1 h of it at night
                .shift("E1", "2026-03-15T21:00", "2026-03-15T23:00"); // 2 h on the statutory holiday, 1 h at night
        var night = VERIFIER.verifyThat(NightPremiumRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY);
        var overtime = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY);
        var holiday = VERIFIER.verifyThat(HolidayPremiumRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY);
        assertThat(night.totalPaid()).isEqualByComparingTo("1000"); // 2 h x 500
        assertThat(overtime.totalPaid()).isEqualByComparingTo("5000"); // 2 h x 2,500
        assertThat(holiday.totalPaid()).isEqualByComparingTo("5400"); // 2 h x 2,700
    }

    @Test
    void anArticle41ManagerIsStillOwedTheNightPremium() {
        Scenario s = Jp.workplace().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                .attest("E1", Coverage.MANAGER, "2026-01-01", null)
                .shift("E1", "2026-03-10T14:00", "2026-03-11T01:00", "18:00-19:00");
        assertThat(VERIFIER.verifyThat(NightPremiumRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY).totalPaid()).isEqualByComparingTo("1500");
        VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY).paysNothing();
        VERIFIER.verifyThat(DailyHoursRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
    }
}
