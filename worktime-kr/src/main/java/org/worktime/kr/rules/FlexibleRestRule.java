package org.worktime.kr.rules;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 51-2(2): under a flexible arrangement with a unit over three months (kind {@code KR-LSA-51-2-6M}), at least
 * 11 consecutive hours of rest between working days, unless a written agreement with the worker representative
 * provides otherwise for natural disasters and the like (term {@code restException: true}).
 */
@LegalRule(
        id = "KR-LSA-51-2-2",
        law = "Labor Standards Act",
        article = "Art. 51-2(2)",
        effectiveFrom = "2021-04-06",
        version = "Act No. 17862 (2021-01-05), in force 2021-04-06",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class FlexibleRestRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, FlexibleArrangement.SIX_MONTH)) {
            return;
        }
        RestBetweenWorkdays.check(context, info(), (c, day) -> FlexibleArrangement.validOn(c, day)
                .filter(a -> a.kind().equals(FlexibleArrangement.SIX_MONTH))
                .filter(a -> !Boolean.parseBoolean(a.agreement().terms().getOrDefault("restException", "false").trim()))
                .flatMap(a -> c.findParameter("kr.lsa51-2-6m.min-rest", day)),
                Text.of("kr.rest.under.flexible-over-three-months"), findings);
    }
}
