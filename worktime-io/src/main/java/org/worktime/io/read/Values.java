package org.worktime.io.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.worktime.core.finding.Text;

/** Strict parsers for the scalar values of every input format. Each throws a {@link ValueException}. */
public final class Values {

    private Values() {
    }

    // ---- dates ---------------------------------------------------------------------------------------------

    /** {@code yyyy-MM-dd}, exactly. */
    public static LocalDate date(String text) throws ValueException {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-'
                || !digits(s, 0, 4) || !digits(s, 5, 7) || !digits(s, 8, 10)) {
            throw new ValueException(Text.of("io.read.value.date", "text", s));
        }
        int y = number(s, 0, 4);
        int m = number(s, 5, 7);
        int d = number(s, 8, 10);
        checkDate(s, Text.of("io.read.value.what.date"), y, m, d);
        return LocalDate.of(y, m, d);
    }

    /** Refuses a month or day that does not exist, naming it: {@code (no February 30)}. */
    public static void checkDate(String text, Text what, int y, int m, int d) throws ValueException {
        if (m < 1 || m > 12) {
            throw noSuchDate(text, what, Text.of("io.read.value.reason.no-month", "month", m));
        }
        Month month = Month.of(m);
        if (d < 1 || d > month.length(Year.isLeap(y))) {
            if (d == 0) {
                throw noSuchDate(text, what, Text.of("io.read.value.reason.no-day-zero"));
            }
            if (m == 2 && d == 29) {
                throw noSuchDate(text, what, Text.of("io.read.value.reason.no-february-29", "year", y));
            }
            throw noSuchDate(text, what, Text.of("io.read.value.reason.no-day", "month", m, "day", d));
        }
    }

    private static ValueException noSuchDate(String text, Text what, Text reason) {
        return new ValueException(Text.of("io.read.value.no-such-date", "text", text, "what", what, "reason", reason));
    }

    public static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The decimal number in {@code s[from, to)}, which must be digits only. */
    public static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    // ---- days of the week ------------------------------------------------------------------------------------

    /** {@code MONDAY} or {@code MON}, any case. */
    public static DayOfWeek dayOfWeek(String text) throws ValueException {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(s) || d.name().substring(0, 3).equals(s)) {
                return d;
            }
        }
        throw new ValueException(Text.of("io.read.value.day-of-week", "text", text.trim()));
    }

    /**
     * Working days: {@code MON-FRI}, {@code MON,TUE,THU}, or a mix ({@code MON-WED,FRI}); commas, semicolons or
     * spaces separate; a range may wrap round the week ({@code FRI-MON}).
     */
    public static Set<DayOfWeek> workdays(String text) throws ValueException {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : split(s, ",; ")) {
            int dash = part.indexOf('-');
            try {
                if (dash < 0) {
                    days.add(dayOfWeek(part));
                } else {
                    DayOfWeek from = dayOfWeek(part.substring(0, dash));
                    DayOfWeek to = dayOfWeek(part.substring(dash + 1));
                    for (DayOfWeek d = from; ; d = d.plus(1)) {
                        days.add(d);
                        if (d == to) {
                            break;
                        }
                    }
                }
            } catch (ValueException e) {
                throw new ValueException(Text.of("io.read.value.workdays", "text", s));
            }
        }
        if (days.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.workdays", "text", s));
        }
        return days;
    }

    /** Splits on any of the separator characters, dropping empty parts. */
    public static List<String> split(String s, String separators) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || separators.indexOf(s.charAt(i)) >= 0) {
                String part = s.substring(start, i).trim();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    // ---- durations -------------------------------------------------------------------------------------------

    /**
     * Daily hours as minutes: {@code 8h}, {@code 7h30min}, {@code 7h30m}, {@code 450min}, {@code 7:30}, or a bare
     * number of hours ({@code 8}, {@code 7.5}) that comes to whole minutes. Must be 1 min .. 24 h.
     */
    public static int dailyMinutes(String text) throws ValueException {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        Text bad = Text.of("io.read.value.daily-hours", "text", text.trim());
        long minutes;
        try {
            int colon = s.indexOf(':');
            int h = s.indexOf('h');
            if (colon >= 0) {
                String hh = s.substring(0, colon);
                String mm = s.substring(colon + 1);
                if (hh.isEmpty() || mm.length() != 2 || !digits(hh, 0, hh.length()) || !digits(mm, 0, 2)
                        || number(mm, 0, 2) > 59 || hh.length() > 2) {
                    throw new ValueException(bad);
                }
                minutes = number(hh, 0, hh.length()) * 60L + number(mm, 0, 2);
            } else if (h >= 0 || s.endsWith("min") || s.endsWith("m")) {
                minutes = 0;
                String rest = s;
                if (h >= 0) {
                    String hours = s.substring(0, h);
                    if (hours.isEmpty() || hours.length() > 2 || !digits(hours, 0, hours.length())) {
                        throw new ValueException(bad);
                    }
                    minutes = number(hours, 0, hours.length()) * 60L;
                    rest = s.substring(h + 1);
                }
                if (!rest.isEmpty()) {
                    String m = rest.endsWith("min") ? rest.substring(0, rest.length() - 3)
                            : rest.endsWith("m") ? rest.substring(0, rest.length() - 1) : null;
                    if (m == null || m.isEmpty() || m.length() > 4 || !digits(m, 0, m.length())) {
                        throw new ValueException(bad);
                    }
                    minutes += number(m, 0, m.length());
                }
            } else {
                BigDecimal hours = new BigDecimal(s);
                BigDecimal exact = hours.multiply(BigDecimal.valueOf(60));
                if (exact.stripTrailingZeros().scale() > 0) {
                    throw new ValueException(Text.of("io.read.value.hours-not-whole-minutes", "text", text.trim()));
                }
                minutes = exact.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValueException(bad);
        }
        if (minutes <= 0 || minutes > 24 * 60) {
            throw new ValueException(Text.of("io.read.value.daily-hours-range", "text", text.trim()));
        }
        return (int) minutes;
    }

    // ---- numbers, booleans, money ----------------------------------------------------------------------------

    /** A local time of day, {@code HH:mm} (e.g. {@code 06:00}); seconds are not allowed. */
    public static java.time.LocalTime timeOfDay(String text) throws ValueException {
        String s = text.trim();
        if (s.length() == 5 && s.charAt(2) == ':' && digits(s, 0, 2) && digits(s, 3, 5)) {
            int h = number(s, 0, 2);
            int m = number(s, 3, 5);
            if (h < 24 && m < 60) {
                return java.time.LocalTime.of(h, m);
            }
        }
        throw new ValueException(Text.of("io.read.value.time-of-day", "text", s));
    }

    public static int nonNegativeInt(String text) throws ValueException {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        if (s.length() > 9 || !digits(s, 0, s.length())) {
            throw new ValueException(Text.of("io.read.value.non-negative-int", "text", s));
        }
        return number(s, 0, s.length());
    }

    /**
     * The largest number any input may hold (an amount, a rate, a number of hours): 10^15, more than any wage, earning
     * or threshold in any currency. Numbers are read exactly (BigDecimal), so without this bound {@code 1E999999999}
     * would be "valid" and exhaust memory in the first multiplication. Documented in FORMATS.md.
     */
    public static final BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(15);
    /** The most decimal places a number may have (after trailing zeros): finer than any currency, rate or minute. */
    public static final int MAX_DECIMALS = 10;
    /** The longest text read as a number: a longer one is refused before it is parsed. */
    static final int MAX_NUMBER_TEXT = 64;

    /** A number {@code > 0}, at most {@link #MAX_NUMBER}, with at most {@link #MAX_DECIMALS} decimal places. */
    public static BigDecimal positiveDecimal(String text) throws ValueException {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        BigDecimal value = boundedDecimal(s);
        if (value.signum() <= 0) {
            throw new ValueException(Text.of("io.read.value.not-positive", "text", s));
        }
        return value;
    }

    /**
     * A decimal number within the bounds of every input: {@code |value| <= }{@link #MAX_NUMBER} and at most
     * {@link #MAX_DECIMALS} decimal places. The one place numbers are parsed, so that every reader refuses
     * {@code 1E999999999} with the same sentence.
     */
    public static BigDecimal boundedDecimal(String text) throws ValueException {
        String s = text.trim();
        if (s.length() > MAX_NUMBER_TEXT) {
            throw new ValueException(Text.of("io.read.value.number-too-long", "text", abbreviate(s), "max", MAX_NUMBER_TEXT));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new ValueException(Text.of("io.read.value.not-a-number", "text", s));
        }
        // Compare the exponent before the value: comparing 1E999999999 with 10^15 is cheap, but its precision is not.
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_NUMBER.precision()
                || value.abs().compareTo(MAX_NUMBER) > 0) {
            throw new ValueException(Text.of("io.read.value.too-large", "text", s, "max", MAX_NUMBER));
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new ValueException(Text.of("io.read.value.too-many-decimals", "text", s, "max", MAX_DECIMALS));
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    /** A text cut to a length fit for a message. */
    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** {@code true} or {@code false}, any case; nothing else (not yes/no, not 1/0). */
    public static boolean bool(String text) throws ValueException {
        String s = text.trim();
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ValueException(s.isEmpty() ? Text.of("io.read.value.missing") : Text.of("io.read.value.not-boolean", "text", s));
    }

    public static CurrencyUnit currency(String text) throws ValueException {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        try {
            return CurrencyUnit.of(s);
        } catch (IllegalCurrencyException e) {
            throw new ValueException(Text.of("io.read.value.currency", "text", s));
        }
    }

    /** A positive amount with no more decimals than the currency allows. */
    public static Money money(CurrencyUnit currency, String amountText) throws ValueException {
        BigDecimal amount = positiveDecimal(amountText);
        int allowed = currency.getDecimalPlaces();
        if (amount.stripTrailingZeros().scale() > Math.max(allowed, 0)) {
            throw new ValueException(Text.of("io.read.value.money-decimals", "text", amountText.trim(), "currency", currency.getCode(),
                    "allowed", allowed));
        }
        return Money.of(currency, amount, RoundingMode.UNNECESSARY);
    }

    // ---- suggestions -----------------------------------------------------------------------------------------

    /** Suggestions are looked for only for a word this short: a 10 MB field is a mistake of another kind. */
    static final int MAX_SUGGESTION_WORD = 64;
    /** ... and only among this many candidates (a list of keys, zones, columns, a team's ids), so that a hint stays cheap. */
    static final int MAX_SUGGESTION_CANDIDATES = 10_000;

    /**
     * The closest candidate within a small edit distance, for "did you mean" hints; null when none is close, when the
     * word is longer than {@value #MAX_SUGGESTION_WORD} characters, or when there are more than
     * {@value #MAX_SUGGESTION_CANDIDATES} candidates (the cost stays bounded whatever the input).
     */
    public static String closest(String word, Collection<String> candidates) {
        return closest(word, candidates, Math.max(1, Math.min(3, word.length() / 3)));
    }

    /** The closest candidate at most {@code allowed} edits away (case aside); null when none is, or when the search would not be cheap. */
    public static String closest(String word, Collection<String> candidates, int allowed) {
        if (word.length() > MAX_SUGGESTION_WORD || candidates.size() > MAX_SUGGESTION_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word.toLowerCase(Locale.ROOT);
        int bestShared = -1;
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) > allowed) {
                continue; // the distance is at least the difference in length
            }
            String lower = c.toLowerCase(Locale.ROOT);
            int d = distance(w, lower);
            // A tie goes to the candidate sharing the longer start: KR-LSA-69-1 means KR-LSA-69, not KR-LSA-51-1.
            int shared = d == bestDistance ? sharedStart(w, lower) : 0;
            if (d < bestDistance || d == bestDistance && shared > bestShared) {
                bestDistance = d;
                best = c;
                bestShared = sharedStart(w, lower);
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    private static int sharedStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
