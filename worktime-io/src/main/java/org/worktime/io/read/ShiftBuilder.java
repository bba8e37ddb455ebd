package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Shift;

/**
 * Builds one {@link Shift} from the fields of a row, checking each field and the shift as a whole; the same
 * rules for CSV, XLSX and the YAML bundle. Problems go to a {@link Report}, which knows how the format names
 * fields and lines.
 */
final class ShiftBuilder {

    /** The fields of a shift row. */
    enum Field {
        EMPLOYEE("employee", "employee"),
        START("start", "start"),
        END("end", "end"),
        BREAKS("breaks", "breaks"),
        ORIGIN("origin", "origin"),
        BREAK_WAIVER("break_waiver", "breakWaiver"),
        NOTIFIED_ON("notified_on", "notifiedOn"),
        OUTSIDE("outside", "outside"),
        RATE("rate", "rate"),
        BREAK_MINUTES("break_minutes", "breakMinutes");

        final String column;
        final String key;

        Field(String column, String key) {
            this.column = column;
            this.key = key;
        }
    }

    /** Receives the problems of one row. */
    interface Report {
        void problem(Field field, Text message);
    }

    static final long MAX_SECONDS = 24 * 3600;

    private final ShiftTimes times;
    private final Map<String, String> knownIds;
    private final Text employeesSource;
    private Map<String, org.joda.money.CurrencyUnit> currencies = Map.of();

    /**
     * @param knownIds        employee ids mapped to themselves (so shifts share one id string), or null to accept any id
     * @param employeesSource what to name in "unknown employee" messages, e.g. {@code employees.csv}
     */
    ShiftBuilder(ShiftTimes times, Map<String, String> knownIds, Text employeesSource) {
        this.times = times;
        this.knownIds = knownIds;
        this.employeesSource = employeesSource;
    }

    /** The wage currency of each employee, which a shift's own rate is stated in. */
    ShiftBuilder withCurrencies(Map<String, org.joda.money.CurrencyUnit> byEmployee) {
        currencies = byEmployee;
        return this;
    }

    ShiftTimes times() {
        return times;
    }

    /**
     * @param start  a {@link String} or a {@link LocalDateTime} (an Excel date cell)
     * @param end    likewise
     * @param breaks the break texts, each {@code HH:MM-HH:MM} or {@code start/end}
     * @return the shift, or null when the row has problems (all reported)
     */
    Shift build(String employee, Object start, Object end, List<String> breaks, String origin, String waiver, Report report) {
        return build(employee, start, end, breaks, origin, waiver, null, null, report);
    }

    /**
     * @param notified the date the worker was told the shift's hours: a {@link String} ISO date, a {@link LocalDateTime}
     *                 (an Excel date cell), or null
     */
    Shift build(String employee, Object start, Object end, List<String> breaks, String origin, String waiver, Object notified,
            String outside, Report report) {
        return build(employee, start, end, breaks, origin, waiver, notified, outside, null, report);
    }

    /**
     * @param rate the hourly rate of the job worked in this shift, in the employee's wage currency; null or blank for
     *             the employee's own wage
     */
    Shift build(String employee, Object start, Object end, List<String> breaks, String origin, String waiver, Object notified,
            String outside, String rate, Report report) {
        return build(employee, start, end, breaks, origin, waiver, notified, outside, rate, null, report);
    }

    /**
     * @param breakMinutes minutes of break whose times are not given (an export's total), or null or blank for none; taken
     *                     off the worked time, while the rules that need the break's position cannot decide
     */
    Shift build(String employee, Object start, Object end, List<String> breaks, String origin, String waiver, Object notified,
            String outside, String rate, String breakMinutes, Report report) {
        boolean ok = true;
        long unplaced = 0;
        if (breakMinutes != null && !breakMinutes.isBlank()) {
            try {
                unplaced = 60L * Values.nonNegativeInt(breakMinutes.trim());
            } catch (ValueException e) {
                report.problem(Field.BREAK_MINUTES, e.text());
                ok = false;
            }
        }
        String id = employee == null ? "" : employee.trim();
        if (id.isEmpty()) {
            report.problem(Field.EMPLOYEE, Text.of("io.read.value.missing"));
            ok = false;
        } else if (knownIds != null) {
            String canonical = knownIds.get(id);
            if (canonical == null) {
                String near = knownIds.size() <= 10_000 ? Values.closest(id, knownIds.keySet()) : null;
                report.problem(Field.EMPLOYEE, Text.of("io.read.shift.unknown-employee", "id", id, "source", employeesSource,
                        "hint", Hints.didYouMean(near)));
                ok = false;
            } else {
                id = canonical;
            }
        }
        Instant from = instant(start, Field.START, report);
        Instant to = instant(end, Field.END, report);
        Shift.Origin o = Shift.Origin.ACTUAL;
        if (origin != null && !origin.isBlank()) {
            String text = origin.trim();
            if (text.equalsIgnoreCase("ACTUAL")) {
                o = Shift.Origin.ACTUAL;
            } else if (text.equalsIgnoreCase("PLANNED")) {
                o = Shift.Origin.PLANNED;
            } else {
                report.problem(Field.ORIGIN, Text.of("io.read.shift.origin", "text", text));
                ok = false;
            }
        }
        boolean waived = false;
        if (waiver != null && !waiver.isBlank()) {
            try {
                waived = Values.bool(waiver);
            } catch (ValueException e) {
                report.problem(Field.BREAK_WAIVER, e.text());
                ok = false;
            }
        }
        boolean outsideWorkplace = false;
        if (outside != null && !outside.isBlank()) {
            try {
                outsideWorkplace = Values.bool(outside);
            } catch (ValueException e) {
                report.problem(Field.OUTSIDE, e.text());
                ok = false;
            }
        }
        java.time.LocalDate notifiedOn = null;
        if (notified instanceof LocalDateTime cell) {
            notifiedOn = cell.toLocalDate();
        } else if (notified != null && !notified.toString().isBlank()) {
            try {
                notifiedOn = Values.date(notified.toString().trim());
            } catch (ValueException e) {
                report.problem(Field.NOTIFIED_ON, e.text());
                ok = false;
            }
        }
        org.joda.money.Money shiftRate = null;
        if (rate != null && !rate.isBlank() && !id.isEmpty()) {
            org.joda.money.CurrencyUnit unit = currencies.get(id);
            if (unit == null) {
                report.problem(Field.RATE, Text.of("io.read.shift.rate-without-wage", "id", id));
                ok = false;
            } else {
                try {
                    shiftRate = Values.money(unit, rate.trim());
                    if (!shiftRate.isPositive()) {
                        report.problem(Field.RATE, Text.of("io.read.shift.rate-not-positive", "text", rate.trim()));
                        ok = false;
                    }
                } catch (ValueException e) {
                    report.problem(Field.RATE, e.text());
                    ok = false;
                }
            }
        }
        if (from == null || to == null) {
            return null;
        }
        if (!to.isAfter(from)) {
            String shownEnd = times.show(to);
            String shownStart = times.show(from);
            boolean sameDate = shownEnd.regionMatches(0, shownStart, 0, 10);
            report.problem(Field.END, Text.of("io.read.shift.ends-before-start", "end", shownEnd, "start", shownStart,
                    "hint", to.isBefore(from) && sameDate ? Text.of("io.read.shift.hint.crosses-midnight") : Text.empty()));
            return null;
        }
        long span = to.getEpochSecond() - from.getEpochSecond();
        if (span > MAX_SECONDS || span == MAX_SECONDS && to.getNano() > from.getNano()) {
            report.problem(Field.END, Text.of("io.read.shift.too-long", "start", times.show(from), "end", times.show(to),
                    "length", ShiftTimes.hoursMinutes(span)));
            return null;
        }
        List<Interval> intervals = breaks.isEmpty() ? List.of() : new ArrayList<>(breaks.size());
        for (String text : breaks) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Interval b;
            try {
                b = times.breakOf(text, from);
            } catch (ValueException e) {
                report.problem(Field.BREAKS, e.text());
                ok = false;
                continue;
            }
            if (b.getStart().isBefore(from) || b.getEnd().isAfter(to)) {
                report.problem(Field.BREAKS, Text.of("io.read.shift.break-outside", "text", text.trim(), "breakStart", times.show(b.getStart()),
                        "breakEnd", times.show(b.getEnd()), "start", times.show(from), "end", times.show(to)));
                ok = false;
                continue;
            }
            intervals.add(b);
        }
        if (intervals.size() > 1) {
            intervals.sort((x, y) -> x.getStart().compareTo(y.getStart()));
            for (int i = 1; i < intervals.size(); i++) {
                Interval previous = intervals.get(i - 1);
                Interval current = intervals.get(i);
                if (current.getStart().isBefore(previous.getEnd())) {
                    report.problem(Field.BREAKS, Text.of("io.read.shift.breaks-overlap", "firstStart", times.show(previous.getStart()),
                            "firstEnd", times.show(previous.getEnd()), "secondStart", times.show(current.getStart()),
                            "secondEnd", times.show(current.getEnd())));
                    ok = false;
                }
            }
        }
        if (unplaced > 0) {
            long placed = 0;
            for (Interval b : intervals) {
                placed += b.getEnd().getEpochSecond() - b.getStart().getEpochSecond();
            }
            if (placed + unplaced >= span) {
                report.problem(Field.BREAK_MINUTES, Text.of("io.read.shift.break-minutes-too-long", "minutes", unplaced / 60,
                        "start", times.show(from), "end", times.show(to), "length", ShiftTimes.hoursMinutes(span)));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        return new Shift(id, from, to, intervals, o, waived, notifiedOn, outsideWorkplace, shiftRate, unplaced);
    }

    private Instant instant(Object value, Field field, Report report) {
        try {
            if (value instanceof LocalDateTime local) {
                return times.instant(local);
            }
            return times.instant(value == null ? "" : value.toString());
        } catch (ValueException e) {
            report.problem(field, e.text());
            return null;
        }
    }

    /** Splits a {@code ;}-separated breaks text, without regex. */
    static List<String> splitBreaks(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int semi = text.indexOf(';');
        if (semi < 0) {
            return text.isBlank() ? List.of() : List.of(text);
        }
        return Values.split(text, ";");
    }
}
