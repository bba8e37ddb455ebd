package org.worktime.core.param;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.time.DailyWindow;

/**
 * One dated legal number: a row of a pack's parameter file, with its effective range and citation. Immutable.
 *
 * <p>Values are text in the file and typed on access: durations ({@code 40h}, {@code 30min}, {@code 8h30min}),
 * decimals, money ({@code 10320 KRW}), dates, daily windows ({@code 22:00-06:00}), rounding modes, text.
 */
public final class Parameter {

    private static final long NOT_A_DURATION = Long.MIN_VALUE;

    private final String key;
    private final Scope scope;
    private final String value;
    private final LocalDateRange effective;
    private final Citation citation;
    /** The value as seconds, parsed once: rules ask for durations on every shift and day. */
    private final long seconds;
    /** The value as money, parsed on first use (rules ask for thresholds every week); immutable, so a race is benign. */
    private Money money;
    /** The value as a decimal, parsed on first use (pay rules ask for a multiplier on every day with overtime); same. */
    private BigDecimal decimal;
    /** The value as a rounding mode, read on first use (every pay line asks for it); same. */
    private RoundingMode roundingMode;

    public Parameter(String key, Scope scope, String value, LocalDateRange effective, Citation citation) {
        this.key = Objects.requireNonNull(key, "key");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.value = Objects.requireNonNull(value, "value");
        this.effective = Objects.requireNonNull(effective, "effective");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.seconds = parseSecondsOrMarker(value);
    }

    private static long parseSecondsOrMarker(String text) {
        try {
            return parseSeconds(text);
        } catch (RuntimeException e) {
            return NOT_A_DURATION;
        }
    }

    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    /** The value as written in the file. */
    public String value() {
        return value;
    }

    public LocalDateRange effective() {
        return effective;
    }

    public Citation citation() {
        return citation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter p && key.equals(p.key) && scope.equals(p.scope) && value.equals(p.value)
                && effective.equals(p.effective) && citation.equals(p.citation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, scope, value, effective, citation);
    }

    @Override
    public String toString() {
        return key + " | " + scope + " | " + value + " | " + effective + " | " + citation;
    }

    public boolean isInForceOn(LocalDate date) {
        return effective.contains(date);
    }

    /** The value as a duration in seconds. */
    public long seconds() {
        if (seconds == NOT_A_DURATION) {
            return parseSeconds(value); // throws, naming the text
        }
        return seconds;
    }

    public BigDecimal decimal() {
        BigDecimal parsed = decimal;
        if (parsed == null) {
            parsed = new BigDecimal(value.trim());
            decimal = parsed;
        }
        return parsed;
    }

    public int integer() {
        return Integer.parseInt(value.trim());
    }

    public boolean bool() {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("Parameter " + key + " is not true/false: " + value);
        }
        return v.equals("true");
    }

    public Money money() {
        Money parsed = money;
        if (parsed == null) {
            String text = value.trim();
            int space = text.indexOf(' ');
            String amount = space < 0 ? text : text.substring(0, space);
            String currency = space < 0 ? "" : text.substring(space + 1).trim();
            if (space < 0 || currency.isEmpty() || currency.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("Parameter " + key + " is not an amount with a currency: " + value);
            }
            parsed = Money.of(CurrencyUnit.of(currency), new BigDecimal(amount), RoundingMode.UNNECESSARY);
            money = parsed;
        }
        return parsed;
    }

    public LocalDate date() {
        return LocalDate.parse(value.trim());
    }

    public DailyWindow window() {
        return DailyWindow.parse(value);
    }

    public RoundingMode roundingMode() {
        RoundingMode parsed = roundingMode;
        if (parsed == null) {
            parsed = RoundingMode.valueOf(value.trim());
            roundingMode = parsed;
        }
        return parsed;
    }

    public String text() {
        return value;
    }

    /** Parses {@code 40h}, {@code 30min}, {@code 8h30min}, {@code 90s}. */
    public static long parseSeconds(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        long total = 0;
        int i = 0;
        boolean any = false;
        while (i < s.length()) {
            int startDigits = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (startDigits == i) {
                throw new IllegalArgumentException("Not a duration: '" + text + "'");
            }
            BigDecimal number = new BigDecimal(s.substring(startDigits, i));
            int startUnit = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(startUnit, i);
            long factor = switch (unit) {
                case "h" -> 3600;
                case "min", "m" -> 60;
                case "s" -> 1;
                case "d" -> 86_400;
                default -> throw new IllegalArgumentException("Unknown duration unit '" + unit + "' in '" + text + "'");
            };
            total += number.multiply(BigDecimal.valueOf(factor)).longValueExact();
            any = true;
        }
        if (!any) {
            throw new IllegalArgumentException("Empty duration");
        }
        return total;
    }
}
