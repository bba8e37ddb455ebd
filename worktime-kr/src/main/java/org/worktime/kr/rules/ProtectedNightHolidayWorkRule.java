package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 70(2): a minor, a pregnant worker, or a worker within a year after childbirth may work at night
 * (22:00-06:00) or on a holiday only with MOEL's authorization and the worker's consent (the pregnant worker's
 * explicit request), recorded as an agreement of kind {@code KR-LSA-70-2} covering the worker and the date.
 * Reported per calendar date with the night and holiday minutes worked. Art. 70(1) (consent of adult women)
 * needs the worker's sex, which is not an input yet. Applies to every workplace; Art. 63 does not lift it
 * (night work is not "hours, breaks and holidays", the same reading that keeps the night premium).
 */
@LegalRule(
        id = "KR-LSA-70-2",
        law = "Labor Standards Act",
        article = "Art. 70(2)",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13) and later",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class ProtectedNightHolidayWorkRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (context.employee().statuses().isEmpty() && !Protection.isKnownMinor(context, context.period().getStart())
                && !Protection.isKnownMinor(context, context.period().getEndInclusive())) {
            return; // no protected status and an adult (or unknown age) throughout: nothing to check, day by day
        }
        Timeline timeline = context.timeline();
        Map<Long, Long> byDate = new TreeMap<>();
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.isNight(i) || timeline.isHoliday(i)) {
                byDate.merge(timeline.calendarEpochDay(i), timeline.seconds(i), Long::sum);
            }
        }
        for (Map.Entry<Long, Long> entry : byDate.entrySet()) {
            LocalDate date = LocalDate.ofEpochDay(entry.getKey());
            String who = protectedAs(context, date);
            if (who == null || context.hasAgreement(Agreements.PROTECTED_NIGHT_HOLIDAY_AUTHORIZATION, date)
                    || !Applicability.of(context, Applicability.ART70, date, false).applies()) {
                continue;
            }
            findings.accept(RuleSupport.violation(context, info(), RuleSupport.day(date), Measure.seconds(entry.getValue()),
                    Measure.seconds(0), info().citation(), KoreanPenalties.hours(context, date), Text.of("kr.protected-night-holiday.unauthorized",
                            "hours", RuleSupport.duration(entry.getValue()), "date", date, "who", who)));
        }
    }

    private static String protectedAs(EmployeeContext context, LocalDate date) {
        if (Protection.isPregnant(context, date)) {
            return "pregnant";
        }
        if (Protection.isPostpartum(context, date)) {
            return "postpartum";
        }
        return Protection.isKnownMinor(context, date) ? "minor" : null;
    }
}
