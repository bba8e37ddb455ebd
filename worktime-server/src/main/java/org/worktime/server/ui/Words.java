package org.worktime.server.ui;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;

/**
 * Everything a page says, in its language: the catalog's messages ({@code server.ui.*} and the engine's texts, by
 * {@link Text#in}), and values in the locale's formats (dates, times, money). Templates call it as {@code w}.
 */
public final class Words {

    private final Language language;
    private final Locale locale;

    public Words(Language language) {
        this.language = language;
        // The language's usual country, for the formats: dates, times, currency symbols.
        this.locale = switch (language) {
            case KO -> Locale.KOREA;
            case JA -> Locale.JAPAN;
            case EN -> Locale.US;
        };
    }

    public Language language() {
        return language;
    }

    public String code() {
        return language.code();
    }

    /** A message of the catalog, e.g. {@code server.ui.home.title}. */
    public String msg(String id) {
        return Text.of(id).in(language);
    }

    public String msg(String id, String name, Object value) {
        return Text.of(id, name, value).in(language);
    }

    public String msg(String id, String name1, Object value1, String name2, Object value2) {
        return Text.of(id, name1, value1, name2, value2).in(language);
    }

    /** A text of the engine (a finding's message, a reason), rendered in the page's language. */
    public String msg(String id, String name1, Object value1, String name2, Object value2, String name3, Object value3) {
        return Text.of(id, name1, value1, name2, value2, name3, value3).in(language);
    }

    public String text(Text text) {
        return text == null ? "" : text.in(language);
    }

    /** Seconds as hours and minutes, {@code 52:30}, as every report writes durations. */
    public String hours(Long seconds) {
        if (seconds == null) {
            return "";
        }
        String sign = seconds < 0 ? "-" : "";
        return sign + Catalog.format(Duration.ofSeconds(Math.abs(seconds)), language);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A date with its day of the week, short: {@code Mon 3/9}, {@code 3/9(월)}, {@code 3/9(月)}. */
    public String day(LocalDate date) {
        String dow = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        String md = date.getMonthValue() + "/" + date.getDayOfMonth();
        return language == Language.EN ? dow + " " + md : md + "(" + dow + ")";
    }

    /** A date as month and day only: {@code 3/9}, for the month chart's axis. */
    public String shortDay(LocalDate date) {
        return date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** The dates of a half-open range as its first and last day. */
    public String period(LocalDateRange range) {
        if (range == null) {
            return "";
        }
        if (range.isUnboundedEnd()) {
            return msg("server.ui.period.open", "from", date(range.getStart()));
        }
        LocalDate last = range.getEndInclusive();
        if (last.equals(range.getStart()) || range.isEmpty()) {
            return date(range.getStart());
        }
        return msg("server.ui.period", "from", date(range.getStart()), "to", date(last));
    }

    /** A wall-clock time of the workplace, short: {@code 9:00 PM}, {@code 오후 9:00}, {@code 21:00}. */
    public String time(LocalDateTime time) {
        if (time == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** The workplace's zone as its people name it, with its id: {@code Korean Standard Time (Asia/Seoul)}. */
    public String zone(String zone) {
        ZoneId id = ZoneId.of(zone);
        return msg("server.ui.zone", "name", id.getDisplayName(TextStyle.FULL, locale), "id", id.getId());
    }

    /** An amount in the locale's currency format: {@code ₩10,320}, {@code $12.50}. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        return currency(money.getCurrencyUnit().getCode(), money.getCurrencyUnit().getDecimalPlaces()).format(money.getAmount());
    }

    /** An exact hourly base, rounded for reading to two places beyond the currency's unit. */
    public String money(BigMoney money) {
        if (money == null) {
            return "";
        }
        int places = money.getCurrencyUnit().getDecimalPlaces();
        NumberFormat f = currency(money.getCurrencyUnit().getCode(), places);
        f.setMaximumFractionDigits(places + 2);
        return f.format(money.getAmount());
    }

    private NumberFormat currency(String code, int places) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(code));
        f.setMinimumFractionDigits(places);
        f.setMaximumFractionDigits(places);
        return f;
    }

    public String number(Number n) {
        return n == null ? "" : NumberFormat.getNumberInstance(locale).format(n);
    }

    /** A citation in the language's legal convention (Catalog's). */
    public String cite(Citation citation) {
        return citation == null ? "" : Catalog.format(citation, language);
    }
}
