package org.worktime.jp.rules;

import java.util.List;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Arts 32-2, 32-4 and 32-5: a variable-hours arrangement (one month, one year, one week) lets a day or a week be scheduled
 * beyond 8 h or 40 h without overtime, only within its article's conditions. This rule reports each period whose schedule
 * breaks them; in such a period the arrangement is disregarded and overtime is counted on the standard 8 h / 40 h (the
 * hours rules and premiums then follow). See {@link Arrangement} for the terms and {@link WorkingTimeSystem} for the count.
 */
@LegalRule(
        id = "JP-LSA-32-VAR",
        law = "Labor Standards Act (Japan)",
        article = "Arts 32-2, 32-4, 32-5",
        effectiveFrom = "1988-04-01",
        version = "Act No. 99 of 1987; Enforcement Ordinance Arts 12-2 to 12-5",
        source = "https://jinseiupup.hatenablog.com/entry/2023/04/14/123604")
public final class VariableHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        ArrangementFindings.report(context, info(), List.of(Arrangement.ONE_MONTH, Arrangement.ONE_YEAR, Arrangement.ONE_WEEK), findings);
    }
}
