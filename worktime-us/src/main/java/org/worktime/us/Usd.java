package org.worktime.us;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
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

    /** Two decimals, half up, with thousands separators. */
    public static String number(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
