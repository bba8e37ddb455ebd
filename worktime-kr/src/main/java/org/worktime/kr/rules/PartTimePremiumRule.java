package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Fixed-term and Part-time Workers Act Art. 6(3), from 2014-09-19: a part-timer's hours beyond the contractual hours
 * are paid with at least 50 % on top of the ordinary wage, even within 8 a day and 40 a week. Hours the Labor Standards
 * Act already pays as extended work (Art. 56(1), KR-LSA-56-1) or holiday work (Art. 56(2)) are not paid twice: this
 * line holds only the hours beyond the contract and within the statutory limits. Like Art. 56(1)'s line it is the
 * whole 1.5: hours beyond the contract are not paid by the contractual wage. Workplaces of 5 or more (Art. 3(1)).
 */
@LegalRule(
        id = "KR-PTWA-6-3",
        law = "Fixed-term and Part-time Workers Act",
        article = "Art. 6(3)",
        effectiveFrom = "2014-09-19",
        version = "Act No. 12469 (2014-03-18), in force 2014-09-19",
        source = "https://www.law.go.kr/법령/기간제및단시간근로자보호등에관한법률")
public final class PartTimePremiumRule implements PayRule {

    public static final String KIND = "PART_TIME_EXCESS";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        for (LocalDate weekStart : context.weekStarts()) {
            var multiplier = context.findParameter("kr.ptwa6.premium-multiplier", weekStart);
            if (multiplier.isEmpty() || !RuleSupport.employedDuring(context, RuleSupport.week(weekStart))
                    || !Applicability.of(context, PartTime.SCOPE, weekStart, true).applies()
                    || !PartTime.isPartTimer(context, weekStart)
                    || Thresholds.flexible(context, weekStart) || SelectiveArrangement.validOn(context, weekStart).isPresent()) {
                continue;
            }
            long beyondContract = WeekHours.sum(PartTime.beyondContract(context, weekStart, WeekHours.HolidayCounting.PREMIUM));
            long statutory = Applicability.of(context, Applicability.ART56, weekStart, true).applies()
                    ? WeekHours.sum(WeekHours.overtimeByDay(context, weekStart, Thresholds.dayLimits(context, weekStart),
                            Thresholds.weekLimit(context, weekStart), WeekHours.HolidayCounting.PREMIUM))
                    : 0;
            long seconds = beyondContract - statutory;
            if (seconds <= 0) {
                continue;
            }
            Parameter row = multiplier.get();
            lines.accept(PaySupport.line(context, info(), RuleSupport.week(weekStart), KIND, seconds, row.decimal(), row));
        }
    }
}
