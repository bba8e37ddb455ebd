package org.worktime.kr.rules;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Fixed-term and Part-time Workers Act Art. 6(1): a part-timer may work beyond the contractual hours only with consent,
 * and at most 12 hours a week. Holiday hours count: a day outside the contract is beyond it whatever its type. Workplaces
 * of 5 or more (Art. 3(1)); the part-timer definition and the measure are {@link PartTime}'s.
 */
@LegalRule(
        id = "KR-PTWA-6-1",
        law = "Fixed-term and Part-time Workers Act",
        article = "Art. 6(1)",
        effectiveFrom = "2007-07-01",
        version = "Act No. 8074 (2006-12-21)",
        source = "https://www.law.go.kr/법령/기간제및단시간근로자보호등에관한법률")
public final class PartTimeExcessCapRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!PartTime.isPartTimer(context, context.period().getStart())
                && !PartTime.isPartTimer(context, context.period().getEnd().minusDays(1))) {
            return; // a full-timer: nothing to say, not even that the workplace's size is unknown
        }
        RuleSupport.forEachApplicableWeek(context, info(), PartTime.SCOPE, false, findings, (weekStart, week) -> {
            var cap = context.findParameter("kr.ptwa6.excess-cap", weekStart);
            if (cap.isEmpty() || !PartTime.isPartTimer(context, weekStart) || Thresholds.flexible(context, weekStart)
                    || SelectiveArrangement.validOn(context, weekStart).isPresent()) {
                return;
            }
            long beyond = WeekHours.sum(PartTime.beyondContract(context, weekStart, WeekHours.HolidayCounting.ORDINARY));
            Parameter row = cap.get();
            if (beyond <= row.seconds()) {
                return;
            }
            findings.accept(RuleSupport.violation(context, info(), week, Measure.seconds(beyond), Measure.seconds(row.seconds()),
                    RuleSupport.citation(info(), row), penalty(context, weekStart), Text.of("kr.part-time.excess",
                            "beyond", RuleSupport.duration(beyond), "contract", RuleSupport.duration(PartTime.contractWeek(context)),
                            "week", weekStart, "fullTime", RuleSupport.duration(PartTime.fullTimeWeek(context, weekStart)),
                            "cap", RuleSupport.duration(row.seconds()))));
        });
    }

    private static Penalty penalty(EmployeeContext context, java.time.LocalDate date) {
        if (context.findParameter("kr.penalty.ptwa6", date).isEmpty()) {
            return KoreanPenalties.hours(context, date);
        }
        return KoreanPenalties.of(context, "kr.penalty.ptwa6", date, null);
    }
}
