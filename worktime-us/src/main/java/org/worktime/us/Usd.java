package org.worktime.us;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.BigMoneyProvider;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Money for the pack's words. A message takes the amount as a typed value ({@link #money}, {@link #rate}), which the
 * catalog writes per language ({@code 1,234.56 USD}), the evidence of the exemption tests included; {@link #text} and
 * {@link #number} remain for plain strings.
 */
public final class Usd {

    private Usd() {
    }

    /** An amount in USD to the cent (half up), for a message. */
    public static Money money(BigDecimal amount) {
        return Money.of(CurrencyUnit.USD, amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** An amount to its currency's minor unit (half up), for a message. */
    public static Money money(BigMoneyProvider amount) {
        return amount.toBigMoney().toMoney(RoundingMode.HALF_UP);
    }

    /** An hourly rate in USD, exact: the catalog rounds it for reading (to four decimals at most). */
    public static BigMoney rate(BigDecimal rate) {
        return BigMoney.of(CurrencyUnit.USD, rate);
    }

    public static String text(BigMoneyProvider money) {
        var m = money.toBigMoney();
        return m.getCurrencyUnit().getCode() + " " + number(m.getAmount());
    }

    public static String text(BigDecimal amount) {
        return "USD " + number(amount);
    }

    /**
     * Two decimals, half up, with thousands separators. Written out by hand: a {@code DecimalFormat} is costly to
     * build and not thread-safe to share, and notes are written for every pay line.
     */
    public static String number(BigDecimal amount) {
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_UP);
        String plain = scaled.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder b = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        if (scaled.signum() < 0) {
            b.append('-');
        }
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                b.append(',');
            }
            b.append(plain.charAt(i));
        }
        return b.append(plain, dot, plain.length()).toString();
    }
}
