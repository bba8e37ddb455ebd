package org.worktime.kr.rules;

import java.util.List;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 53(4): special extended work beyond the 12 hours needs the Minister's authorization and the worker's
 * consent; in urgency the approval may follow, without delay. For each authorization covering the employee in
 * the period: a <b>violation</b> (Art. 114) when work began under an after-the-fact authorization whose approval
 * is not on file; a <b>warning</b> when the record breaks MOEL's guideline limits (4 weeks per authorization for
 * an unforeseen incident or a workload surge, 3 months for R&D, 6 months for the 2025 semiconductor R&D track,
 * more than 12 h extra a week for at most 2 weeks) or cannot count at all (no ground, no approval date). While an
 * authorization is in force, the weekly cap of {@code KR-LSA-53-1} rises by its extra hours (64 h a week by
 * default; 64 h then 60 h on the semiconductor track). The days-per-year guideline is reported on the year's
 * authorized days.
 */
@LegalRule(
        id = "KR-LSA-53-4",
        law = "Labor Standards Act",
        article = "Art. 53(4)",
        effectiveFrom = "2018-03-20",
        version = "Act No. 17862 (2021-01-05); Enforcement Rule Art. 9 (2020-01-31); MOEL guidelines",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class SpecialExtendedWorkRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, SpecialExtendedWork.KIND)) {
            return;
        }
        LocalDateRange period = context.period();
        long authorizedDaysThisYear = 0;
        Integer year = null;
        for (Agreement a : context.workplace().agreementsOfKind(SpecialExtendedWork.KIND)) {
            if (!a.validity().overlaps(period) || !(a.employees().isEmpty() || a.employees().contains(context.employeeId()))) {
                continue;
            }
            SpecialExtendedWork authorization = new SpecialExtendedWork(a);
            LocalDateRange span = a.validity().intersection(period);
            if (authorization.afterTheFact() && authorization.approvedOn().isEmpty()) {
                findings.accept(RuleSupport.violation(context, info(), span, null, null, info().citation(),
                        KoreanPenalties.art114(context, span.getStart()), Text.of("kr.special-extended.unapproved",
                                "from", a.validity().getStart())));
                continue;
            }
            List<Text> problems = authorization.problems(context);
            if (!problems.isEmpty()) {
                findings.accept(RuleSupport.warning(context, info(), span, null, null, info().citation(), Text.of("kr.special-extended.problems",
                        "from", a.validity().getStart(), "problems", problems,
                        "inForce", authorization.inForceOn(a.validity().getStart()) ? "yes" : "no")));
            }
            if (authorization.ground().filter(g -> g == SpecialExtendedWork.Ground.UNFORESEEN_INCIDENT
                    || g == SpecialExtendedWork.Ground.WORKLOAD_SURGE).isPresent() && !a.validity().isUnboundedEnd()) {
                int thisYear = a.validity().getStart().getYear();
                if (year == null || year != thisYear) {
                    year = thisYear;
                    authorizedDaysThisYear = 0;
                }
                authorizedDaysThisYear += a.validity().lengthInDays();
                var limit = context.findParameter("kr.lsa53-4.max-days-per-year", a.validity().getStart());
                if (limit.isPresent() && authorizedDaysThisYear > limit.get().integer()) {
                    findings.accept(RuleSupport.warning(context, info(), span, Measure.count(authorizedDaysThisYear, "days"),
                            Measure.count(limit.get().integer(), "days"), RuleSupport.citation(info(), limit.get()), Text.of("kr.special-extended.days-per-year",
                                    "days", authorizedDaysThisYear, "year", thisYear, "limit", limit.get().integer())));
                }
            }
        }
    }
}
