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
        Timeline t = context.timeline();
        long total = 0;
        for (int i = 0; i < t.size(); i++) {
            if (month.contains(t.workDate(i))) {
                total += t.seconds(i);
            }
        }
        return total;
    }
}
