package org.worktime.jp.rules;

import java.util.List;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 32-3: flextime with a settlement period of up to three months (one month before 2019-04-01); over one month the
 * agreement must be filed. This rule reports each settlement period of an arrangement that breaks these conditions (the
 * standard 8 h / 40 h then apply). Overtime under a valid arrangement: see {@link WorkingTimeSystem}.
 */
@LegalRule(
        id = "JP-LSA-32-3",
        law = "Labor Standards Act (Japan)",
        article = "Art. 32-3",
        effectiveFrom = "1988-04-01",
        version = "Act No. 71 of 2018",
        source = "https://www.ark-outsourcing.com/news/detail_58.html")
public final class FlextimeRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        ArrangementFindings.report(context, info(), List.of(Arrangement.FLEXTIME), findings);
    }
}
