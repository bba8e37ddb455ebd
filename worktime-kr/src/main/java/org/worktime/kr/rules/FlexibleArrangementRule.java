package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 51: a flexible working-hours arrangement on file that cannot be used for the employee in a unit period,
 * so that the ordinary rules (8 h a day, 40 h a week, Arts 50 and 53) judge that unit instead. Reported once per
 * unit as a warning that says why: a missing or unreadable schedule, a unit longer than the Act allows or
 * running beyond the agreement's validity, a schedule averaging more than 40 h a week or exceeding 48 h
 * (two-week unit) or 52 h a week and 12 h a day (three-month unit), or an ineligible worker (a minor or a
 * pregnant worker, Art. 51(3)). The breaches that follow are the ordinary rules' findings.
 */
@LegalRule(
        id = "KR-LSA-51",
        law = "Labor Standards Act",
        article = "Art. 51",
        effectiveFrom = "2004-07-01",
        version = "Act No. 15513 (2018-03-20); Act No. 17862 (2021-01-05)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class FlexibleArrangementRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, FlexibleArrangement.TWO_WEEK, FlexibleArrangement.THREE_MONTH, FlexibleArrangement.SIX_MONTH)) {
            return;
        }
        Set<LocalDate> unitsSeen = new HashSet<>();
        for (LocalDate date : context.dates()) {
            Optional<FlexibleArrangement> arrangement = FlexibleArrangement.on(context, date);
            if (arrangement.isEmpty() || !context.employee().isEmployedOn(date)) {
                continue;
            }
            LocalDateRange unit = arrangement.get().unitOf(date);
            if (!unitsSeen.add(unit.getStart())) {
                continue;
            }
            List<Text> reasons = arrangement.get().invalidityOfUnit(context, date);
            if (reasons.isEmpty()) {
                continue;
            }
            LocalDateRange period = unit.intersection(arrangement.get().agreement().validity());
            findings.accept(RuleSupport.warning(context, info(), period, null, null, info().citation(), Text.of("kr.flexible.unusable",
                    "kind", arrangement.get().kind(), "from", unit.getStart(), "reasons", reasons)));
        }
    }
}
