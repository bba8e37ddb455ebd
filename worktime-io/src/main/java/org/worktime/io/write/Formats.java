package org.worktime.io.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.time.Durations;

/** Presentation helpers shared by the writers: money, dates, durations, and terminal text layout. */
final class Formats {

    private Formats() {
    }

    /** {@code 45,000 KRW}, {@code 1,234.50 USD}: the currency's grouping and minor unit, as every catalog message writes money. */
    static String money(Money money, Language language) {
        return Catalog.format(money, language);
    }

    /** An exact hourly base for reading: the minor unit, up to two places more when it is not whole ({@code 14,354.07 KRW}). */
    static String hourly(BigMoney money, Language language) {
        return Catalog.format(money, language);
    }

    /** A money amount for a CSV cell: grouped, in the currency's minor unit, without the code (the currency has its column). */
    /**
     * The exact amount as a plain decimal string from the money's minor units ({@code 45000}, {@code 1234.50},
     * {@code -0.05}): what {@code getAmount().toPlainString()} gives for money at its currency's scale, without making
     * a BigDecimal's string. Falls back to it for amounts beyond a long's minor units.
     */
    static String exactAmount(Money money) {
        int places = money.getCurrencyUnit().getDecimalPlaces();
        if (places == 0 && money.getAmount().scale() == 0) {
            try {
                return Long.toString(money.getAmountMinorLong());
            } catch (ArithmeticException e) {
                return money.getAmount().toPlainString();
            }
        }
        if (places < 0 || money.getAmount().scale() != places) {
            return money.getAmount().toPlainString();
        }
        long minor;
        try {
            minor = money.getAmountMinorLong();
        } catch (ArithmeticException e) {
            return money.getAmount().toPlainString();
        }
        boolean negative = minor < 0;
        String digits = Long.toString(Math.abs(minor));
        if (minor == Long.MIN_VALUE) {
            return money.getAmount().toPlainString();
        }
        StringBuilder b = new StringBuilder(digits.length() + places + 2);
        if (negative) {
            b.append('-');
        }
        if (digits.length() <= places) {
            b.append("0.");
            for (int i = digits.length(); i < places; i++) {
                b.append('0');
            }
            b.append(digits);
        } else {
            b.append(digits, 0, digits.length() - places).append('.').append(digits, digits.length() - places, digits.length());
        }
        return b.toString();
    }

    static String amountCell(Money money) {
        int places = Math.max(0, money.getCurrencyUnit().getDecimalPlaces());
        return decimal(money.getAmount(), places, Math.max(places, money.getAmount().scale()));
    }

    /** An hourly base for a CSV cell, rounded as for reading: {@code 15311.0047846...} -> {@code 15,311}. */
    static String hourlyCell(BigMoney money) {
        int places = Math.max(0, money.getCurrencyUnit().getDecimalPlaces());
        return decimal(readable(money), places, places + 2);
    }

    /** An exact hourly base rounded for reading: to two places beyond the minor unit, trailing zeros dropped down to it. */
    static BigDecimal readable(BigMoney money) {
        int places = Math.max(0, money.getCurrencyUnit().getDecimalPlaces());
        BigDecimal shown = money.getAmount().setScale(places + 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return shown.scale() < places ? shown.setScale(places) : shown;
    }

    /** A multiplier for reading: at most four places, no trailing zeros ({@code 1.5}, {@code 0.3333}). */
    static String rate(BigDecimal multiplier) {
        return plain(multiplier.setScale(Math.min(4, Math.max(0, multiplier.scale())), RoundingMode.HALF_UP));
    }

    private static String decimal(BigDecimal value, int minFraction, int maxFraction) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(minFraction);
        format.setMaximumFractionDigits(maxFraction);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The exact plain form of a decimal without trailing zeros: {@code 1.50} -> {@code 1.5}, {@code 2E+1} -> {@code 20}. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    /** Exact minutes of a duration in seconds: whole, or to two places when the seconds do not divide evenly. */
    static BigDecimal minutes(long seconds) {
        return Durations.minutes(seconds);
    }

    /** {@code 9000} seconds -> {@code 2:30}. */
    static String hours(long seconds) {
        return Durations.hoursAndMinutes(seconds);
    }

    /** The date of a one-day range, or null for longer or empty ranges. */
    static LocalDate singleDate(LocalDateRange range) {
        if (!range.isUnboundedStart() && !range.isUnboundedEnd() && range.lengthInDays() == 1) {
            return range.getStart();
        }
        return null;
    }

    /** A range as people read it: one date, or the first and last dates (inclusive) joined by {@code to}. */
    static String period(LocalDateRange range, String to) {
        if (range.isEmpty() || singleDate(range) != null) {
            return range.getStart().toString();
        }
        String end = range.isUnboundedEnd() ? "" : range.getEndInclusive().toString();
        return range.getStart() + " " + to + " " + end;
    }

    /** A range in a language: one date, or the first and last dates (inclusive), as {@code io.report.period-range} joins them. */
    static String period(LocalDateRange range, Language language) {
        return Catalog.format(periodArgument(range), language);
    }

    /** A range as a message argument: the date of a one-day (or empty) range, else the inclusive range as a message. */
    static Object periodArgument(LocalDateRange range) {
        if (range.isEmpty() || singleDate(range) != null) {
            return range.getStart();
        }
        return Text.of("io.report.period-range", "from", range.getStart(), "to",
                range.isUnboundedEnd() ? "" : range.getEndInclusive().toString());
    }

    /** The exclusive end of a range as an ISO date, or null when unbounded. */
    static String endExclusive(LocalDateRange range) {
        return range.isUnboundedEnd() ? null : range.getEnd().toString();
    }

    /** An instant as an ISO date-time with the zone's offset ({@code 2025-03-10T09:00:00+09:00}), or null. */
    static String instant(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** Columns a string takes in a terminal: two for East Asian wide characters (Hangul, CJK), none for combining marks. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            w += isWide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Pads on the right to a display width. */
    static String pad(String s, int width) {
        int missing = width - width(s);
        return missing <= 0 ? s : s + " ".repeat(missing);
    }

    /** Pads on the left to a display width. */
    static String padLeft(String s, int width) {
        int missing = width - width(s);
        return missing <= 0 ? s : " ".repeat(missing) + s;
    }

    private static final char GLUE = '\u00A0';

    /** Text that {@link #wrap} keeps on one line (a citation such as {@code Labor Standards Act Art. 110}). */
    static String together(String text) {
        return text.replace(' ', GLUE);
    }

    /**
     * Breaks text into lines of at most {@code width} columns at spaces; the first line starts with {@code first},
     * the others with {@code indent} spaces. A word longer than a line (a link) stands alone, unbroken.
     */
    static List<String> wrap(String first, String text, int indent, int width) {
        List<String> lines = new ArrayList<>();
        String continuation = " ".repeat(indent);
        String[] paragraphs = text.split("\n", -1);
        StringBuilder line = new StringBuilder(first);
        int lineWidth = width(first);
        boolean hasWord = false;
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(continuation);
                lineWidth = indent;
                hasWord = false;
            }
            for (String word : paragraphs[p].strip().split("[ \t]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                int w = width(word);
                if (hasWord && lineWidth + 1 + w > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(continuation);
                    lineWidth = indent;
                    hasWord = false;
                }
                if (hasWord) {
                    line.append(' ');
                    lineWidth++;
                }
                line.append(word);
                lineWidth += w;
                hasWord = true;
            }
        }
        lines.add(line.toString().stripTrailing());
        lines.replaceAll(l -> l.replace(GLUE, ' '));
        return lines;
    }
}
