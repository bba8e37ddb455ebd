package org.worktime.kr.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * A flexible working-hours arrangement on file (Art. 51): its kind, its unit period and the hours it schedules
 * on each day, read from the agreement's terms, and whether it is valid.
 *
 * <p>Terms: {@code unitWeeks} (the unit period in weeks; units follow one another from the agreement's first
 * day, which must be the workplace's week start) and one pattern per week of the unit, {@code week.1},
 * {@code week.2}, ...: groups separated by {@code ;}, each a set of days and the hours scheduled on each,
 * e.g. {@code MON-FRI 9h; SAT 4h} (days not named are not scheduled); {@code weeks} gives the pattern of every week
 * that has none of its own. A unit is covered only when it lies
 * wholly inside the agreement's validity.
 */
final class FlexibleArrangement {

    /** Art. 51(1): up to two weeks, by the rules of employment. */
    static final String TWO_WEEK = "KR-LSA-51-1";
    /** Art. 51(2): up to three months, by written agreement with the worker representative. */
    static final String THREE_MONTH = "KR-LSA-51-2";
    /** Art. 51-2: over three and up to six months, by written agreement (from 2021-04-06). */
    static final String SIX_MONTH = "KR-LSA-51-2-6M";

    private final Agreement agreement;
    private final int unitWeeks;
    private final List<Map<DayOfWeek, Long>> weeks;
    private final List<Text> formErrors;

    private FlexibleArrangement(Agreement agreement, int unitWeeks, List<Map<DayOfWeek, Long>> weeks, List<Text> formErrors) {
        this.agreement = agreement;
        this.unitWeeks = unitWeeks;
        this.weeks = weeks;
        this.formErrors = formErrors;
    }

    /** Whether an agreement is a flexible arrangement of one of the kinds of Arts 51 and 51-2. */
    static boolean isFlexible(Agreement a) {
        return a.kind().equals(TWO_WEEK) || a.kind().equals(THREE_MONTH) || a.kind().equals(SIX_MONTH);
    }

    /**
     * The unit period of a flexible agreement containing the date, read from its terms alone (no employee needed), or
     * empty when the agreement is not flexible or its {@code unitWeeks} is missing or out of {@code [1, maxWeeks]}.
     */
    static Optional<LocalDateRange> unitContaining(Agreement a, LocalDate date, int maxWeeks) {
        if (!isFlexible(a)) {
            return Optional.empty();
        }
        int weeks;
        try {
            weeks = Integer.parseInt(a.terms().getOrDefault("unitWeeks", "").trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (weeks < 1 || weeks > maxWeeks) {
            return Optional.empty();
        }
        return Optional.of(unit(a.validity().getStart(), weeks, date));
    }

    private static LocalDateRange unit(LocalDate first, int weeks, LocalDate date) {
        long unitDays = weeks * 7L;
        LocalDate start = first.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(first, date), unitDays) * unitDays);
        return LocalDateRange.of(start, start.plusDays(unitDays));
    }

    /** The flexible arrangement of the employee whose validity includes the date, if any (the first on file). */
    static Optional<FlexibleArrangement> on(EmployeeContext context, LocalDate date) {
        for (Agreement a : context.workplace().agreements()) {
            if (isFlexible(a) && a.covers(context.employeeId(), date)) {
                return Optional.of(context.memo(a, k -> parse(a, context.workplace().weekStart())));
            }
        }
        return Optional.empty();
    }

    private static FlexibleArrangement parse(Agreement a, DayOfWeek weekStart) {
        List<Text> errors = new ArrayList<>();
        int unitWeeks = 0;
        try {
            unitWeeks = Integer.parseInt(a.terms().getOrDefault("unitWeeks", "").trim());
        } catch (NumberFormatException e) {
            errors.add(Text.of("kr.flexible.no-unit-weeks"));
        }
        List<Map<DayOfWeek, Long>> weeks = new ArrayList<>();
        for (int w = 1; w <= unitWeeks; w++) {
            String pattern = a.terms().getOrDefault("week." + w, a.terms().get("weeks")); // "weeks": every week alike
            if (pattern == null) {
                errors.add(Text.of("kr.flexible.week-missing", "week", w));
                weeks.add(Map.of());
                continue;
            }
            try {
                weeks.add(pattern(pattern));
            } catch (IllegalArgumentException e) {
                errors.add(Text.of("kr.flexible.week-unreadable", "week", w, "problem", e.getMessage()));
                weeks.add(Map.of());
            }
        }
        if (a.validity().getStart().getDayOfWeek() != weekStart) {
            errors.add(Text.of("kr.flexible.wrong-start-day", "day", a.validity().getStart().getDayOfWeek().name()));
        }
        return new FlexibleArrangement(a, unitWeeks, weeks, errors);
    }

    private static Map<DayOfWeek, Long> pattern(String text) {
        Map<DayOfWeek, Long> days = new EnumMap<>(DayOfWeek.class);
        for (String group : text.split(";")) {
            String g = group.trim();
            if (g.isEmpty()) {
                continue;
            }
            int space = g.lastIndexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("'" + g + "' needs days and hours, e.g. MON-FRI 9h");
            }
            long seconds = Parameter.parseSeconds(g.substring(space + 1));
            for (DayOfWeek d : days(g.substring(0, space).trim())) {
                days.put(d, seconds);
            }
        }
        return days;
    }

    private static List<DayOfWeek> days(String spec) {
        List<DayOfWeek> list = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.trim().split("-");
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length > 1 ? day(range[1]) : first;
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                list.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return list;
    }

    private static DayOfWeek day(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(t) && t.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown day '" + text + "'");
    }

    String kind() {
        return agreement.kind();
    }

    Agreement agreement() {
        return agreement;
    }

    /** The unit period containing the date, half-open. */
    LocalDateRange unitOf(LocalDate date) {
        return unit(agreement.validity().getStart(), Math.max(1, unitWeeks), date);
    }

    /** Seconds scheduled on the date. */
    long scheduledOn(LocalDate date) {
        if (weeks.isEmpty()) {
            return 0;
        }
        LocalDateRange unit = unitOf(date);
        int week = (int) (ChronoUnit.DAYS.between(unit.getStart(), date) / 7);
        return weeks.get(week).getOrDefault(date.getDayOfWeek(), 0L);
    }

    long scheduledBetween(LocalDate start, int days) {
        long total = 0;
        for (int d = 0; d < days; d++) {
            total += scheduledOn(start.plusDays(d));
        }
        return total;
    }

    /**
     * Why the arrangement cannot be used for the employee in the unit containing the date; empty when it can.
     * Checks the form of the terms, the unit's length and its place inside the validity, the schedule's average
     * and caps, and the worker (Art. 51(3): not a minor, not pregnant).
     */
    List<Text> invalidity(EmployeeContext context, LocalDate date) {
        List<Text> reasons = new ArrayList<>(formErrors);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        LocalDateRange unit = unitOf(date);
        if (!agreement.validity().encloses(unit)) {
            reasons.add(Text.of("kr.flexible.beyond-validity", "unit", unit));
        }
        boolean twoWeek = kind().equals(TWO_WEEK);
        if (twoWeek && unitWeeks > context.parameter("kr.lsa51-1.max-weeks", date).integer()) {
            reasons.add(Text.of("kr.flexible.two-week-too-long", "weeks", unitWeeks));
        }
        boolean sixMonth = kind().equals(SIX_MONTH);
        if (kind().equals(THREE_MONTH) && unit.getStart().plusMonths(context.parameter("kr.lsa51-2.max-months", date).integer()).isBefore(unit.getEnd())) {
            reasons.add(Text.of("kr.flexible.three-month-too-long", "weeks", unitWeeks));
        }
        if (sixMonth) {
            var max = context.findParameter("kr.lsa51-2-6m.max-months", date);
            if (max.isEmpty()) {
                reasons.add(Text.of("kr.flexible.six-month-not-yet"));
            } else if (unit.getStart().plusMonths(max.get().integer()).isBefore(unit.getEnd())) {
                reasons.add(Text.of("kr.flexible.six-month-too-long", "weeks", unitWeeks));
            }
        }
        long average = context.parameter("kr.lsa51.average-week", date).seconds();
        long scheduled = scheduledBetween(unit.getStart(), unitWeeks * 7);
        if (scheduled > average * unitWeeks) {
            reasons.add(Text.of("kr.flexible.average-too-high",
                    "average", RuleSupport.duration(scheduled / unitWeeks), "limit", RuleSupport.duration(average)));
        }
        long weekCap = context.parameter(twoWeek ? "kr.lsa51-1.week-cap" : "kr.lsa51-2.week-cap", date).seconds();
        for (int w = 0; w < unitWeeks; w++) {
            long week = scheduledBetween(unit.getStart().plusWeeks(w), 7);
            if (week > weekCap) {
                reasons.add(Text.of("kr.flexible.week-too-long",
                        "week", w + 1, "hours", RuleSupport.duration(week), "cap", RuleSupport.duration(weekCap)));
            }
        }
        if (!twoWeek) {
            long dayCap = context.parameter("kr.lsa51-2.day-cap", date).seconds();
            for (Map<DayOfWeek, Long> week : weeks) {
                for (Long day : week.values()) {
                    if (day > dayCap) {
                        reasons.add(Text.of("kr.flexible.day-too-long",
                                "hours", RuleSupport.duration(day), "cap", RuleSupport.duration(dayCap)));
                    }
                }
            }
        }
        if (Protection.isKnownMinor(context, date)) {
            reasons.add(Text.of("kr.flexible.minor"));
        }
        if (Protection.isPregnant(context, date)) {
            reasons.add(Text.of("kr.flexible.pregnant"));
        }
        return reasons;
    }

    /** The valid arrangement for the employee on the date, if any: the one the ordinary rules yield to. */
    static Optional<FlexibleArrangement> validOn(EmployeeContext context, LocalDate date) {
        return on(context, date).filter(f -> f.invalidityOfUnit(context, date).isEmpty());
    }

    /** {@link #invalidity} of the unit containing the date, judged once per unit (the worker as on its first day). */
    List<Text> invalidityOfUnit(EmployeeContext context, LocalDate date) {
        LocalDate unitStart = unitOf(date).getStart();
        return context.memo(List.of(agreement, unitStart), k -> invalidity(context, unitStart));
    }
}
