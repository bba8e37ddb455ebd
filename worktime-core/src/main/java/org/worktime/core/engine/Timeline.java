package org.worktime.core.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import org.threeten.extra.Interval;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Shift;
import org.worktime.core.time.DailyWindow;

/**
 * One employee's worked time, cut into segments that each lie in one local calendar day and wholly inside
 * or outside the night window, with breaks removed. Segments are in chronological order.
 *
 * <p>Each segment carries two days: the calendar day it falls on (which decides holiday work) and the work
 * day it is counted to for daily and weekly limits (the day its shift started, under
 * {@link DayAttribution#SHIFT_START_DAY}). Kept as parallel primitive arrays: this is the hot path.
 */
public final class Timeline {

    private static final int SECONDS_PER_DAY = 86_400;

    private final List<Shift> shifts;
    private final int size;
    private final long[] starts;
    private final long[] ends;
    private final long[] calendarDays;
    private final long[] workDays;
    private final boolean[] night;
    private final DayType[] dayTypes;
    private final int[] shiftIndex;
    private final boolean workDaysAscending;

    private Timeline(List<Shift> shifts, int size, long[] starts, long[] ends, long[] calendarDays, long[] workDays,
            boolean[] night, DayType[] dayTypes, int[] shiftIndex) {
        boolean ascending = true;
        for (int i = 1; i < size && ascending; i++) {
            ascending = workDays[i] >= workDays[i - 1];
        }
        this.workDaysAscending = ascending;
        this.shifts = shifts;
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.calendarDays = calendarDays;
        this.workDays = workDays;
        this.night = night;
        this.dayTypes = dayTypes;
        this.shiftIndex = shiftIndex;
    }

    /** Builds the timeline of shifts sorted by start (as {@link org.worktime.core.domain.Dataset} keeps them). */
    public static Timeline build(List<Shift> shifts, ZoneId zone, DayTypes days, TimelinePolicy policy) {
        return new Builder(shifts, zone.getRules(), days, policy).build();
    }

    public List<Shift> shifts() {
        return shifts;
    }

    public int size() {
        return size;
    }

    public long startEpochSecond(int i) {
        return starts[i];
    }

    public long endEpochSecond(int i) {
        return ends[i];
    }

    public long seconds(int i) {
        return ends[i] - starts[i];
    }

    public long calendarEpochDay(int i) {
        return calendarDays[i];
    }

    public LocalDate calendarDate(int i) {
        return LocalDate.ofEpochDay(calendarDays[i]);
    }

    public long workEpochDay(int i) {
        return workDays[i];
    }

    public LocalDate workDate(int i) {
        return LocalDate.ofEpochDay(workDays[i]);
    }

    public boolean isNight(int i) {
        return night[i];
    }

    /** The type of the calendar day the segment falls on. */
    public DayType dayType(int i) {
        return dayTypes[i];
    }

    public boolean isHoliday(int i) {
        return dayTypes[i].isHoliday();
    }

    public Shift shift(int i) {
        return shifts.get(shiftIndex[i]);
    }

    public int shiftIndex(int i) {
        return shiftIndex[i];
    }

    public boolean isPlanned(int i) {
        return shifts.get(shiftIndex[i]).origin() == Shift.Origin.PLANNED;
    }

    /**
     * The index of the first segment counted to a work day on or after {@code epochDay}, so that a rule can
     * walk one week or one day without scanning the whole timeline: binary search when segments are in
     * work-day order (always, for shifts that do not overlap), else 0.
     */
    public int firstIndexOnOrAfterWorkDay(long epochDay) {
        if (!workDaysAscending) {
            return 0;
        }
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (workDays[mid] < epochDay) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether segments are in work-day order, so that a walk may stop at the first segment past its range. */
    public boolean isInWorkDayOrder() {
        return workDaysAscending;
    }

    /** Total worked seconds. */
    public long totalSeconds() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    /** Total night seconds. */
    public long nightSeconds() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            if (night[i]) {
                total += ends[i] - starts[i];
            }
        }
        return total;
    }

    private static final class Builder {
        private final List<Shift> shifts;
        private final ZoneRules rules;
        private final DayTypes days;
        private final DailyWindow nightWindow;
        private final boolean startDay;

        private int size;
        private long[] starts;
        private long[] ends;
        private long[] calendarDays;
        private long[] workDays;
        private boolean[] night;
        private DayType[] types;
        private int[] shiftIndex;

        // The zone offset is constant on [offsetFrom, offsetUntil): one look-up per transition, not per segment.
        private long offsetFrom = Long.MAX_VALUE;
        private long offsetUntil = Long.MIN_VALUE;
        private int offset;

        private long cachedDay = Long.MIN_VALUE;
        private DayType cachedType;

        Builder(List<Shift> shifts, ZoneRules rules, DayTypes days, TimelinePolicy policy) {
            this.shifts = shifts;
            this.rules = rules;
            this.days = days;
            this.nightWindow = policy.night();
            this.startDay = policy.attribution() == DayAttribution.SHIFT_START_DAY;
            // A segment per piece of work between breaks, and one more per shift for a night-window or midnight cut:
            // with the breaks counted, the arrays are rarely grown (each growth copies seven of them).
            int capacity = 4;
            for (Shift s : shifts) {
                capacity += 2 + s.breaks().size();
            }
            starts = new long[capacity];
            ends = new long[capacity];
            calendarDays = new long[capacity];
            workDays = new long[capacity];
            night = new boolean[capacity];
            types = new DayType[capacity];
            shiftIndex = new int[capacity];
        }

        Timeline build() {
            for (int s = 0; s < shifts.size(); s++) {
                Shift shift = shifts.get(s);
                long shiftStart = shift.start().getEpochSecond();
                long shiftEnd = shift.end().getEpochSecond();
                long workDay = Math.floorDiv(shiftStart + offsetAt(shiftStart), SECONDS_PER_DAY);
                long cursor = shiftStart;
                if (shift.hasUnplacedBreak()) {
                    unplaced(s, shift, workDay);
                    continue;
                }
                for (Interval b : shift.breaks()) {
                    long breakStart = b.getStart().getEpochSecond();
                    split(s, workDay, cursor, breakStart);
                    cursor = b.getEnd().getEpochSecond();
                }
                split(s, workDay, cursor, shiftEnd);
            }
            return new Timeline(shifts, size, starts, ends, calendarDays, workDays, night, types, shiftIndex);
        }

        /**
         * A shift with break time of unknown position: its worked seconds are laid from the start, around the placed
         * breaks, so the unplaced minutes come off the end. Totals are exact; where the minutes fell (which day, how much
         * of the night) is not known, and the rules that depend on it say so ({@link Shift#hasUnplacedBreak()}).
         */
        private void unplaced(int s, Shift shift, long workDay) {
            long remaining = shift.workedSeconds();
            long cursor = shift.start().getEpochSecond();
            for (Interval b : shift.breaks()) {
                long piece = Math.min(remaining, b.getStart().getEpochSecond() - cursor);
                split(s, workDay, cursor, cursor + piece);
                remaining -= piece;
                cursor = b.getEnd().getEpochSecond();
            }
            split(s, workDay, cursor, cursor + remaining);
        }

        private void split(int shift, long shiftWorkDay, long from, long to) {
            long cursor = from;
            while (cursor < to) {
                int off = offsetAt(cursor);
                long local = cursor + off;
                long day = Math.floorDiv(local, SECONDS_PER_DAY);
                int secondOfDay = Math.floorMod(local, SECONDS_PER_DAY);
                long boundary = day * SECONDS_PER_DAY + nightWindow.nextBoundaryAfter(secondOfDay) - off;
                if (boundary > offsetUntil) {
                    boundary = offsetUntil; // the offset changes first: cut there and look again
                }
                long end = Math.min(to, boundary);
                add(shift, cursor, end, day, startDay ? shiftWorkDay : day, nightWindow.contains(secondOfDay));
                cursor = end;
            }
        }

        private void add(int shift, long start, long end, long calendarDay, long workDay, boolean isNight) {
            if (size == starts.length) {
                int capacity = size * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                calendarDays = Arrays.copyOf(calendarDays, capacity);
                workDays = Arrays.copyOf(workDays, capacity);
                night = Arrays.copyOf(night, capacity);
                types = Arrays.copyOf(types, capacity);
                shiftIndex = Arrays.copyOf(shiftIndex, capacity);
            }
            starts[size] = start;
            ends[size] = end;
            calendarDays[size] = calendarDay;
            workDays[size] = workDay;
            night[size] = isNight;
            types[size] = typeOf(calendarDay);
            shiftIndex[size] = shift;
            size++;
        }

        private DayType typeOf(long epochDay) {
            if (epochDay != cachedDay) {
                cachedType = days.typeOf(LocalDate.ofEpochDay(epochDay));
                cachedDay = epochDay;
            }
            return cachedType;
        }

        private int offsetAt(long epochSecond) {
            if (epochSecond >= offsetFrom && epochSecond < offsetUntil) {
                return offset;
            }
            Instant instant = Instant.ofEpochSecond(epochSecond);
            offset = rules.getOffset(instant).getTotalSeconds();
            ZoneOffsetTransition previous = rules.previousTransition(instant);
            ZoneOffsetTransition next = rules.nextTransition(instant);
            offsetFrom = previous == null ? Long.MIN_VALUE : Math.min(previous.toEpochSecond(), epochSecond);
            if (previous != null && previous.getOffsetAfter().getTotalSeconds() != offset) {
                offsetFrom = epochSecond;
            }
            offsetUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            return offset;
        }
    }
}
