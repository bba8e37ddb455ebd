package org.worktime.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** 29 CFR 778.113: the regular rate of a salaried worker is the weekly equivalent over the hours the salary covers. */
class WageSalariedTest {

    private static Wage.Salaried salary(String amount, Wage.SalaryPeriod per, int hours) {
        return new Wage.Salaried(Money.of(CurrencyUnit.USD, new BigDecimal(amount)), per, BigDecimal.valueOf(hours));
    }

    private static BigDecimal cents(org.joda.money.BigMoney m) {
        return m.getAmount().setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void aWeeklySalaryForThirtyFiveHours() {
        assertThat(cents(salary("182.70", Wage.SalaryPeriod.WEEK, 35).hourly())).isEqualByComparingTo("5.22");
        assertThat(cents(salary("220.80", Wage.SalaryPeriod.WEEK, 40).hourly())).isEqualByComparingTo("5.52");
    }

    @Test
    void monthlyAndSemimonthlySalariesGoThroughTheWeek() {
        assertThat(cents(salary("1560", Wage.SalaryPeriod.MONTH, 40).hourly())).isEqualByComparingTo("9.00");
        assertThat(cents(salary("780", Wage.SalaryPeriod.SEMIMONTH, 40).hourly())).isEqualByComparingTo("9.00");
        assertThat(cents(salary("720", Wage.SalaryPeriod.BIWEEK, 40).hourly())).isEqualByComparingTo("9.00");
        assertThat(salary("1560", Wage.SalaryPeriod.MONTH, 40).weekly().getAmount()).isEqualByComparingTo("360");
    }

    @Test
    void aYearlySalaryIsItsOwnAnnualAmount() {
        Wage.Salaried s = salary("107432", Wage.SalaryPeriod.YEAR, 40);
        assertThat(s.annual().getAmount()).isEqualByComparingTo("107432");
        assertThat(cents(s.weekly())).isEqualByComparingTo("2066.00");
        assertThat(salary("684", Wage.SalaryPeriod.WEEK, 40).annual().getAmount()).isEqualByComparingTo("35568");
    }

    @Test
    void refusesNonPositiveHours() {
        assertThatThrownBy(() -> salary("100", Wage.SalaryPeriod.WEEK, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hours");
    }
}
