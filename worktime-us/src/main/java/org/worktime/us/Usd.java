package org.worktime.us;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoneyProvider;

/** Money in words for evidence and notes: {@code USD 1,234.56}. */
public final class Usd {

    private Usd() {
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
