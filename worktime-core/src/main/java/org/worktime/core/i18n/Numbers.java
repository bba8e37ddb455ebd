package org.worktime.core.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written for reading: grouped thousands, a fixed minor unit for money. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 10320 KRW}, 0 places -> {@code 10,320 KRW}; {@code 12.5 USD}, 2 places -> {@code 12.50 USD}. */
    static String money(BigDecimal amount, int minorPlaces, String currency) {
        int places = Math.max(minorPlaces, amount.scale());
        DecimalFormat format = new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount) + " " + currency;
    }

    /** Strips trailing zeros, never below the currency's minor unit. */
    static BigDecimal stripTo(BigDecimal value, int minorPlaces) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < minorPlaces ? value.setScale(minorPlaces) : stripped;
    }

    /** A decimal without exponent, trailing zeros stripped. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
