package org.worktime.core.watch;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;

/**
 * What one employee may still lawfully work in the workplace week containing an as-of instant, and, when an
 * averaging arrangement covers the employee (Korea: a flexible arrangement of Art. 51, or a selective-hours
 * arrangement of Art. 52), in the arrangement's unit or settlement period containing it, projected to its end; or,
 * where the law caps a month's overtime and holiday work rather than a week's hours (Japan, Art. 36), in that month
 * ({@link UnitKind#MONTHLY_OVERTIME_CAP}, with no weekly ceiling). Durations are exact seconds; hours appear only in presentation.
 * Seconds are counted the way the weekly ceiling counts them (to the day a shift starts on, breaks excluded).
 *
 * <p>The unit components ({@code unit} to {@code unitStatus}, and {@code unitKind}) are all null when no averaging
 * arrangement applies, or all set when one does (and then a weekly ceiling is reported too, except under a monthly cap).
 *
 * <p>Under a {@link UnitKind#FLEXIBLE_UNIT} both the week and the unit bind: the status is the worse of both. Under a
 * {@link UnitKind#SELECTIVE_PERIOD} the week's ceiling does not bind (the period's total replaces it): the week's
 * numbers are reported for information, and the status is the period's alone.
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
 * @param status              the verdict: the worse of the week's and (when there is one) the unit's; under a
 *                            selective settlement period, the period's alone
 * @param reason              why: which ceiling and from where, or why none applies; under an arrangement also the
 *                            unit's ceiling, projection and what the projection assumes
 * @param citation            the law behind the ceiling (or behind its not applying)
 * @param unit                the arrangement's unit period containing the as-of date, half-open; null without one
 * @param unitScheduledSeconds the hours the arrangement schedules in the unit; null without a unit
 * @param unitRecordedSeconds work recorded in the unit (shifts starting before the as-of instant); null without a unit
 * @param unitPlannedSeconds  planned work of the rest of the unit; null without a unit
 * @param unitProjectedSeconds recorded + planned + the scheduled hours of the unit's remaining days that have no
 *                            shift (the schedule is assumed worked where nothing else is planned); null without a unit
 * @param unitCeilingSeconds  what the unit may hold: the scheduled hours (selective: the period's total) plus the
 *                            extended work allowed on top (Korea: 12 h a week, or 12 h a week on average over a settlement
 *                            period, with an Art. 53 agreement, Art. 53(2)); null without a unit
 * @param unitStatus          the unit's verdict: {@link Status#BREACH_CERTAIN} when recorded + planned work exceed the
 *                            unit's ceiling or a week's, {@link Status#AT_RISK} when the projection does or fewer than
 *                            the user's threshold are left ({@code unitCeiling - unitProjected}), else
 *                            {@link Status#OK}; null without a unit
 * @param unitKind            what the unit is: a flexible arrangement's unit period, or a selective arrangement's
 *                            settlement period (then nothing is scheduled: {@code unitScheduledSeconds} is the period's
 *                            total, and nothing is assumed, {@code unitProjectedSeconds = recorded + planned}), or a
 *                            month with a cap on overtime and holiday work ({@link UnitKind#MONTHLY_OVERTIME_CAP}: then
 *                            the week has no ceiling, {@code ceilingSeconds} and {@code leftSeconds} are null, and the
 *                            status is the unit's); null without a unit
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
        Citation citation,
        LocalDateRange unit,
        Long unitScheduledSeconds,
        Long unitRecordedSeconds,
        Long unitPlannedSeconds,
        Long unitProjectedSeconds,
        Long unitCeilingSeconds,
        Status unitStatus,
        UnitKind unitKind) {

    /** What the {@code unit*} components describe. */
    public enum UnitKind {
        /** The unit period of a flexible arrangement (Korea: Art. 51); the week binds too. */
        FLEXIBLE_UNIT,
        /** The settlement period of a selective-hours arrangement (Korea: Art. 52); the week does not bind. */
        SELECTIVE_PERIOD,
        /**
         * A month on which overtime and holiday work are capped (Japan: the Art. 36 agreement's month, counted from its
         * 起算日, or the calendar month without an agreement). There is no weekly ceiling: the week's ceiling components
         * are null, the week's hours are reported for information, and the status is the month's. The unit's recorded,
         * planned and projected seconds are overtime plus holiday work (not all work), the projection assumes nothing
         * (recorded + planned), the ceiling is the tightest cap in force expressed on that sum, and
         * {@code unitScheduledSeconds} is all the work counted in the month, recorded and planned (for context).
         */
        MONTHLY_OVERTIME_CAP
    }

    /** The verdicts, most severe first (the order reports sort by). */
    public enum Status {
        /**
         * Recorded and planned work already exceed the ceiling (the week's, or under an arrangement the unit's or one of
         * its weeks'): if the plan is worked, the law is broken.
         */
        BREACH_CERTAIN,
        /**
         * Within the ceiling, but with less left than the user's risk threshold; or, under an arrangement, the unit's
         * projection (the plan, with the schedule assumed worked where nothing is planned) exceeds a ceiling: a breach
         * is likely.
         */
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
        // A monthly cap has no weekly ceiling: its unit carries the numbers, and the status is the unit's.
        boolean monthly = unitKind == UnitKind.MONTHLY_OVERTIME_CAP;
        if (monthly && status != unitStatus) {
            throw new IllegalArgumentException("under a monthly cap the status is the unit's: " + status + " vs " + unitStatus);
        }
        if (!monthly && (status == Status.BREACH_CERTAIN || status == Status.AT_RISK || status == Status.OK)) {
            Objects.requireNonNull(ceilingSeconds, "ceilingSeconds is required for " + status);
            Objects.requireNonNull(leftSeconds, "leftSeconds is required for " + status);
        }
        Object[] unitParts = {unit, unitScheduledSeconds, unitRecordedSeconds, unitPlannedSeconds, unitProjectedSeconds,
            unitCeilingSeconds, unitStatus, unitKind};
        boolean anyUnit = Arrays.stream(unitParts).anyMatch(Objects::nonNull);
        if (anyUnit && !Arrays.stream(unitParts).allMatch(Objects::nonNull)) {
            throw new IllegalArgumentException("the unit's components are all set or all null: " + Arrays.toString(unitParts));
        }
        if (anyUnit && ceilingSeconds == null && !monthly) {
            throw new IllegalArgumentException("a unit needs a weekly ceiling (status " + status + ")");
        }
        if (unitStatus != null && unitStatus != Status.BREACH_CERTAIN && unitStatus != Status.AT_RISK && unitStatus != Status.OK) {
            throw new IllegalArgumentException("a unit's status is BREACH_CERTAIN, AT_RISK or OK, not " + unitStatus);
        }
    }

    /** A headroom without a ceiling: {@link Status#NOT_APPLICABLE} or {@link Status#INDETERMINATE}, with the reason. */
    public static Headroom without(String employeeId, LocalDateRange week, long recordedSeconds, long plannedSeconds,
            long todaySeconds, Status status, Text reason, Citation citation) {
        if (status != Status.NOT_APPLICABLE && status != Status.INDETERMINATE) {
            throw new IllegalArgumentException("a headroom without a ceiling is NOT_APPLICABLE or INDETERMINATE, not " + status);
        }
        return new Headroom(employeeId, week, recordedSeconds, plannedSeconds, null, null, null, todaySeconds, null, null, null,
                status, reason, citation, null, null, null, null, null, null, null, null);
    }

    /** Whether a ceiling applies (the numbers {@code ceilingSeconds} and {@code leftSeconds} are set). */
    public boolean hasCeiling() {
        return ceilingSeconds != null;
    }

    /** Whether an averaging arrangement's unit is reported (the {@code unit*} components are set). */
    public boolean hasUnit() {
        return unit != null;
    }

    /** {@code unitCeiling - unitProjected}, negative when the projection exceeds the ceiling; null without a unit. */
    public Long unitLeftSeconds() {
        return unit == null ? null : unitCeilingSeconds - unitProjectedSeconds;
    }

    /** The more severe of two statuses (the one listed first in {@link Status}). */
    public static Status worse(Status a, Status b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Whether the week's ceiling binds: always, except under a selective settlement period (then only the period does)
     * and under a monthly cap (there is no weekly ceiling).
     */
    public boolean weekBinds() {
        return unitKind != UnitKind.SELECTIVE_PERIOD && unitKind != UnitKind.MONTHLY_OVERTIME_CAP;
    }

    /**
     * The hours left that sort the report: the week's {@code leftSeconds}, or, when there is no weekly ceiling but a
     * monthly cap, the month's {@link #unitLeftSeconds}; null when neither applies.
     */
    public Long urgencyLeftSeconds() {
        return leftSeconds == null && unitKind == UnitKind.MONTHLY_OVERTIME_CAP ? unitLeftSeconds() : leftSeconds;
    }

    /**
     * The same headroom with {@link Status#OK} turned into {@link Status#AT_RISK} when fewer than {@code riskSeconds}
     * are left in the week (where it binds, {@link #weekBinds}) or, under an arrangement, in the unit
     * ({@code unitCeiling - unitProjected}; the unit's own status turns too). The threshold is the user's planning
     * margin, not law, so it is applied here and not by the pack.
     */
    public Headroom withRiskThreshold(long riskSeconds) {
        Status unitVerdict = unitStatus == Status.OK && unitLeftSeconds() < riskSeconds ? Status.AT_RISK : unitStatus;
        boolean weekShort = weekBinds() && leftSeconds != null && leftSeconds < riskSeconds;
        Status verdict = status == Status.OK && (weekShort || unitVerdict == Status.AT_RISK) ? Status.AT_RISK : status;
        if (verdict == status && unitVerdict == unitStatus) {
            return this;
        }
        return new Headroom(employeeId, week, recordedSeconds, plannedSeconds, ceilingSeconds, leftSeconds, dailyCeilingSeconds,
                todaySeconds, todayShiftStart, todayAllowedSeconds, latestLegalEnd, verdict, reason, citation, unit,
                unitScheduledSeconds, unitRecordedSeconds, unitPlannedSeconds, unitProjectedSeconds, unitCeilingSeconds, unitVerdict,
                unitKind);
    }
}
