package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.MoneyRounding;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.RuleInfo;

/**
 * Builds US pay lines. The regular rate is kept exact unless {@code us.pay.regular-rate-scale} names a number of
 * decimals to round it to first; each line is then rounded once, to the cent, with {@code us.pay.rounding}.
 */
final class UsPay {

    static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private UsPay() {
    }

    /** An hourly rate from an amount spread over seconds, exact. */
    static BigDecimal perHour(BigDecimal amount, long seconds) {
        return seconds == 0 ? BigDecimal.ZERO : amount.multiply(HOUR).divide(BigDecimal.valueOf(seconds), MathContext.DECIMAL128);
    }

    /** The rate as the rounding convention in force wants it on the line: exact, or rounded to the stated decimals. */
    static BigMoney rate(EmployeeContext context, CurrencyUnit currency, BigDecimal rate, LocalDate date) {
        Parameter scale = context.parameter("us.pay.regular-rate-scale", date);
        BigDecimal value = rate;
        if (!"exact".equalsIgnoreCase(scale.text().trim())) {
            value = rate.setScale(scale.integer(), mode(context, date));
        }
        return BigMoney.of(currency, value);
    }

    static RoundingMode mode(EmployeeContext context, LocalDate date) {
        return context.parameter("us.pay.rounding", date).roundingMode();
    }

    static PayLine line(EmployeeContext context, RuleInfo info, LocalDateRange period, String kind, long seconds, BigDecimal multiplier,
            BigMoney base, Text note) {
        Money amount = MoneyRounding.amount(base, multiplier, seconds, mode(context, period.getStart()));
        return new PayLine(context.employeeId(), period, kind, seconds, multiplier, base, amount, info.id(), info.citation(), note);
    }

    /** Seconds as a duration for a message (written h:mm). */
    static Duration duration(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    /** Two sentences of a note, the second after the first; either may be empty. */
    static Text join(Text a, Text b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        return Text.of("us.join", "first", a, "then", b);
    }
}
