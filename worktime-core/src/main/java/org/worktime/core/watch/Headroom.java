package org.worktime.core.watch;

import java.time.LocalDateTime;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;

/**
 * What one employee may still lawfully work in the workplace week containing an as-of instant. Durations are exact
 * seconds; hours appear only in presentation. Seconds are counted the way the weekly ceiling counts them (to the
 * day a shift starts on, breaks excluded).
 *
 * @param employeeId          the employee
 * @param week                the workplace's fixed 7-day week containing the as-of date, half-open
 * @param recordedSeconds     recorded work of the week (shifts starting before the as-of instant)
 * @param plannedSeconds      planned work of the rest of the week (planned shifts starting at or after it)
 * @param ceilingSeconds      the weekly ceiling in force for this employee; null when none applies or it cannot be decided
 * @param leftSeconds         {@code ceiling - (recorded + planned)}, negative when the plan breaks it; null without a ceiling
 * @param dailyCeilingSeconds today's daily ceiling; null when there is none (beyond what the week allows) or no ceiling applies
 * @param todaySeconds        recorded and planned work counted to the as-of date
 * @param todayShiftStart     the start (workplace wall-clock time) of the last recorded or planned shift starting on the
 *                            as-of date, the shift {@code latestLegalEnd} is computed for; null when there is none
 * @param todayAllowedSeconds the work that shift may hold: the smaller of today's daily ceiling less the other work
 *                            counted to today, and the weekly ceiling less the week's other work; never negative; null
 *                            when there is no such shift or no ceiling
 * @param latestLegalEnd      {@code todayShiftStart} plus {@code todayAllowedSeconds} plus the break the law requires for
 *                            that much work (assumed taken inside the shift), workplace wall-clock time; null when there is
 *                            no such shift or no ceiling
 * @param status              the verdict
 * @param reason              why: which ceiling and from where, or why none applies
 * @param citation            the law behind the ceiling (or behind its not applying)
 */
public record Headroom(
        String employeeId,
        LocalDateRange week,
        long recordedSeconds,
        long plannedSeconds,
        Long ceilingSeconds,
        Long leftSeconds,
        Long dailyCeilingSeconds,
        long todaySeconds,
        LocalDateTime todayShiftStart,
        Long todayAllowedSeconds,
        LocalDateTime latestLegalEnd,
        Status status,
        Text reason,
        Citation citation) {

    /** The verdicts, most severe first (the order reports sort by). */
    public enum Status {
        /** Recorded and planned work already exceed the ceiling: if the plan is worked, the law is broken. */
        BREACH_CERTAIN,
        /** Within the ceiling, but with less left than the user's risk threshold. */
        AT_RISK,
        /** The input cannot decide whether a ceiling applies (for example the workplace's size is unknown). */
        INDETERMINATE,
        /** Within the ceiling, with at least the threshold left. */
        OK,
        /** No weekly ceiling applies to this employee (workplace size, an exclusion, not employed that week). */
        NOT_APPLICABLE
    }

    public Headroom {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(citation, "citation");
        if (status == Status.BREACH_CERTAIN || status == Status.AT_RISK || status == Status.OK) {
            Objects.requireNonNull(ceilingSeconds, "ceilingSeconds is required for " + status);
            Objects.requireNonNull(leftSeconds, "leftSeconds is required for " + status);
        }
    }

    /** A headroom without a ceiling: {@link Status#NOT_APPLICABLE} or {@link Status#INDETERMINATE}, with the reason. */
    public static Headroom without(String employeeId, LocalDateRange week, long recordedSeconds, long plannedSeconds,
            long todaySeconds, Status status, Text reason, Citation citation) {
        if (status != Status.NOT_APPLICABLE && status != Status.INDETERMINATE) {
            throw new IllegalArgumentException("a headroom without a ceiling is NOT_APPLICABLE or INDETERMINATE, not " + status);
        }
        return new Headroom(employeeId, week, recordedSeconds, plannedSeconds, null, null, null, todaySeconds, null, null, null,
                status, reason, citation);
    }

    /** Whether a ceiling applies (the numbers {@code ceilingSeconds} and {@code leftSeconds} are set). */
    public boolean hasCeiling() {
        return ceilingSeconds != null;
    }

    /**
     * The same headroom with {@link Status#OK} turned into {@link Status#AT_RISK} when fewer than {@code riskSeconds}
     * are left. The threshold is the user's planning margin, not law, so it is applied here and not by the pack.
     */
    public Headroom withRiskThreshold(long riskSeconds) {
        if (status != Status.OK || leftSeconds >= riskSeconds) {
            return this;
        }
        return new Headroom(employeeId, week, recordedSeconds, plannedSeconds, ceilingSeconds, leftSeconds, dailyCeilingSeconds,
                todaySeconds, todayShiftStart, todayAllowedSeconds, latestLegalEnd, Status.AT_RISK, reason, citation);
    }
}
