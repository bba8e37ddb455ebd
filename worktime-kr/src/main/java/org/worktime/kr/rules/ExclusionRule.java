package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Exclusion;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 63: an exclusion from the hours rules is claimed for the employee but does not hold, so every hours
 * rule was applied. Either the category is not one of Art. 63, or surveillance/intermittent work lacks the
 * MOEL approval it needs. Managerial status is judged on substance (kr.md 5.2.2): it is taken as attested.
 */
@LegalRule(
        id = "KR-LSA-63",
        law = "Labor Standards Act",
        article = "Art. 63",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13); Decree Art. 34",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class ExclusionRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        Exclusion exclusion = context.employee().exclusion();
        if (exclusion == null || context.period().isEmpty()) {
            return;
        }
        LocalDateRange period = context.period();
        Optional<Art63Category> category = Art63Category.parse(exclusion.category());
        if (category.isEmpty()) {
            findings.accept(RuleSupport.warning(context, info(), period, null, null, info().citation(), Text.of("kr.exclusion.not-a-category",
                    "category", exclusion.category(), "categories", java.util.Arrays.toString(Art63Category.values()))));
            return;
        }
        if (!category.get().needsApproval()) {
            return;
        }
        LocalDate firstDay = period.getStart();
        LocalDate approved = exclusion.approvedOn();
        if (approved != null && !approved.isAfter(firstDay)) {
            return;
        }
        Citation article = new Citation(info().citation().law(), category.get().article(), "", info().citation().source());
        findings.accept(RuleSupport.warning(context, info(), approved == null ? period : LocalDateRange.of(firstDay, approved),
                null, null, info().citation(), approved == null
                        ? Text.of("kr.exclusion.unapproved", "article", article)
                        : Text.of("kr.exclusion.approved-late", "article", article, "approved", approved)));
    }
}
