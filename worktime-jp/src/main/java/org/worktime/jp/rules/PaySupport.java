package org.worktime.jp.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.MoneyRounding;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.RuleInfo;

/**
 * The hourly base of the Art. 37 premiums (割増賃金の算定基礎) and the pay lines built on it.
 *
 * <p>The base is the wage for scheduled hours divided by the scheduled hours (Enforcement Ordinance Art. 19): a monthly
 * wage over the average monthly scheduled hours, (365 - annual holidays) x daily scheduled hours / 12, when the employee
 * or the workplace states its annual holidays ({@value #ANNUAL_HOLIDAYS}), else over the wage's own monthly hours; an
 * hourly wage as it is. Allowances (earnings covering the date) are added per hour the same way, by the unit their
 * {@code per} attribute names ({@code month}, the default; {@code day}: over the daily scheduled hours; {@code hour}), except
 * the kinds Art. 37(5) and Ordinance Art. 21 leave out (row {@code jp.lsa37.excluded-kinds}; an earning marked
 * {@code uniform=true}, paid at one flat amount to everyone, stays in). The base is rounded to the yen by the row
 * {@code jp.pay.hourly-base-rounding} (MHLW 1988 circular); each pay line is then rounded once by {@code jp.pay.rounding}.
 */
final class PaySupport {

    /** Employee or workplace attribute: the annual holidays (年間休日) of the scheduled calendar, e.g. {@code 122}. */
    static final String ANNUAL_HOLIDAYS = "jp.annual-holidays";
    /** Employee or workplace attribute: the daily scheduled hours (所定労働時間), e.g. {@code 8h}; else the contract's. */
    static final String DAILY_HOURS = "jp.daily-scheduled-hours";

    /** The article whose premiums go unpaid, cited in each pay line's note. */
    private static final Citation ART_37 = new Citation("Labor Standards Act (Japan)", "Art. 37", "", "");

    private PaySupport() {
    }

    static boolean hasWage(EmployeeContext context) {
        return context.employee().wage() != null;
    }

    static PayLine line(EmployeeContext context, RuleInfo info, LocalDateRange period, String kind, long seconds, Parameter multiplier) {
        LocalDate date = period.getStart();
        Object inputs = baseInputs(context, date);
        BigMoney base = JpFacts.of(context).kept(inputs != null ? inputs : new BaseKey(date), () -> hourlyBase(context, date));
        RoundingMode mode = context.parameter("jp.pay.rounding", date).roundingMode();
        Money amount = MoneyRounding.amount(base, multiplier.decimal(), seconds, mode);
        Penalty exposure = Penalties.art119(context, date);
        Text note = Text.of("jp.pay.note.unpaid", "article", ART_37, "penalty", exposure.citation(), "sanction", exposure.summary());
        return new PayLine(context.employeeId(), period, kind, seconds, multiplier.decimal(), base, amount, info.id(),
                RuleSupport.citation(info, multiplier), note);
    }

    /** The line with a sentence added before its note. */
    static PayLine withNote(PayLine line, Text before) {
        return new PayLine(line.employeeId(), line.period(), line.kind(), line.seconds(), line.multiplier(), line.hourlyBase(), line.amount(),
                line.ruleId(), line.citation(), Text.of("jp.pay.note.with", "before", before, "note", line.note()));
    }

    private record BaseKey(LocalDate date) {
    }

    /**
     * All the hourly base of a date depends on besides the employee: the rows in force and the earnings covering the
     * date. Dates with the same inputs share one base, so a two-year record computes it once or twice rather than once
     * per pay line. Null when a row the base needs is missing (the base of that date is then computed, and says so).
     */
    private static Object baseInputs(EmployeeContext context, LocalDate date) {
        Optional<Parameter> excluded = context.findParameter("jp.lsa37.excluded-kinds", date);
        Optional<Parameter> rounding = context.findParameter("jp.pay.hourly-base-rounding", date);
        Optional<Parameter> yearDays = attribute(context, ANNUAL_HOLIDAYS) == null ? Optional.empty()
                : context.findParameter("jp.pay.year-days", date);
        if (excluded.isEmpty() || rounding.isEmpty() || attribute(context, ANNUAL_HOLIDAYS) != null && yearDays.isEmpty()) {
            return null;
        }
        java.util.List<Earning> covering = java.util.List.of();
        for (Earning earning : context.earnings()) {
            if (earning.earnedOver().contains(date)) {
                covering = covering.isEmpty() ? new java.util.ArrayList<>() : covering;
                covering.add(earning);
            }
        }
        return new BaseInputs(yearDays.orElse(null), excluded.get(), rounding.get(), covering);
    }

    private record BaseInputs(Parameter yearDays, Parameter excluded, Parameter rounding, java.util.List<Earning> earnings) {
    }

    /** The hourly base in force on the date, rounded by the {@code jp.pay.hourly-base-rounding} row. */
    static BigMoney hourlyBase(EmployeeContext context, LocalDate date) {
        return hourlyBase(context, date, "jp.lsa37.excluded-kinds", true);
    }

    /**
     * The wage per scheduled hour on the date, leaving out the earning kinds of the row {@code excludedKey}: Art. 37's
     * base (rounded) or the Minimum Wage Act's comparison (Art. 4(3), exact).
     */
    static BigMoney hourlyBase(EmployeeContext context, LocalDate date, String excludedKey, boolean rounded) {
        Wage wage = context.employee().wage();
        CurrencyUnit currency = wage.currency();
        Optional<BigDecimal> monthlyHours = monthlyScheduledHours(context, date);
        BigDecimal base = switch (wage) {
            case Wage.Monthly m -> m.amount().getAmount().divide(monthlyHours.orElse(m.standardMonthlyHours()), MathContext.DECIMAL128);
            default -> wage.hourly().getAmount();
        };
        Set<String> excluded = Set.of(context.parameter(excludedKey, date).text().replace(" ", "").split(","));
        BigDecimal daily = dailyHours(context);
        for (Earning earning : context.earnings()) {
            if (!earning.earnedOver().contains(date) || !earning.amount().getCurrencyUnit().equals(currency) || isExcluded(earning, excluded)) {
                continue;
            }
            BigDecimal amount = earning.amount().getAmount();
            String per = earning.attributes().getOrDefault("per", "month");
            BigDecimal hours = switch (per) {
                case "hour" -> BigDecimal.ONE;
                case "day" -> daily;
                default -> monthlyHours.orElse(wage instanceof Wage.Monthly m ? m.standardMonthlyHours() : null);
            };
            if (hours != null) {
                base = base.add(amount.divide(hours, MathContext.DECIMAL128));
            }
        }
        String rounding = context.parameter("jp.pay.hourly-base-rounding", date).text().trim();
        if (rounded && !rounding.equals("NONE")) {
            base = base.setScale(currency.getDecimalPlaces(), RoundingMode.valueOf(rounding));
        }
        return BigMoney.of(currency, base);
    }

    static boolean isExcluded(Earning earning, Set<String> excluded) {
        if ("true".equalsIgnoreCase(earning.attributes().getOrDefault("uniform", "false"))) {
            return false;
        }
        for (String kind : excluded) {
            if (earning.isKind(kind)) {
                return true;
            }
        }
        return false;
    }

    /** (days in the year - annual holidays) x daily scheduled hours / 12, when the annual holidays are stated. */
    static Optional<BigDecimal> monthlyScheduledHours(EmployeeContext context, LocalDate date) {
        String holidays = attribute(context, ANNUAL_HOLIDAYS);
        if (holidays == null) {
            return Optional.empty();
        }
        int yearDays = context.parameter("jp.pay.year-days", date).integer();
        int annual;
        try {
            annual = Integer.parseInt(holidays.trim());
        } catch (NumberFormatException e) {
            throw new org.worktime.core.domain.InvalidDataException(Text.of("jp.pay.annual-holidays-unreadable",
                    "attribute", ANNUAL_HOLIDAYS, "value", holidays));
        }
        BigDecimal days = BigDecimal.valueOf(yearDays - annual);
        return Optional.of(days.multiply(dailyHours(context)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
    }

    /** The daily scheduled hours, read once per employee (an attribute, or the contract). */
    static BigDecimal dailyHours(EmployeeContext context) {
        return JpFacts.of(context).kept(DAILY_HOURS_KEY, () -> readDailyHours(context));
    }

    private static final Object DAILY_HOURS_KEY = new Object();

    private static BigDecimal readDailyHours(EmployeeContext context) {
        String stated = attribute(context, DAILY_HOURS);
        long seconds = stated != null ? hours(stated) : context.employee().contractualHours().minutesPerDay() * 60L;
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), MathContext.DECIMAL128);
    }

    /** {@code 8h}, {@code 7h30min}, or a bare number of hours ({@code 8}, {@code 7.5}). */
    private static long hours(String text) {
        String t = text.trim();
        try {
            if (t.matches("[0-9]+(\\.[0-9]+)?")) {
                return new BigDecimal(t).multiply(BigDecimal.valueOf(3600)).longValueExact();
            }
            return Parameter.parseSeconds(t);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new org.worktime.core.domain.InvalidDataException(Text.of("jp.pay.daily-hours-unreadable",
                    "attribute", DAILY_HOURS, "value", text));
        }
    }

    private static String attribute(EmployeeContext context, String key) {
        String own = context.employee().attributes().get(key);
        return own != null ? own : context.workplace().attributes().get(key);
    }

    /**
     * Seconds of one kind summed over a month (the Art. 36 agreement's month, the calendar month without one): the
     * premium of the month is one line, rounded once (the 1988 circular rounds the month's total of each premium).
     */
    static final class MonthTotal {
        private long seconds;
        private LocalDate first;
        private LocalDate last;

        void add(LocalDate date, long amount) {
            if (amount <= 0) {
                return;
            }
            seconds += amount;
            first = first == null ? date : first;
            last = date;
        }

        long seconds() {
            return seconds;
        }

        /** From the first to the last day with time; null when there is none. */
        LocalDateRange range() {
            return first == null ? null : LocalDateRange.ofClosed(first, last);
        }

        /** Emits the month's line when it has any time; its period runs from the first to the last day with time. */
        void emit(EmployeeContext context, RuleInfo info, String kind, String multiplierKey, java.util.function.Consumer<PayLine> lines) {
            if (seconds > 0) {
                lines.accept(line(context, info, LocalDateRange.ofClosed(first, last), kind, seconds, context.parameter(multiplierKey, first)));
            }
        }
    }

    /** The months (Art. 36 grid) touching the evaluated weeks, each given to {@code body}. */
    static void forEachMonth(EmployeeContext context, java.util.function.Consumer<LocalDateRange> body) {
        LocalDateRange period = context.period();
        LocalDate d = period.getStart();
        while (d.isBefore(period.getEnd())) {
            LocalDateRange month = Art36Agreement.gridOn(context, d).monthOf(d);
            body.accept(month);
            d = month.getEnd();
        }
    }
}
