package org.worktime.jp.rules;

import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;

/**
 * The ISHA's measure of long hours (Ordinance Art. 52-2(1)): the time worked in a month beyond 40 h a week, that is
 * every hour actually worked (breaks excluded, statutory-holiday work included, deemed hours not used: the ISHA looks
 * at the hours the worker was at work, whoever the Labor Standards Act's hours rules cover) less 40 h x days / 7. The
 * allowance is cut to whole minutes (40 h x 30 / 7 = 171:25), so the excess never falls short by seconds. Shared by
 * the doctor interviews of Arts 66-8 and 66-8-2, so both read a month the same way.
 */
final class HoursBeyondForty {

    private HoursBeyondForty() {
    }

    static long of(EmployeeContext context, LocalDateRange month, LocalDate on) {
        long allowance = context.parameter("jp.lsa32.week-limit", on).seconds() * month.lengthInDays() / 7 / 60 * 60;
        return Math.max(0, worked(context, month) - allowance);
    }

    private static long worked(EmployeeContext context, LocalDateRange month) {
        return JpFacts.of(context).worked().between(month.getStart().toEpochDay(), month.getEnd().toEpochDay());
    }

    /**
     * Every timeline segment's seconds by its work day, sorted, with running totals: the time worked over any dates in
     * two binary searches, instead of a walk over the whole record for every month asked.
     */
    static final class WorkedByDay {
        private final long[] days;
        private final long[] running;

        WorkedByDay(Timeline t) {
            int n = t.size();
            long[][] pairs = new long[n][];
            for (int i = 0; i < n; i++) {
                pairs[i] = new long[] {t.workEpochDay(i), t.seconds(i)};
            }
            if (!t.isInWorkDayOrder()) {
                java.util.Arrays.sort(pairs, java.util.Comparator.comparingLong(p -> p[0]));
            }
            days = new long[n];
            running = new long[n + 1];
            for (int i = 0; i < n; i++) {
                days[i] = pairs[i][0];
                running[i + 1] = running[i] + pairs[i][1];
            }
        }

        /** Seconds worked on the work days {@code [from, until)}. */
        long between(long from, long until) {
            return from >= until ? 0 : running[firstOnOrAfter(until)] - running[firstOnOrAfter(from)];
        }

        private int firstOnOrAfter(long day) {
            int lo = 0;
            int hi = days.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
