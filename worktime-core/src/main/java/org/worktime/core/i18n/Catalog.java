package org.worktime.core.i18n;

import com.ibm.icu.text.MessageFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.time.Durations;

/**
 * The message catalogs: one resource bundle per module and language, {@code org/worktime/<module>/messages.properties}
 * (English, the root) with {@code messages_ko.properties} and {@code messages_ja.properties} beside it, as
 * ThreeTen-Extra keeps its words in {@code wordbased_<lang>.properties}. A message id's first segment names the
 * module ({@code kr.extended-cap.weekly} lives in {@code org/worktime/kr/messages*.properties}). Patterns are ICU
 * MessageFormat with named arguments, so plurals and numbers follow each language's rules.
 *
 * <p>Bundles and compiled patterns are read once and kept: they are resources of the program, not state.
 */
public final class Catalog {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Catalog() {
    }

    /** The resource bundle base name of a module's catalog, e.g. {@code org.worktime.kr.messages}. */
    public static String bundleName(String module) {
        return "org.worktime." + module + ".messages";
    }

    /** The module a message id belongs to: its first segment. */
    public static String module(String id) {
        int dot = id.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("message id '" + id + "' names no module (e.g. kr.rest.daily)");
        }
        return id.substring(0, dot);
    }

    /** A module's bundle in one language, without falling back to the machine's default locale. */
    public static ResourceBundle bundle(String module, Language language) {
        return ResourceBundle.getBundle(bundleName(module), language == Language.EN ? java.util.Locale.ROOT : language.locale(),
                Catalog.class.getClassLoader(), NO_FALLBACK);
    }

    /** Whether the catalogs hold a message id. */
    public static boolean contains(String id) {
        try {
            return bundle(module(id), Language.EN).containsKey(id);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The pattern of a message in a language, as written in the catalog. */
    public static String pattern(String id, Language language) {
        try {
            return bundle(module(id), language).getString(id);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + id + " in the " + language.code() + " catalog of "
                    + bundleName(module(id)).replace('.', '/') + ".properties", e);
        }
    }

    /** A catalog message rendered in a language, its arguments formatted by type. */
    public static String render(Text text, Language language) {
        MessageFormat format = FORMATS.computeIfAbsent(language.code() + '\u0000' + text.id(),
                key -> new MessageFormat(pattern(text.id(), language), language.locale()));
        Map<String, Object> values = new LinkedHashMap<>();
        text.args().forEach((name, value) -> values.put(name, argument(value, language)));
        synchronized (format) {
            return format.format(values, new StringBuffer(), null).toString();
        }
    }

    /** A message of the core catalog, for short words such as the list separator. */
    static String word(String id, Language language) {
        return pattern(id, language);
    }

    /** An argument as MessageFormat takes it: numbers stay numbers (plurals, the locale's digits), the rest text. */
    private static Object argument(Object value, Language language) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value;
        }
        return format(value, language);
    }

    /**
     * A value written for a reader: durations as hours and minutes ({@code 52:30}), dates as ISO dates, a
     * period as its first and last day, money with the currency's grouping and minor unit ({@code 10,320 KRW},
     * {@code 12.50 USD}), an exact hourly base rounded for reading, a citation in the language's convention,
     * a nested text in the same language, a list joined.
     */
    public static String format(Object value, Language language) {
        if (value == null) {
            return "";
        }
        if (value instanceof Text t) {
            return t.in(language);
        }
        if (value instanceof Duration d) {
            return Durations.hoursAndMinutes(d.getSeconds());
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateRange r) {
            if (r.isEmpty()) {
                return r.getStart().toString();
            }
            LocalDate last = r.isUnboundedEnd() ? null : r.getEndInclusive();
            if (r.getStart().equals(last)) {
                return last.toString();
            }
            return render(Text.of("core.period", "from", r.getStart(), "to", last == null ? "" : last.toString()), language);
        }
        if (value instanceof Money m) {
            return Numbers.money(m.getAmount(), m.getCurrencyUnit().getDecimalPlaces(), m.getCurrencyUnit().getCode());
        }
        if (value instanceof BigMoney m) {
            int places = m.getCurrencyUnit().getDecimalPlaces();
            BigDecimal shown = m.getAmount().setScale(places + 2, RoundingMode.HALF_UP);
            return Numbers.money(shown.scale() > places ? Numbers.stripTo(shown, places) : shown, places, m.getCurrencyUnit().getCode());
        }
        if (value instanceof Citation c) {
            return CitationStyle.format(c, language);
        }
        if (value instanceof Collection<?> items) {
            String separator = word("core.list.separator", language);
            StringBuilder s = new StringBuilder();
            for (Object item : items) {
                if (!s.isEmpty()) {
                    s.append(separator);
                }
                s.append(format(item, language));
            }
            return s.toString();
        }
        if (value instanceof BigDecimal b) {
            return Numbers.plain(b);
        }
        return value.toString();
    }
}
