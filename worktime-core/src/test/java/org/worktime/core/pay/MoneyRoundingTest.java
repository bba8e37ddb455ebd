package org.worktime.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Wage;

class MoneyRoundingTest {

    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");
    private static final CurrencyUnit USD = CurrencyUnit.USD;

    @Test
    void simpleOvertimeToTheWon() {
        // kr.md EX-03: 15,000 x 1.5 x 2 h = 45,000.
        Money amount = MoneyRounding.amount(BigMoney.ofMajor(KRW, 15_000), new BigDecimal("1.5"), 2 * 3600, RoundingMode.HALF_UP);
        assertThat(amount).isEqualTo(Money.ofMajor(KRW, 45_000));
    }

    @Test
    void anExactHourlyBaseIsRoundedOnceOnTheLine() {
        // 2,500,000 / 209 = 11,961.722488...; 1.5 x 10 h = 179,425.837... -> 179,426 half up, 179,425 down.
        BigMoney hourly = new Wage.Monthly(Money.ofMajor(KRW, 2_500_000), BigDecimal.valueOf(209)).hourly();
        assertThat(hourly.getAmount().round(new MathContext(12))).isEqualByComparingTo("11961.7224880");
        assertThat(MoneyRounding.amount(hourly, new BigDecimal("1.5"), 10 * 3600, RoundingMode.HALF_UP)).isEqualTo(Money.ofMajor(KRW, 179_426));
        assertThat(MoneyRounding.amount(hourly, new BigDecimal("1.5"), 10 * 3600, RoundingMode.DOWN)).isEqualTo(Money.ofMajor(KRW, 179_425));
    }

    @Test
    void centsForDollarsAndSecondsAreExact() {
        // $20.10 x 1.5 x 61 min = 30.65 (30.6525 half up to the cent).
        Money amount = MoneyRounding.amount(BigMoney.of(USD, new BigDecimal("20.10")), new BigDecimal("1.5"), 61 * 60, RoundingMode.HALF_UP);
        assertThat(amount).isEqualTo(Money.of(USD, new BigDecimal("30.65")));
    }
}
