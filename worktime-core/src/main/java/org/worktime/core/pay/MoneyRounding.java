package org.worktime.core.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * The one rounding of a pay line: {@code hourlyBase x multiplier x seconds / 3600}, computed exactly and
 * rounded to the currency's minor unit with the named mode (itself a cited parameter of the pack).
 */
public final class MoneyRounding {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private MoneyRounding() {
    }

    public static Money amount(BigMoney hourlyBase, BigDecimal multiplier, long seconds, RoundingMode mode) {
        BigDecimal exact = hourlyBase.getAmount().multiply(multiplier).multiply(BigDecimal.valueOf(seconds));
        // Divide by 3600 at the currency's scale in one step: a single rounding, with the named mode.
        int scale = hourlyBase.getCurrencyUnit().getDecimalPlaces();
        BigDecimal rounded = exact.divide(SECONDS_PER_HOUR, scale, mode);
        return Money.of(hourlyBase.getCurrencyUnit(), rounded);
    }
}
