package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 41-2(1)(iii)-(v): a worker who meets the Highly Professional System's other conditions (job, resolution, consent,
 * wage) but whose health measures fail (health management time, 104 days off a year and 4 in every 4 weeks, the
 * selective measure) loses the exemption for the block the measure is judged on (C5.8): the four weeks, the month or
 * the HPS year. The rule reports each run of such dates and says that the hours, holiday and premium rules apply to
 * them (the other rules of the pack then judge and pay those dates). The Act attaches no penalty to the measures
 * themselves; the exposure comes from the ordinary rules.
 */
@LegalRule(
        id = "JP-LSA-41-2-HEALTH",
        law = "Labor Standards Act (Japan)",
        article = "Art. 41-2(1)(iii)-(v)",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018; Enforcement Ordinance Art. 34-2",
        source = "https://chiba-hatarakikata.com/knowledge/265/")
public final class HealthMeasuresRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        Coverage coverage = JpFacts.of(context).coverage();
        if (!coverage.hpsPossible()) {
            return;
        }
        LocalDate runStart = null;
        Eligibility runDecision = null;
        String runKey = null;
        for (LocalDate date : context.dates()) {
            Eligibility decision = coverage.hpsDecision(date);
            String key = lostKey(decision);
            if (runKey != null && !runKey.equals(key)) {
                report(context, runStart, date, runDecision, findings);
                runKey = null;
            }
            if (key != null && runKey == null) {
                runStart = date;
                runDecision = decision;
                runKey = key;
            }
        }
        if (runKey != null) {
            report(context, runStart, context.period().getEnd(), runDecision, findings);
        }
    }

    /** The failing measures, when every condition but the measures holds; null when the system is not lost by measures. */
    private static String lostKey(Eligibility decision) {
        StringBuilder failing = new StringBuilder();
        for (Evidence e : decision.evidence()) {
            boolean measure = HighlyProfessionalSystemTest.MEASURES.contains(e.key());
            if (!measure && e.outcome() != Verdict.EXEMPT) {
                return null;
            }
            if (measure && e.outcome() != Verdict.EXEMPT) {
                failing.append(e.key()).append(e.outcome()).append(';');
            }
        }
        return failing.isEmpty() ? null : failing.toString();
    }

    private void report(EmployeeContext context, LocalDate from, LocalDate until, Eligibility decision, Consumer<Finding> findings) {
        LocalDateRange range = LocalDateRange.of(from, until);
        List<Evidence> failed = decision.evidence().stream()
                .filter(e -> HighlyProfessionalSystemTest.MEASURES.contains(e.key()) && e.outcome() != Verdict.EXEMPT).toList();
        boolean certain = failed.stream().anyMatch(e -> e.outcome() == Verdict.NOT_EXEMPT);
        List<Text> failures = failed.stream()
                .map(e -> Text.of("jp.health-measures.failed", "condition", e.condition(), "observed", e.observed(), "required", e.threshold()))
                .toList();
        Text message = certain
                ? Text.of("jp.health-measures.lost", "from", from, "to", range.getEndInclusive(), "failures", failures)
                : Text.of("jp.health-measures.unknown", "from", from, "to", range.getEndInclusive(), "failures", failures);
        findings.accept(new Finding(context.employeeId(), info().id(), info().title(), certain ? Severity.VIOLATION : Severity.INDETERMINATE,
                range, null, null, info().citation(), null, message, certain ? RuleSupport.basis(context, range) : Basis.ACTUAL));
    }
}
