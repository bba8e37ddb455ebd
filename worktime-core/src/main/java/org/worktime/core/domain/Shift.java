package org.worktime.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.Interval;

/**
 * One continuous period at work, {@code [start, end)}, with the breaks taken inside it.
 *
 * <p>Breaks must lie within the shift and must not overlap each other; they are kept sorted.
 * {@code origin} tells a recorded shift from a planned one (a schedule); {@code notifiedOn}, when known, is the date
 * the worker was told this shift's hours (some arrangements require notice in advance); {@code outsideWorkplace} marks
 * work done wholly or partly outside the workplace, whose hours are hard to calculate (Korea's Art. 58(1));
 * {@code rate}, when set, is the hourly rate of the job worked in this shift, for a worker paid at several rates
 * (29 CFR 778.115); null means the employee's own wage. {@code unplacedBreakSeconds} is break time whose position in the
 * shift is not known (an export that gives a break only as total minutes): it is taken off the worked time, and the rules
 * that need to know where a break was (whether it lay within working time, how much of the night it covered) cannot
 * decide on it; 0 for breaks all placed.
 */
public record Shift(String employeeId, Instant start, Instant end, List<Interval> breaks, Origin origin, boolean breakWaiverRequested,
        LocalDate notifiedOn, boolean outsideWorkplace, org.joda.money.Money rate, long unplacedBreakSeconds) {

    /** Whether the shift was worked (recorded) or is only planned. */
    public enum Origin { ACTUAL, PLANNED }

    private static final Comparator<Interval> BY_START = Comparator.comparing(Interval::getStart);

    public Shift {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(origin, "origin");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A shift must end after it starts: " + start + " -> " + end);
        }
        List<Interval> sorted = new ArrayList<>(breaks == null ? List.of() : breaks);
        sorted.sort(BY_START);
        Instant previousEnd = start;
        for (Interval b : sorted) {
            if (b.getStart().isBefore(start) || b.getEnd().isAfter(end)) {
                throw new IllegalArgumentException("Break " + b + " lies outside the shift " + start + " -> " + end);
            }
            if (b.getStart().isBefore(previousEnd)) {
                throw new IllegalArgumentException("Break " + b + " overlaps another break");
            }
            if (b.isEmpty()) {
                throw new IllegalArgumentException("Break " + b + " is empty");
            }
            previousEnd = b.getEnd();
        }
        breaks = List.copyOf(sorted);
        if (unplacedBreakSeconds < 0) {
            throw new IllegalArgumentException("Unplaced break seconds must not be negative: " + unplacedBreakSeconds);
        }
        long placed = 0;
        for (Interval b : breaks) {
            placed += b.getEnd().getEpochSecond() - b.getStart().getEpochSecond();
        }
        if (unplacedBreakSeconds > 0 && placed + unplacedBreakSeconds >= end.getEpochSecond() - start.getEpochSecond()) {
            throw new IllegalArgumentException("Breaks of " + (placed + unplacedBreakSeconds) + " s leave no work in the shift " + start
                    + " -> " + end);
        }
    }

    /** A shift whose breaks are all placed. */
    public Shift(String employeeId, Instant start, Instant end, List<Interval> breaks, Origin origin, boolean breakWaiverRequested,
            LocalDate notifiedOn, boolean outsideWorkplace, org.joda.money.Money rate) {
        this(employeeId, start, end, breaks, origin, breakWaiverRequested, notifiedOn, outsideWorkplace, rate, 0);
    }

    /** A shift paid at the employee's own wage. */
    public Shift(String employeeId, Instant start, Instant end, List<Interval> breaks, Origin origin, boolean breakWaiverRequested,
            LocalDate notifiedOn, boolean outsideWorkplace) {
        this(employeeId, start, end, breaks, origin, breakWaiverRequested, notifiedOn, outsideWorkplace, null);
    }

    /** A shift whose notice date is not recorded. */
    public Shift(String employeeId, Instant start, Instant end, List<Interval> breaks, Origin origin, boolean breakWaiverRequested) {
        this(employeeId, start, end, breaks, origin, breakWaiverRequested, null, false, null);
    }

    /** A shift at the workplace. */
    public Shift(String employeeId, Instant start, Instant end, List<Interval> breaks, Origin origin, boolean breakWaiverRequested,
            LocalDate notifiedOn) {
        this(employeeId, start, end, breaks, origin, breakWaiverRequested, notifiedOn, false, null);
    }

    public static Shift of(String employeeId, Instant start, Instant end, Interval... breaks) {
        return new Shift(employeeId, start, end, List.of(breaks), Origin.ACTUAL, false);
    }

    public Interval interval() {
        return Interval.of(start, end);
    }

    public Shift withOrigin(Origin newOrigin) {
        return new Shift(employeeId, start, end, breaks, newOrigin, breakWaiverRequested, notifiedOn, outsideWorkplace, rate, unplacedBreakSeconds);
    }

    public Shift withBreakWaiverRequested(boolean requested) {
        return new Shift(employeeId, start, end, breaks, origin, requested, notifiedOn, outsideWorkplace, rate, unplacedBreakSeconds);
    }

    public Shift withNotifiedOn(LocalDate date) {
        return new Shift(employeeId, start, end, breaks, origin, breakWaiverRequested, date, outsideWorkplace, rate, unplacedBreakSeconds);
    }

    public Shift withOutsideWorkplace(boolean outside) {
        return new Shift(employeeId, start, end, breaks, origin, breakWaiverRequested, notifiedOn, outside, rate, unplacedBreakSeconds);
    }

    public Shift withRate(org.joda.money.Money newRate) {
        return new Shift(employeeId, start, end, breaks, origin, breakWaiverRequested, notifiedOn, outsideWorkplace, newRate, unplacedBreakSeconds);
    }

    /** The same shift with this much break time whose position is not known. */
    public Shift withUnplacedBreakSeconds(long seconds) {
        return new Shift(employeeId, start, end, breaks, origin, breakWaiverRequested, notifiedOn, outsideWorkplace, rate, seconds);
    }

    /** Whether some of the break time has no known position in the shift. */
    public boolean hasUnplacedBreak() {
        return unplacedBreakSeconds > 0;
    }

    /** Seconds from start to end, breaks included. */
    public long spanSeconds() {
        return end.getEpochSecond() - start.getEpochSecond();
    }

    /** Break seconds, placed and unplaced. */
    public long breakSeconds() {
        long total = unplacedBreakSeconds;
        for (Interval b : breaks) {
            total += b.getEnd().getEpochSecond() - b.getStart().getEpochSecond();
        }
        return total;
    }

    /**
     * Placed break seconds given during working time: a break at the very start or end of a shift is not a break. Unplaced
     * break time is not counted: whether it lay within working time is not known ({@link #hasUnplacedBreak()}).
     */
    public long breakSecondsWithinWork() {
        long total = 0;
        for (Interval b : breaks) {
            if (b.getStart().isAfter(start) && b.getEnd().isBefore(end)) {
                total += b.getEnd().getEpochSecond() - b.getStart().getEpochSecond();
            }
        }
        return total;
    }

    /** Worked seconds: the span less the breaks. */
    public long workedSeconds() {
        return spanSeconds() - breakSeconds();
    }

    public Duration worked() {
        return Duration.ofSeconds(workedSeconds());
    }

    public boolean overlaps(Shift other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
