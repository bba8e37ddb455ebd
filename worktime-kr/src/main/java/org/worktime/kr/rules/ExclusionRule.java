package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Exclusion;
import org.worktime.core.engine.EmployeeContext;
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
        title = "Claimed Art. 63 exclusion not in force",
        titleKo = "제63조 적용제외 요건 미비",
        law = "Labor Standards Act",
        article = "Art. 63",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13); Decree Art. 34",
        source = "https://www.law.go.kr/법령/근로기준법",
        summary = "An exclusion from the hours rules must name an Art. 63 category and, for surveillance or intermittent work, MOEL approval.")
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
            findings.accept(RuleSupport.warning(context, info(), period, null, null, info().citation(), Text.legacy(
                    "'" + exclusion.category() + "' is not an Art. 63 category (" + java.util.Arrays.toString(Art63Category.values())
                            + "); the hours rules were applied.",
                    "'" + exclusion.category() + "'은(는) 제63조의 적용제외 범주가 아닙니다; 근로시간 규정을 적용했습니다.")));
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
        String when = approved == null ? "no approval is on file" : "the approval dates from " + approved;
        String whenKo = approved == null ? "승인 기록이 없습니다" : "승인일은 " + approved + "입니다";
        findings.accept(RuleSupport.warning(context, info(), approved == null ? period : LocalDateRange.of(firstDay, approved),
                null, null, info().citation(), Text.legacy(
                        "Surveillance or intermittent work is excluded only with MOEL approval (" + category.get().article() + "), and "
                                + when + "; the hours rules were applied" + (approved == null ? "." : " before it."),
                        "감시·단속적 근로는 고용노동부 승인이 있어야 적용 제외됩니다 (" + category.get().article() + "). " + whenKo
                                + "; 근로시간 규정을 적용했습니다.")));
    }
}
