package org.worktime.jp.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Shift;

/**
 * The health management time (健康管理時間) of a worker under the Highly Professional System, read from the recorded
 * shifts: the time worked each day (counted to the day the shift started), the calendar days touched by any work, the
 * rests between shifts and the late-night occasions. A day with no record is a day without work: a day off. Days beyond
 * the record therefore count as days off, so that a measure "fails" only once the record makes the failure certain.
 */
final class HealthRecord {

    private final ZoneId zone;
    private final List<Shift> shifts;
    private final Set<LocalDate> workedDays = new HashSet<>();
    private final Map<LocalDate, Long> timeByDay = new HashMap<>();
    /** Days without work that are not holidays: leave the {@code jp.hps.leave-not-day-off} row names (annual leave). */
    private final Set<LocalDate> leaveDays = new HashSet<>();

    HealthRecord(List<Shift> shifts, ZoneId zone) {
        this.zone = zone;
        this.shifts = new ArrayList<>(shifts);
        this.shifts.sort(Comparator.comparing(Shift::start));
        for (Shift s : this.shifts) {
            LocalDate first = s.start().atZone(zone).toLocalDate();
            // The last instant worked is just before the end: a shift ending at midnight does not touch the next day.
            LocalDate last = s.end().minusNanos(1).atZone(zone).toLocalDate();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                workedDays.add(d);
            }
            timeByDay.merge(first, s.workedSeconds(), Long::sum);
        }
    }

    /** This record with days of leave that are not HPS days off (Art. 41-2(1)(iv): a day of annual leave is not a holiday). */
    HealthRecord withLeaveDays(java.util.Collection<LocalDate> days) {
        leaveDays.addAll(days);
        return this;
    }

    boolean isEmpty() {
        return shifts.isEmpty();
    }

    /** Whole calendar days of the range without any work and not on leave that is not a holiday. */
    int daysOff(LocalDateRange range) {
        int free = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            if (!workedDays.contains(d) && !leaveDays.contains(d)) {
                free++;
            }
        }
        return free;
    }

    /** The longest run of consecutive days off in the range. */
    int longestRunOff(LocalDateRange range) {
        int best = 0;
        int run = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            run = workedDays.contains(d) ? 0 : run + 1;
            best = Math.max(best, run);
        }
        return best;
    }

    /** Health management time counted to the days of the range. */
    long time(LocalDateRange range) {
        long total = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            total += timeByDay.getOrDefault(d, 0L);
        }
        return total;
    }

    /**
     * Health management time beyond 40 h a week over the range: the time less 40 h x days / 7 (never negative), the
     * allowance cut to whole minutes (40 h x 30 / 7 = 171 h 25 min), so that the excess never falls short by seconds.
     */
    long beyondWeekly(LocalDateRange range, long weekLimit) {
        long allowance = weekLimit * range.lengthInDays() / 7 / 60 * 60;
        return Math.max(0, time(range) - allowance);
    }

    /** The shortest rest before a shift starting in the range, in seconds; Long.MAX_VALUE when none follows another. */
    long shortestRest(LocalDateRange range) {
        long shortest = Long.MAX_VALUE;
        for (int i = 1; i < shifts.size(); i++) {
            LocalDate start = shifts.get(i).start().atZone(zone).toLocalDate();
            if (range.contains(start)) {
                shortest = Math.min(shortest, shifts.get(i).start().getEpochSecond() - shifts.get(i - 1).end().getEpochSecond());
            }
        }
        return shortest;
    }

    /** Shifts starting in the range that include some late-night time (between {@code nightStart} and {@code nightEnd}). */
    int nightOccasions(LocalDateRange range, LocalTime nightStart, LocalTime nightEnd) {
        int count = 0;
        for (Shift s : shifts) {
            LocalDate start = s.start().atZone(zone).toLocalDate();
            if (!range.contains(start)) {
                continue;
            }
            LocalDate last = s.end().atZone(zone).toLocalDate();
            for (LocalDate d = start.minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
                Instant from = d.atTime(nightStart).atZone(zone).toInstant();
                Instant to = d.plusDays(1).atTime(nightEnd).atZone(zone).toInstant();
                if (s.start().isBefore(to) && s.end().isAfter(from)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
