package org.worktime.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Shift;

/**
 * Measures one employee's recorded time against a policy's health measures over a range of dates. Pure.
 *
 * <p>Conventions (stated in docs/POLICY.md): a shift's worked time belongs to the date it starts on in the workplace
 * zone (as the Korean pack attributes a continuous shift); a day off is a date no shift touches at all; "hours beyond
 * 40 h a week" in a month are the month's hours less 40 h x days / 7, both counted on the month's dates inside the
 * range; the yearly days off are required pro rata, {@code floor(perYear x days / 365)}.
 */
public final class HealthCheck {

    /** A measure not met: what, when, measured against which limit (minutes or days, as the measure counts). */
    public record Breach(String measure, LocalDateRange period, long measured, long limit, String unit) {
    }

    /** A doctor interview owed for a month: the hours beyond 40 h a week went above the policy's trigger. */
    public record Interview(YearMonth month, long minutesBeyond40, long triggerMinutes) {
    }

    /** Breaches and obligations found over a range. */
    public record Result(List<Breach> breaches, List<Interview> interviews) {
        public Result {
            breaches = List.copyOf(breaches);
            interviews = List.copyOf(interviews);
        }

        public boolean breachesAny() {
            return !breaches.isEmpty();
        }
    }

    public static final String DAYS_OFF_4_WEEKS = "health.daysOff.per4Weeks";
    public static final String DAYS_OFF_YEAR = "health.daysOff.perYear";
    public static final String REST = "health.restBetweenWorkdays";
    public static final String MONTHLY_CAP = "health.monthlyCapAbove";
    public static final String WEEKLY_CAP = "health.weeklyCap";

    private HealthCheck() {
    }

    /** Worked seconds per date the shifts start on, in the zone, for dates in the range. */
    public static Map<LocalDate, Long> secondsByDate(List<Shift> shifts, ZoneId zone, LocalDateRange range) {
        Map<LocalDate, Long> byDate = new TreeMap<>();
        for (Shift s : shifts) {
            if (s.origin() != Shift.Origin.ACTUAL) {
                continue;
            }
            LocalDate date = s.start().atZone(zone).toLocalDate();
            if (range.contains(date)) {
                byDate.merge(date, s.workedSeconds(), Long::sum);
            }
        }
        return byDate;
    }

    /** Checks the measures over the range; measures the policy does not have are skipped. */
    public static Result check(Policy.HealthMeasures measures, List<Shift> shifts, ZoneId zone, DayOfWeek weekStart, LocalDateRange range) {
        List<Breach> breaches = new ArrayList<>();
        List<Interview> interviews = new ArrayList<>();
        List<Shift> actual = shifts.stream().filter(s -> s.origin() == Shift.Origin.ACTUAL).toList();
        Map<LocalDate, Long> seconds = secondsByDate(actual, zone, range);

        if (measures.daysOffPer4Weeks() != null) {
            // Consecutive 4-week blocks from the first date of the range; a last, shorter block is not judged.
            for (LocalDate start = range.getStart(); !start.plusDays(28).isAfter(range.getEnd()); start = start.plusDays(28)) {
                LocalDateRange block = LocalDateRange.of(start, start.plusDays(28));
                long off = daysOff(actual, zone, block);
                if (off < measures.daysOffPer4Weeks()) {
                    breaches.add(new Breach(DAYS_OFF_4_WEEKS, block, off, measures.daysOffPer4Weeks(), "days"));
                }
            }
        }
        if (measures.daysOffPerYear() != null) {
            long days = range.lengthInDays();
            long required = measures.daysOffPerYear() * days / 365;
            long off = daysOff(actual, zone, range);
            if (off < required) {
                breaches.add(new Breach(DAYS_OFF_YEAR, range, off, required, "days"));
            }
        }
        if (measures.restBetweenWorkdays() != null) {
            long min = measures.restBetweenWorkdays().toMinutes();
            for (int i = 1; i < actual.size(); i++) {
                Shift before = actual.get(i - 1);
                Shift after = actual.get(i);
                LocalDate day = after.start().atZone(zone).toLocalDate();
                if (!range.contains(day) || before.start().atZone(zone).toLocalDate().equals(day)) {
                    continue; // a split shift within one working day is not rest between working days
                }
                long rest = Duration.between(before.end(), after.start()).toMinutes();
                if (rest < min) {
                    breaches.add(new Breach(REST, LocalDateRange.ofClosed(day, day), rest, min, "minutes"));
                }
            }
        }
        if (measures.doctorInterviewAbove() != null || measures.monthlyCapAbove() != null) {
            for (YearMonth month = YearMonth.from(range.getStart()); !month.atDay(1).isAfter(range.getEndInclusive());
                    month = month.plusMonths(1)) {
                LocalDateRange inRange = LocalDateRange.of(month.atDay(1), month.plusMonths(1).atDay(1)).intersection(range);
                long beyond = minutesBeyond40(seconds, inRange);
                if (measures.doctorInterviewAbove() != null && beyond > measures.doctorInterviewAbove().toMinutes()) {
                    interviews.add(new Interview(month, beyond, measures.doctorInterviewAbove().toMinutes()));
                }
                if (measures.monthlyCapAbove() != null && beyond > measures.monthlyCapAbove().toMinutes()) {
                    breaches.add(new Breach(MONTHLY_CAP, inRange, beyond, measures.monthlyCapAbove().toMinutes(), "minutes"));
                }
            }
        }
        if (measures.weeklyCap() != null) {
            long cap = measures.weeklyCap().toMinutes();
            LocalDate first = range.getStart().with(TemporalAdjusters.previousOrSame(weekStart));
            for (LocalDate start = first; start.isBefore(range.getEnd()); start = start.plusWeeks(1)) {
                LocalDateRange week = LocalDateRange.of(start, start.plusWeeks(1)).intersection(range);
                long minutes = sumSeconds(seconds, week) / 60;
                if (minutes > cap) {
                    breaches.add(new Breach(WEEKLY_CAP, week, minutes, cap, "minutes"));
                }
            }
        }
        return new Result(breaches, interviews);
    }

    /** Minutes worked on the dates of the range beyond 40 h x days / 7 (floor), never negative. */
    static long minutesBeyond40(Map<LocalDate, Long> seconds, LocalDateRange dates) {
        long worked = sumSeconds(seconds, dates) / 60;
        long allowance = 40L * 60 * dates.lengthInDays() / 7;
        return Math.max(0, worked - allowance);
    }

    static long sumSeconds(Map<LocalDate, Long> seconds, LocalDateRange dates) {
        long total = 0;
        for (Map.Entry<LocalDate, Long> e : seconds.entrySet()) {
            if (dates.contains(e.getKey())) {
                total += e.getValue();
            }
        }
        return total;
    }

    /** Dates of the range that no shift touches, in the zone. */
    static long daysOff(List<Shift> shifts, ZoneId zone, LocalDateRange range) {
        long off = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            Instant from = d.atStartOfDay(zone).toInstant();
            Instant to = d.plusDays(1).atStartOfDay(zone).toInstant();
            boolean worked = false;
            for (Shift s : shifts) {
                if (s.start().isBefore(to) && s.end().isAfter(from)) {
                    worked = true;
                    break;
                }
            }
            if (!worked) {
                off++;
            }
        }
        return off;
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
