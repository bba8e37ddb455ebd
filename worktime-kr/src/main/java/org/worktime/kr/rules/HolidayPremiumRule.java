package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Timeline;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 56(2): holiday work is paid at 1.5 times the hourly ordinary wage up to 8 hours and at 2.0 beyond,
 * counted per holiday calendar date (midnight to midnight, so a night shift into a holiday is holiday work
 * from 00:00). It replaces, never adds to, the overtime premium. Paid to monthly-salaried workers in full
 * (1.5, not 0.5): holiday work is outside the contractual hours the monthly wage pays (open question 2).
 */
@LegalRule(
        id = "KR-LSA-56-2",
        law = "Labor Standards Act",
        article = "Art. 56(2)",
        effectiveFrom = "2018-03-20",
        version = "Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class HolidayPremiumRule implements PayRule {

    public static final String KIND = "HOLIDAY";
    public static final String KIND_OVER = "HOLIDAY_OVER_8H";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        Timeline timeline = context.timeline();
        Map<Long, Long> byDate = new TreeMap<>();
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.isHoliday(i)) {
                byDate.merge(timeline.calendarEpochDay(i), timeline.seconds(i), Long::sum);
            }
        }
        for (Map.Entry<Long, Long> entry : byDate.entrySet()) {
            LocalDate date = LocalDate.ofEpochDay(entry.getKey());
            if (!info().isEffectiveOn(date) || !Applicability.of(context, Applicability.ART56, date, true).applies()) {
                continue;
            }
            long worked = entry.getValue();
            long threshold = context.parameter("kr.lsa56.holiday-threshold", date).seconds();
            Parameter within = context.parameter("kr.lsa56.holiday-multiplier", date);
            lines.accept(PaySupport.line(context, info(), RuleSupport.day(date), KIND, Math.min(worked, threshold), within.decimal(), within));
            if (worked > threshold) {
                Parameter beyond = context.parameter("kr.lsa56.holiday-over-multiplier", date);
                lines.accept(PaySupport.line(context, info(), RuleSupport.day(date), KIND_OVER, worked - threshold, beyond.decimal(), beyond));
            }
        }
    }
}
