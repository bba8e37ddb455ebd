package org.worktime.jp.rules;

import java.util.List;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Arts 38-3 and 38-4: discretionary work counts each working day as the deemed hours the agreement (or committee
 * resolution) sets; deemed hours beyond 8 a day are overtime, and statutory-holiday and late-night work follow the hours
 * actually worked. The worker's consent is required for planning work, and for professional work from 2024-04-01. This
 * rule reports the days on which the arrangement is not valid (the hours actually worked then count).
 */
@LegalRule(
        id = "JP-LSA-38",
        law = "Labor Standards Act (Japan)",
        article = "Arts 38-3, 38-4",
        effectiveFrom = "1988-04-01",
        version = "Act No. 71 of 2018; Enforcement Ordinance as amended 2024-04-01",
        source = "https://keiyaku-watch.jp/media/hourei/sairyo-rodo-202404/")
public final class DiscretionaryWorkRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        ArrangementFindings.report(context, info(), List.of(Arrangement.PROFESSIONAL, Arrangement.PLANNING), findings);
    }
}
