package org.worktime.core.exempt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * A stated exchange rate: one unit of {@code from} is worth {@code rate} units of {@code to}, as published on
 * {@code on} by {@code source}. Salaries are never converted with a hidden rate.
 */
public record ExchangeRate(CurrencyUnit from, CurrencyUnit to, BigDecimal rate, LocalDate on, String source) {

    public ExchangeRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(on, "on");
        source = source == null ? "" : source;
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("An exchange rate must be positive: " + rate);
        }
    }

    @Override
    public String toString() {
        return "1 " + from + " = " + rate.toPlainString() + " " + to + " (" + on + (source.isEmpty() ? "" : ", " + source) + ")";
    }
}
