package org.worktime.kr.rules;

import java.util.Optional;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
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
        law = "Labor Standards Act",
        article = "Art. 52(2)1",
        effectiveFrom = "2021-04-06",
        version = "Act No. 17862 (2021-01-05), in force 2021-04-06",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class SelectiveRestRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, SelectiveArrangement.KIND)) {
            return;
        }
        RestBetweenWorkdays.check(context, info(), (c, day) -> SelectiveArrangement.validOn(c, day)
                .filter(a -> a.months() > 1)
                .filter(a -> !Boolean.parseBoolean(a.agreement().terms().getOrDefault("restException", "false").trim()))
                .flatMap(a -> c.findParameter("kr.lsa52.min-rest", day)),
                Text.of("kr.rest.under.selective"), findings);
    }
}
