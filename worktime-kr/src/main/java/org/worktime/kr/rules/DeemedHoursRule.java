package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 58(3): a discretionary-work agreement on file that cannot deem the employee's hours: no deemed hours, no
 * statement that the employer gives no instructions on means and time, or a job that the agreement does not name or
 * that is not one of Decree Art. 31's. Reported once per agreement as a warning; the time actually worked is then
 * counted by the ordinary rules. With a valid agreement every working day counts as the deemed hours (see
 * {@code DeemedHours}).
 */
@LegalRule(
        id = "KR-LSA-58-3",
        law = "Labor Standards Act",
        article = "Art. 58(3); Decree Art. 31",
        effectiveFrom = "1997-03-13",
        version = "Act No. 5309 (1997-03-13) and later",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class DeemedHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, DeemedHours.KIND)) {
            return;
        }
        Set<Agreement> seen = new HashSet<>();
        for (LocalDate date : context.dates()) {
            if (context.ledger().workedOn(date) == 0) {
                continue;
            }
            Optional<DeemedHours> deemed = DeemedHours.on(context, date);
            if (deemed.isEmpty() || !seen.add(deemed.get().agreement())) {
                continue;
            }
            List<Text> reasons = deemed.get().invalidity(context, date);
            if (reasons.isEmpty()) {
                continue;
            }
            findings.accept(RuleSupport.warning(context, info(), deemed.get().agreement().validity().intersection(context.period()), null, null,
                    info().citation(), Text.of("kr.deemed.unusable", "reasons", reasons)));
        }
    }
}
