package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 52(2)1: under a selective arrangement whose settlement period is longer than a month, at least 11
 * consecutive hours of rest between one working day and the next, unless a written agreement with the worker
 * representative provides otherwise for unavoidable cases (term {@code restException: true}). Checked between
 * consecutive shifts that start on different days: the gap from one's end to the next one's start.
 */
@LegalRule(
        id = "KR-LSA-52-2",
        title = "Less than 11 hours of rest between working days under selective hours",
        titleKo = "선택적 근로시간제 근로일 간 11시간 연속 휴식 미부여",
        law = "Labor Standards Act",
        article = "Art. 52(2)1",
        effectiveFrom = "2021-04-06",
        version = "Act No. 17862 (2021-01-05), in force 2021-04-06",
        source = "https://www.law.go.kr/법령/근로기준법",
        summary = "With a settlement period over a month, 11 consecutive hours of rest separate working days.")
public final class SelectiveRestRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        List<Shift> shifts = context.timeline().shifts();
        for (int i = 1; i < shifts.size(); i++) {
            Shift previous = shifts.get(i - 1);
            Shift next = shifts.get(i);
            LocalDate nextDay = next.start().atZone(context.workplace().zone()).toLocalDate();
            LocalDate previousDay = previous.start().atZone(context.workplace().zone()).toLocalDate();
            if (nextDay.equals(previousDay) || !context.period().contains(nextDay) || !info().isEffectiveOn(nextDay)) {
                continue;
            }
            Optional<SelectiveArrangement> arrangement = SelectiveArrangement.validOn(context, nextDay);
            if (arrangement.isEmpty() || arrangement.get().months() <= 1
                    || Boolean.parseBoolean(arrangement.get().agreement().terms().getOrDefault("restException", "false").trim())) {
                continue;
            }
            Parameter minimum = context.parameter("kr.lsa52.min-rest", nextDay);
            long rest = next.start().getEpochSecond() - previous.end().getEpochSecond();
            if (rest >= minimum.seconds()) {
                continue;
            }
            findings.accept(RuleSupport.violation(context, info(), RuleSupport.day(nextDay), Measure.seconds(rest), Measure.seconds(minimum.seconds()),
                    RuleSupport.citation(info(), minimum), KoreanPenalties.hours(context, nextDay), Text.of(
                            "Only " + RuleSupport.hours(rest) + " h of rest before the shift of " + nextDay + " (the previous one ended "
                                    + previous.end().atZone(context.workplace().zone()).toLocalDateTime() + "); 11 consecutive hours are required.",
                            nextDay + " 근무 전 휴식 " + RuleSupport.hours(rest) + "시간 (직전 근무 종료 "
                                    + previous.end().atZone(context.workplace().zone()).toLocalDateTime() + "); 연속 11시간 휴식 필요.")));
        }
    }
}
