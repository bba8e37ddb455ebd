package org.worktime.core.exempt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.RuleInfo;

/**
 * One test's decision for one employee on one date, with the evidence behind it.
 *
 * @param test     the test's metadata (id, title, citation)
 * @param verdict  exempt, not exempt, or indeterminate
 * @param reason   one sentence on why
 * @param evidence each condition as judged
 * @param missing  what would have to be supplied to decide, when indeterminate
 */
public record Eligibility(String employeeId, LocalDate on, Regime regime, RuleInfo test, Verdict verdict, Text reason,
        List<Evidence> evidence, List<Text> missing) {

    public Eligibility {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        missing = List.copyOf(missing == null ? List.of() : missing);
    }

    /**
     * The decision from its conditions: all must be met. The reason names the first condition that fails, or what is
     * missing.
     */
    public static Eligibility fromConditions(String employeeId, LocalDate on, Regime regime, RuleInfo test, List<Evidence> evidence,
            List<Text> missing) {
        List<Verdict> outcomes = new ArrayList<>();
        evidence.forEach(e -> outcomes.add(e.outcome()));
        Verdict verdict = Verdict.allOf(outcomes);
        Text reason;
        if (verdict == Verdict.EXEMPT) {
            reason = Text.of("core.exempt.all-met", "test", test.title());
        } else {
            Evidence first = evidence.stream().filter(e -> e.outcome() == verdict).findFirst().orElseThrow();
            reason = verdict == Verdict.NOT_EXEMPT
                    ? Text.of("core.exempt.not-met", "condition", first.condition())
                    : Text.of("core.exempt.cannot-decide-whether", "condition", first.condition());
        }
        return new Eligibility(employeeId, on, regime, test, verdict, reason, evidence, missing);
    }
}
