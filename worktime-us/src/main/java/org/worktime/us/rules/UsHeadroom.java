package org.worktime.us.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.HeadroomCalculator;
import org.worktime.core.watch.Watch;

/**
 * {@code worktime watch} for the United States. Neither the FLSA nor the California Labor Code caps an adult's working
 * hours: hours beyond 40 a week (and in California beyond 8 a day) must be paid as overtime, they are not forbidden.
 * So no ceiling binds and the status is {@link Headroom.Status#NOT_APPLICABLE}; the answer still gives the workweek's
 * recorded and planned hours, and the reason says how many hours are left before weekly overtime starts, which is
 * what a team lead planning the week wants to know. The cost itself is {@code worktime pay --as-of}'s answer.
 */
public final class UsHeadroom implements HeadroomCalculator {

    @Override
    public Headroom compute(EmployeeContext context, Instant asOf) {
        LocalDateRange week = Watch.weekOf(context.workplace(), asOf);
        ZonedDateTime weekStart = context.workplace().weekStartOf(asOf);
        long from = weekStart.toEpochSecond();
        long to = weekStart.plusDays(7).toEpochSecond();
        LocalDate today = asOf.atZone(context.workplace().zone()).toLocalDate();
        Timeline timeline = context.timeline();
        long recorded = 0;
        long planned = 0;
        long todaySeconds = 0;
        for (int i = 0; i < timeline.size(); i++) {
            long s = Math.max(timeline.startEpochSecond(i), from);
            long e = Math.min(timeline.endEpochSecond(i), to);
            if (e <= s) {
                continue;
            }
            if (timeline.isPlanned(i)) {
                planned += e - s;
            } else {
                recorded += e - s;
            }
            if (timeline.calendarDate(i).equals(today)) {
                todaySeconds += e - s;
            }
        }
        long threshold = context.parameter("us.flsa7.week-limit", today).seconds();
        long left = threshold - recorded - planned;
        Duration hours = Duration.ofSeconds(Math.abs(left));
        Text reason = Text.of("us.headroom.no-cap", "limit", Duration.ofSeconds(threshold),
                "status", left >= 0 ? Text.of("us.headroom.left", "hours", hours) : Text.of("us.headroom.over", "hours", hours));
        return Headroom.without(context.employeeId(), week, recorded, planned, todaySeconds, Headroom.Status.NOT_APPLICABLE, reason,
                new Citation("Fair Labor Standards Act", "s.7(a) (29 USC 207(a))", "", "https://www.law.cornell.edu/uscode/text/29/207"));
    }
}
