package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;

/**
 * How the working-time system in force counts a day and sets its limits, before and after the walk of
 * {@link StatutoryHours} (C4):
 * <ul>
 * <li>standard: 8 h a day, 40 h (44 h) a week;</li>
 * <li>variable hours (Arts 32-2, 32-4, 32-5), valid for the period: overtime is (1) on a day scheduled for more than 8 h,
 * the hours beyond the schedule, on another day the hours beyond 8; (2) in a week scheduled for more than 40 h, the hours
 * beyond the schedule, in another week beyond 40, not counting (1); (3) over the period, the hours beyond 40 h x days / 7,
 * not counting (1) and (2), on the period's last day;</li>
 * <li>flextime (Art. 32-3), valid for the settlement period: no daily or weekly limit; the hours beyond 40 h x days / 7
 * over the period, on its last day; with a period over one month, each one-month segment's hours beyond an average of
 * 50 h a week are overtime of that segment, on its last day, and not counted again at the end;</li>
 * <li>discretionary work (Arts 38-3, 38-4), valid: each working day counts as the deemed hours, then the standard walk
 * (statutory-holiday work and the late-night premium follow the hours actually worked).</li>
 * </ul>
 * A period's own step (3) is taken only when the whole period lies in the loaded weeks (the requested dates and the
 * pack's twelve-month look-back), so a period ending on a requested date is settled.
 * A worker who joins or leaves within a one-year period (Art. 32-4-2) or a flextime period over one month (Art. 32-3-2)
 * is settled instead over the part employed, on its last day: the hours beyond 40 h x days / 7 not already overtime are
 * paid like overtime but are not overtime.
 */
final class WorkingTimeSystem {

    private WorkingTimeSystem() {
    }

    static void apply(EmployeeContext context, StatutoryHours hours) {
        int days = hours.days();
        LocalDate first = hours.first();
        long[] counted = hours.ordinarySeconds();
        long[] dayLimits = new long[days];
        long[] weekLimits = new long[(days + 6) / 7];
        long[] weekScheduled = new long[weekLimits.length];
        boolean[] weekVariable = new boolean[weekLimits.length];
        boolean[] weekFlexible = new boolean[weekLimits.length];
        Arrangement[] arrangement = new Arrangement[days];
        boolean arrangements = !JpFacts.of(context).arrangements().isEmpty();
        LocalDate date = first;
        for (int d = 0; d < days; d++, date = date.plusDays(1)) {
            dayLimits[d] = Thresholds.dayLimit(context, date).seconds();
            if (!arrangements) {
                continue; // no arrangement on file for the employee: the standard limits on every day
            }
            Optional<Arrangement> a = Arrangement.validOn(context, date);
            if (a.isEmpty()) {
                continue;
            }
            arrangement[d] = a.get();
            switch (a.get().kind) {
                case VARIABLE -> {
                    long scheduled = a.get().scheduled(date);
                    dayLimits[d] = Math.max(dayLimits[d], scheduled);
                    weekScheduled[d / 7] += scheduled;
                    weekVariable[d / 7] = true;
                }
                case FLEXTIME -> {
                    dayLimits[d] = Long.MAX_VALUE;
                    weekFlexible[d / 7] = true;
                }
                case DISCRETIONARY -> {
                    if (counted[d] > 0) {
                        counted[d] = a.get().deemedSeconds();
                    }
                }
            }
        }
        for (int w = 0; w < weekLimits.length; w++) {
            long statutory = Thresholds.weekLimit(context, first.plusDays(7L * w)).seconds();
            weekLimits[w] = weekFlexible[w] ? Long.MAX_VALUE : weekVariable[w] ? Math.max(statutory, weekScheduled[w]) : statutory;
        }
        hours.walk(counted, dayLimits, weekLimits);
        settlePeriods(context, hours, arrangement, counted);
    }

    /** Step (3) of variable hours and the flextime settlement, for each whole period in the evaluated weeks. */
    private static void settlePeriods(EmployeeContext context, StatutoryHours hours, Arrangement[] arrangement, long[] counted) {
        LocalDate first = hours.first();
        LocalDateRange loaded = LocalDateRange.of(first, first.plusDays(hours.days()));
        Set<LocalDate> seen = new HashSet<>();
        for (int d = 0; d < arrangement.length; d++) {
            Arrangement a = arrangement[d];
            if (a == null || a.kind == Arrangement.Kind.DISCRETIONARY) {
                continue;
            }
            LocalDateRange whole = a.periodOf(first.plusDays(d));
            if (!seen.add(whole.getStart())) {
                continue;
            }
            LocalDateRange period = employedPart(context, whole);
            boolean partial = !period.equals(whole) && settlesPart(a);
            if (period.isEmpty() || !loaded.encloses(partial ? period : whole)) {
                continue;
            }
            period = partial ? period : whole;
            // The 44-hour week of Art. 40 carries over to the one-month system and to flextime settled within one month
            // (Enforcement Ordinance Art. 25-2); the others average 40 h.
            boolean special = a.agreement.kind().equals(Arrangement.ONE_MONTH) || a.kind == Arrangement.Kind.FLEXTIME && a.months() <= 1;
            long weekLimit = special ? Thresholds.weekLimit(context, period.getStart()).seconds()
                    : context.parameter("jp.lsa32.week-limit", period.getStart()).seconds();
            long already = 0;
            if (a.kind == Arrangement.Kind.FLEXTIME && a.months() > 1) {
                long monthlyWeek = context.parameter("jp.lsa32-3.monthly-average-week", period.getStart()).seconds();
                for (LocalDate s = period.getStart(); s.isBefore(period.getEnd()); s = s.plusMonths(1)) {
                    LocalDateRange segment = LocalDateRange.of(s, s.plusMonths(1).isAfter(period.getEnd()) ? period.getEnd() : s.plusMonths(1));
                    long excess = sum(counted, first, segment) - monthlyWeek * segment.lengthInDays() / 7;
                    if (excess > 0) {
                        hours.addOvertime(segment.getEndInclusive(), excess);
                        already += excess;
                    }
                }
            }
            long regular = 0;
            for (LocalDate date = period.getStart(); date.isBefore(period.getEnd()); date = date.plusDays(1)) {
                regular += hours.countedOn(date) - hours.beyondDayOn(date) - hours.beyondWeekOn(date);
            }
            long excess = regular - weekLimit * period.lengthInDays() / 7;
            if (excess > 0 && partial) {
                hours.addSettlement(period.getEndInclusive(), excess, a.agreement.kind());
            } else if (excess > 0) {
                hours.addOvertime(period.getEndInclusive(), excess);
            }
        }
    }

    /**
     * Arts 32-4-2 and 32-3-2: a worker employed for part of a one-year variable period, or of a flextime settlement
     * period over one month, is settled over that part (the one-month systems have no such rule: their periods are short).
     */
    private static boolean settlesPart(Arrangement a) {
        return a.agreement.kind().equals(Arrangement.ONE_YEAR) || a.kind == Arrangement.Kind.FLEXTIME && a.months() > 1;
    }

    /** The days of the period on which the worker was employed (from the hire date, to the end date). */
    private static LocalDateRange employedPart(EmployeeContext context, LocalDateRange period) {
        LocalDate hired = context.employee().hireDate();
        LocalDate left = context.employee().endDate();
        LocalDate from = hired != null && hired.isAfter(period.getStart()) ? hired : period.getStart();
        LocalDate to = left != null && left.isBefore(period.getEndInclusive()) ? left.plusDays(1) : period.getEnd();
        return from.isBefore(to) ? LocalDateRange.of(from, to) : LocalDateRange.of(from, from);
    }

    private static long sum(long[] counted, LocalDate first, LocalDateRange range) {
        long total = 0;
        for (LocalDate d = range.getStart(); d.isBefore(range.getEnd()); d = d.plusDays(1)) {
            total += counted[(int) (d.toEpochDay() - first.toEpochDay())];
        }
        return total;
    }
}
