package org.worktime.jp.rules;

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
import org.worktime.core.rule.RuleInfo;

/** Reports the periods in which an arrangement on file is not valid, and so does not change how overtime is counted. */
final class ArrangementFindings {

    private ArrangementFindings() {
    }

    static void report(EmployeeContext context, RuleInfo info, List<String> kinds, Consumer<Finding> findings) {
        if (JpFacts.of(context).arrangements().isEmpty()) {
            return; // no arrangement on file for the employee
        }
        Set<String> seen = new HashSet<>();
        Coverage coverage = JpFacts.of(context).coverage();
        for (LocalDate date : context.dates()) {
            Optional<Arrangement> found = Arrangement.on(context, date);
            if (found.isEmpty() || !kinds.contains(found.get().agreement.kind()) || !coverage.hoursRulesApply(date)) {
                continue;
            }
            Arrangement a = found.get();
            if (a.kind == Arrangement.Kind.DISCRETIONARY && context.ledger().workedOn(date) == 0) {
                continue; // discretionary work is judged on the days worked
            }
            LocalDateRange period = a.periodOf(date);
            if (!seen.add(a.agreement.kind() + period.getStart())) {
                continue;
            }
            List<Text> problems = a.problems(context, period);
            if (problems.isEmpty()) {
                continue;
            }
            String instead = a.kind == Arrangement.Kind.DISCRETIONARY ? "worked" : "standard";
            findings.accept(RuleSupport.violation(context, info, period.intersection(context.period()), null, null, info.citation(), null,
                    Text.of("jp.arrangement.invalid", "kind", a.agreement.kind(), "from", period.getStart(), "to", period.getEndInclusive(),
                            "problems", problems, "instead", instead)));
        }
    }
}
