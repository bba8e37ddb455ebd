package org.worktime.jp.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;

/**
 * A working-time arrangement on file that changes how overtime is determined, read from an agreement:
 * <ul>
 * <li>{@value #ONE_MONTH} (Art. 32-2), {@value #ONE_YEAR} (Art. 32-4), {@value #ONE_WEEK} (Art. 32-5): variable hours.
 * Terms: {@code start} (first day of the first period, default the validity's first day), {@code months} or {@code days}
 * (the period's length: periods follow one another; the one-week system's period is the workplace week), {@code pattern}
 * (the hours scheduled on each day of the week, e.g. {@code MON-THU 9h; FRI 4h}; days not named are days off) and
 * {@code dates} (hours scheduled on single dates, winning over the pattern, e.g. {@code 2026-04-30 10h; 2026-04-29 0h});
 * the one-year system also {@code specifiedPeriod} (特定期間, the busy stretch the agreement names, in which up to 12
 * consecutive working days may be scheduled, e.g. {@code 2026-07-01..2026-07-31}; several separated by {@code ;});</li>
 * <li>{@value #FLEXTIME} (Art. 32-3): terms {@code start} and {@code months} (the settlement period, 1 to 3), {@code filed}
 * ({@code true} when the agreement was filed with the Labour Standards Office, required over one month);</li>
 * <li>{@value #PROFESSIONAL} (Art. 38-3) and {@value #PLANNING} (Art. 38-4): discretionary work; term {@code deemedHours}
 * (e.g. {@code 9h}), the hours each working day counts as.</li>
 * </ul>
 * An arrangement binds only the employees it lists (or everyone) and only when it is valid: an invalid one is disregarded
 * and the standard 8 h / 40 h apply (JP-LSA-32-VAR, JP-LSA-32-3 and JP-LSA-38 report why).
 */
final class Arrangement {

    static final String ONE_MONTH = "JP-LSA-32-2";
    static final String ONE_YEAR = "JP-LSA-32-4";
    static final String ONE_WEEK = "JP-LSA-32-5";
    static final String FLEXTIME = "JP-LSA-32-3";
    static final String PROFESSIONAL = "JP-LSA-38-3";
    static final String PLANNING = "JP-LSA-38-4";
    static final List<String> KINDS = List.of(ONE_MONTH, ONE_YEAR, ONE_WEEK, FLEXTIME, PROFESSIONAL, PLANNING);

    enum Kind { VARIABLE, FLEXTIME, DISCRETIONARY }

    final Agreement agreement;
    final Kind kind;
    private final Map<DayOfWeek, Long> pattern;
    private final Map<LocalDate, Long> dates;
    private final List<LocalDateRange> specified = new ArrayList<>();
    private final LocalDate start;
    private final int months;
    private final int days;
    private final DayOfWeek weekStart;
    private final List<Text> formErrors;

    private Arrangement(Agreement agreement, DayOfWeek weekStart) {
        this.agreement = agreement;
        this.weekStart = weekStart;
        this.kind = switch (agreement.kind()) {
            case FLEXTIME -> Kind.FLEXTIME;
            case PROFESSIONAL, PLANNING -> Kind.DISCRETIONARY;
            default -> Kind.VARIABLE;
        };
        List<Text> errors = new ArrayList<>();
        Map<String, String> t = agreement.terms();
        LocalDate first = agreement.validity().getStart();
        if (t.containsKey("start")) {
            try {
                first = LocalDate.parse(t.get("start").trim());
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(Text.of("jp.arrangement.start-not-date", "value", t.get("start")));
            }
        }
        this.start = first;
        this.months = intTerm(t, "months", 0, errors);
        this.days = intTerm(t, "days", 0, errors);
        this.pattern = new EnumMap<>(DayOfWeek.class);
        this.dates = new HashMap<>();
        try {
            parsePattern(t.getOrDefault("pattern", ""));
            parseDates(t.getOrDefault("dates", ""));
            parseSpecified(t.getOrDefault("specifiedPeriod", ""));
        } catch (RuntimeException e) {
            errors.add(Text.of("jp.arrangement.schedule-unreadable", "problem", String.valueOf(e.getMessage())));
        }
        if (kind != Kind.DISCRETIONARY && !agreement.kind().equals(ONE_WEEK) && months == 0 && days == 0) {
            errors.add(Text.of("jp.arrangement.no-length"));
        }
        if (kind == Kind.DISCRETIONARY && !t.containsKey("deemedHours")) {
            errors.add(Text.of("jp.arrangement.no-deemed-hours"));
        }
        this.formErrors = List.copyOf(errors);
    }

    private static int intTerm(Map<String, String> t, String key, int fallback, List<Text> errors) {
        String v = t.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            errors.add(Text.of("jp.arrangement.term-not-number", "term", key, "value", v));
            return fallback;
        }
    }

    private void parsePattern(String text) {
        for (String group : text.split(";")) {
            String g = group.trim();
            if (g.isEmpty()) {
                continue;
            }
            int space = g.lastIndexOf(' ');
            long seconds = Parameter.parseSeconds(g.substring(space + 1));
            String spec = g.substring(0, space).trim().toUpperCase(Locale.ROOT);
            for (String part : spec.split(",")) {
                String[] range = part.trim().split("-");
                DayOfWeek from = day(range[0]);
                DayOfWeek to = range.length > 1 ? day(range[1]) : from;
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    pattern.put(d, seconds);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown day " + abbreviation);
    }

    private void parseDates(String text) {
        for (String group : text.split(";")) {
            String g = group.trim();
            if (!g.isEmpty()) {
                String[] parts = g.split("\\s+");
                dates.put(LocalDate.parse(parts[0]), Parameter.parseSeconds(parts[1]));
            }
        }
    }

    private void parseSpecified(String text) {
        for (String group : text.split(";")) {
            String g = group.trim();
            if (!g.isEmpty()) {
                String[] ends = g.split("\\.\\.");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("specifiedPeriod '" + g + "' is not FROM..TO");
                }
                specified.add(LocalDateRange.ofClosed(LocalDate.parse(ends[0].trim()), LocalDate.parse(ends[1].trim())));
            }
        }
    }

    /** Whether the date lies in a specified period (特定期間) of the one-year system. */
    boolean inSpecifiedPeriod(LocalDate date) {
        return specified.stream().anyMatch(r -> r.contains(date));
    }

    /** The arrangement covering the employee on the date, valid or not; the first of the agreements on file. */
    static Optional<Arrangement> on(EmployeeContext context, LocalDate date) {
        for (Agreement a : JpFacts.of(context).arrangements()) {
            if (a.validity().contains(date)) {
                return Optional.of(context.memo(a, k -> new Arrangement(a, context.workplace().weekStart())));
            }
        }
        return Optional.empty();
    }

    /** The workplace's arrangement agreements that list the employee (or everyone), in the order on file. */
    static List<Agreement> covering(EmployeeContext context) {
        List<Agreement> mine = new ArrayList<>();
        for (Agreement a : context.workplace().agreements()) {
            if (KINDS.contains(a.kind()) && (a.employees().isEmpty() || a.employees().contains(context.employeeId()))) {
                mine.add(a);
            }
        }
        return List.copyOf(mine);
    }

    /** The arrangement in force and valid on the date. */
    static Optional<Arrangement> validOn(EmployeeContext context, LocalDate date) {
        return on(context, date).filter(a -> a.problems(context, a.periodOf(date)).isEmpty());
    }

    /** The period (variable hours, flextime settlement) containing the date; the day itself for discretionary work. */
    LocalDateRange periodOf(LocalDate date) {
        if (kind == Kind.DISCRETIONARY) {
            return RuleSupport.day(date);
        }
        if (agreement.kind().equals(ONE_WEEK)) {
            LocalDate ws = date.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekStart));
            return LocalDateRange.of(ws, ws.plusDays(7));
        }
        if (days > 0) {
            long offset = Math.floorMod(date.toEpochDay() - start.toEpochDay(), days);
            LocalDate s = date.minusDays(offset);
            return LocalDateRange.of(s, s.plusDays(days));
        }
        MonthGrid grid = new MonthGrid(start);
        LocalDateRange month = grid.monthOf(date);
        long index = java.time.temporal.ChronoUnit.MONTHS.between(start, month.getStart());
        long first = Math.floorDiv(index, months) * months;
        return LocalDateRange.of(start.plusMonths(first), start.plusMonths(first + months));
    }

    int months() {
        return months;
    }

    /** The hours scheduled on the date (variable hours). */
    long scheduled(LocalDate date) {
        Long exact = dates.get(date);
        return exact != null ? exact : pattern.getOrDefault(date.getDayOfWeek(), 0L);
    }

    long deemedSeconds() {
        return Parameter.parseSeconds(agreement.terms().get("deemedHours"));
    }

    /** What makes the arrangement unusable for the period, by the rules of its article in force; empty when valid. */
    List<Text> problems(EmployeeContext context, LocalDateRange period) {
        return context.memo(new ProblemsKey(agreement, period.getStart()), k -> ArrangementLimits.check(context, this, period, formErrors));
    }

    private record ProblemsKey(Agreement agreement, LocalDate periodStart) {
    }
}
