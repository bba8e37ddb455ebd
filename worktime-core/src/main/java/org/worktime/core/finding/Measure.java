package org.worktime.core.finding;

import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.Money;
import org.worktime.core.time.Durations;

/**
 * A measured value or a limit: exact minutes, an amount of money, or a count with its unit.
 *
 * @param unit {@code min} for minutes, an ISO currency code for money, or a word such as {@code days}
 */
public record Measure(BigDecimal value, String unit) {

    public static final String MINUTES = "min";

    public Measure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Measure seconds(long seconds) {
        return new Measure(Durations.minutes(seconds), MINUTES);
    }

    public static Measure money(Money money) {
        return new Measure(money.getAmount(), money.getCurrencyUnit().getCode());
    }

    public static Measure count(long count, String unit) {
        return new Measure(BigDecimal.valueOf(count), unit);
    }

    public boolean isMinutes() {
        return MINUTES.equals(unit);
    }

    /** Human form: {@code 52:30 h} for minutes, {@code 10,320 KRW} for money. */
    public String display() {
        if (isMinutes()) {
            return Durations.hoursAndMinutes(value.multiply(BigDecimal.valueOf(60)).longValue()) + " h";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return format.format(value) + " " + unit;
    }
}
