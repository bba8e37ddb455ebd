package org.worktime.core.i18n;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;

/**
 * A message as data, for the JSON contract's {@code message: {id, args}}: a client renders it in its own language
 * from the same ids. Values are plain JSON: a duration as {@code {"minutes": 750}}, a date as an ISO string, a period
 * as {@code {"from", "to"}} (both inclusive), money as {@code {"amount": "10320", "currency": "KRW"}} (exact decimal
 * strings), a citation as {@code {"law", "article"}}, a nested message as a message, a list as an array, a
 * number as a decimal string, anything else as its text. A user's own words are {@code {"text": {"en", "ko", "ja"}}}.
 */
public final class MessageStructure {

    private MessageStructure() {
    }

    /** The message's id and arguments as nested maps, lists and strings, ready to be written as JSON. */
    public static Map<String, Object> of(Text text) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!text.isMessage()) {
            Map<String, Object> words = new LinkedHashMap<>();
            for (Language l : Language.values()) {
                words.put(l.code(), text.in(l));
            }
            m.put("text", words);
            return m;
        }
        m.put("id", text.id());
        Map<String, Object> args = new LinkedHashMap<>();
        text.args().forEach((name, value) -> args.put(name, value(value)));
        m.put("args", args);
        return m;
    }

    /** A map in the order its entries are given: the JSON is the same from run to run. */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static Object value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Text t) {
            return of(t);
        }
        if (value instanceof Duration d) {
            return ordered("minutes", Numbers.plain(BigDecimal.valueOf(d.getSeconds()).divide(BigDecimal.valueOf(60),
                    2, java.math.RoundingMode.HALF_UP)));
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateRange r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", r.getStart().toString());
            m.put("to", r.isUnboundedEnd() || r.isEmpty() ? null : r.getEndInclusive().toString());
            return m;
        }
        if (value instanceof Money money) {
            return ordered("amount", money.getAmount().toPlainString(), "currency", money.getCurrencyUnit().getCode());
        }
        if (value instanceof BigMoney money) {
            return ordered("amount", money.getAmount().toPlainString(), "currency", money.getCurrencyUnit().getCode());
        }
        if (value instanceof Citation c) {
            return ordered("law", c.law(), "article", c.article());
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>();
            for (Object item : items) {
                list.add(value(item));
            }
            return list;
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return value.toString();
    }
}
