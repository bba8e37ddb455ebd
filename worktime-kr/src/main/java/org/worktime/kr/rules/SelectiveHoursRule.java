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
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 52: under a selective working-hours arrangement the day's 8 and the week's 40 hours do not bind; the
 * settlement period's total does (the agreed total, at most 40 h a week on average). For each settlement period:
 * a <b>warning</b> when the arrangement cannot be used (form, a period longer than a month — three for R&D — or
 * beyond the validity, a total above the average, a minor), after which the ordinary rules judge the period; a
 * <b>violation</b> when the hours worked exceed the period's total and no Art. 53 agreement covers the employee.
 * The 12-hour average of Art. 53(2) is judged by {@code KR-LSA-53-1}.
 */
@LegalRule(
        id = "KR-LSA-52",
        law = "Labor Standards Act",
        article = "Art. 52(1)",
        effectiveFrom = "2004-07-01",
        version = "Act No. 17862 (2021-01-05)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class SelectiveHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, SelectiveArrangement.KIND)) {
            return;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (LocalDate date : context.dates()) {
            Optional<SelectiveArrangement> arrangement = SelectiveArrangement.on(context, date);
            if (arrangement.isEmpty() || !context.employee().isEmployedOn(date)) {
                continue;
            }
            LocalDateRange period = arrangement.get().periodOf(date);
            if (!seen.add(period.getStart())) {
                continue;
            }
            List<Text> reasons = arrangement.get().invalidityOfPeriod(context, date);
            if (!reasons.isEmpty()) {
                findings.accept(RuleSupport.warning(context, info(), period.intersection(arrangement.get().agreement().validity()), null, null,
                        info().citation(), Text.of("kr.selective.unusable",
                                "from", period.getStart(), "reasons", reasons)));
                continue;
            }
            long worked = context.ledger().workedBetween(period.getStart(), period.lengthInDays());
            long ordinary = arrangement.get().ordinaryHours(context, period);
            if (worked <= ordinary || context.hasAgreement(Agreements.EXTENDED_WORK, period.getEndInclusive())) {
                continue;
            }
            findings.accept(RuleSupport.violation(context, info(), period, Measure.seconds(worked), Measure.seconds(ordinary),
                    info().citation(), KoreanPenalties.hours(context, period.getStart()), Text.of("kr.selective.beyond-total",
                            "worked", RuleSupport.duration(worked), "from", period.getStart(), "total", RuleSupport.duration(ordinary))));
        }
    }
}
