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

    /** How often a salary is stated. */
    enum SalaryPeriod {
        WEEK, BIWEEK, SEMIMONTH, MONTH, YEAR;

        /** The amount for one week, exact: monthly x 12 / 52, semimonthly x 24 / 52 (29 CFR 778.113(b)). */
        BigDecimal weekly(BigDecimal amount) {
            return switch (this) {
                case WEEK -> amount;
                case BIWEEK -> amount.divide(BigDecimal.TWO, MathContext.DECIMAL128);
                case SEMIMONTH -> amount.multiply(BigDecimal.valueOf(24)).divide(BigDecimal.valueOf(52), MathContext.DECIMAL128);
                case MONTH -> amount.multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(52), MathContext.DECIMAL128);
                case YEAR -> amount.divide(BigDecimal.valueOf(52), MathContext.DECIMAL128);
            };
        }
    }

    /**
     * A salary stated per week, two weeks, half month, month or year, paying for a fixed number of hours a week
     * (a US salaried worker: 29 CFR 778.113; the hourly rate is the weekly equivalent over the hours it covers).
     *
     * @param weeklyHoursCovered the hours a week the salary is meant to pay for
     */
    record Salaried(Money amount, SalaryPeriod per, BigDecimal weeklyHoursCovered) implements Wage {
        public Salaried {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(per, "per");
            Objects.requireNonNull(weeklyHoursCovered, "weeklyHoursCovered");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("A salary must be positive: " + amount);
            }
            if (weeklyHoursCovered.signum() <= 0) {
                throw new IllegalArgumentException("The hours a salary covers must be positive: " + weeklyHoursCovered);
            }
        }

        /** The salary for one week, exact. */
        public BigMoney weekly() {
            return BigMoney.of(amount.getCurrencyUnit(), per.weekly(amount.getAmount()));
        }

        /** The salary for 52 weeks, exact (a yearly salary as stated). */
        public BigMoney annual() {
            return per == SalaryPeriod.YEAR ? amount.toBigMoney()
                    : BigMoney.of(amount.getCurrencyUnit(), per.weekly(amount.getAmount()).multiply(BigDecimal.valueOf(52)));
        }

        @Override
        public BigMoney hourly() {
            return BigMoney.of(amount.getCurrencyUnit(), per.weekly(amount.getAmount()).divide(weeklyHoursCovered, MathContext.DECIMAL128));
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
