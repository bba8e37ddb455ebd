package org.worktime.core.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The ordinary wage (통상임금) an employee's premiums are computed from: hourly, or monthly with the
 * monthly standard hours it pays for (e.g. 209 h for a 40-hour week with a paid weekly holiday).
 */
public sealed interface Wage {

    /** The hourly ordinary wage, exact (not rounded: rounding happens once, on each pay line). */
    BigMoney hourly();

    CurrencyUnit currency();

    /** Whether the wage is paid by the hour, so that hours worked and paid holidays are paid on top. */
    boolean isHourly();

    record Hourly(Money rate) implements Wage {
        public Hourly {
            Objects.requireNonNull(rate, "rate");
            if (!rate.isPositive()) {
                throw new IllegalArgumentException("An hourly wage must be positive: " + rate);
            }
        }

        @Override
        public BigMoney hourly() {
            return rate.toBigMoney();
        }

        @Override
        public CurrencyUnit currency() {
            return rate.getCurrencyUnit();
        }

        @Override
        public boolean isHourly() {
            return true;
        }
    }

    /**
     * A monthly ordinary wage.
     *
     * @param standardMonthlyHours the hours the monthly wage pays for (통상임금 산정 기준시간), e.g. 209
     */
    record Monthly(Money amount, BigDecimal standardMonthlyHours) implements Wage {
        public Monthly {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(standardMonthlyHours, "standardMonthlyHours");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("A monthly wage must be positive: " + amount);
            }
            if (standardMonthlyHours.signum() <= 0) {
                throw new IllegalArgumentException("Monthly standard hours must be positive: " + standardMonthlyHours);
            }
        }

        @Override
        public BigMoney hourly() {
            // Kept to 34 significant digits; the one rounding to the currency's unit happens on each pay line.
            return BigMoney.of(amount.getCurrencyUnit(), amount.getAmount().divide(standardMonthlyHours, MathContext.DECIMAL128));
        }

        @Override
        public CurrencyUnit currency() {
            return amount.getCurrencyUnit();
        }

        @Override
        public boolean isHourly() {
            return false;
        }
    }
}
