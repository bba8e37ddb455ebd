package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 59: with a written agreement in one of the five special industries, extended work is not capped at 12 hours a
 * week, but at least 11 consecutive hours of rest must separate working days (Art. 59(2), from 2018-09-01). Reports
 * a <b>violation</b> for each shorter rest between shifts that start on different days, and a <b>warning</b> (once)
 * when an agreement is on file but the workplace's industry is not one of the five (so the 12-hour cap applies) or
 * is unknown (indeterminate).
 */
@LegalRule(
        id = "KR-LSA-59",
        law = "Labor Standards Act",
        article = "Art. 59",
        effectiveFrom = "2018-07-01",
        version = "Act No. 15513 (2018-03-20); Art. 59(2) in force 2018-09-01",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class SpecialIndustryRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, SpecialIndustry.KIND)) {
            return;
        }
        reportIneligibleAgreement(context, findings);
        RestBetweenWorkdays.check(context, info(), (c, day) -> SpecialIndustry.appliesOn(c, day)
                ? c.findParameter("kr.lsa59.min-rest", day) : Optional.<Parameter>empty(),
                Text.of("kr.rest.under.special-industry"), findings);
    }

    /** Once per employee: an agreement on file whose industry is not one of the five, or unknown. */
    private void reportIneligibleAgreement(EmployeeContext context, Consumer<Finding> findings) {
        for (LocalDate day : context.dates()) {
            Optional<Agreement> agreement = SpecialIndustry.agreement(context, day);
            if (agreement.isEmpty() || !info().isEffectiveOn(day) || context.ledger().workedOn(day) == 0) {
                continue;
            }
            Optional<Boolean> eligible = SpecialIndustry.eligible(context, day);
            if (eligible.orElse(false)) {
                return;
            }
            findings.accept(eligible.isEmpty()
                    ? RuleSupport.indeterminate(context, info(), agreement.get().validity().intersection(context.period()), Text.of("kr.special-industry.industry-unknown"))
                    : RuleSupport.warning(context, info(), agreement.get().validity().intersection(context.period()), null, null, info().citation(),
                            Text.of("kr.special-industry.not-eligible",
                                    "industry", context.workplace().attributes().get("industry"))));
            return;
        }
    }
}
