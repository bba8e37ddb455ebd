package org.worktime.policy.out;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.worktime.core.finding.Text;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;

/** The executive summary of a simulation, one paragraph for the current law and one per policy, from the catalog. */
public final class Summary {

    private Summary() {
    }

    public static List<Text> of(SimulationResult r) {
        List<Text> out = new ArrayList<>();
        SimulationResult.Baseline b = r.baseline();
        out.add(Text.of("policy.summary.current-law", "from", r.period().getStart(), "to", r.period().getEndInclusive(), "workplace", r.workplace(),
                "employees", r.employees(), "violations", b.violations(), "people", b.peopleInViolation(), "owed", owed(b.premiumOwed()),
                "premium", b.premiumOwed(), "above52", b.peopleAbove52()));
        for (PolicyOutcome p : r.policies()) {
            out.add(Text.of("policy.summary.policy", "name", p.name(), "threshold", threshold(p), "exempt", p.exempt(), "employees", r.employees(),
                    "share", share(p.exempt(), r.employees()), "indeterminate", p.indeterminate(), "lawful", p.violationsLawful(),
                    "violations", b.violations(), "owed", owed(p.premiumNoLongerOwed()), "premium", p.premiumNoLongerOwed(),
                    "covered", p.above52Covered(), "above52", b.peopleAbove52(), "interviews", p.interviews(), "beyond", p.peopleBeyondHealth()));
        }
        return out;
    }

    /** {@code yes} when the amount is more than nothing: a sentence says "owed" only then. */
    static String owed(Money m) {
        return m.isPositive() ? "yes" : "no";
    }

    /** The policy's threshold as the summary names it, or nothing for a regime without a salary test. */
    static Text threshold(PolicyOutcome p) {
        if (p.statedThreshold() == null) {
            return Text.empty();
        }
        if (p.thresholdAmount() == null) {
            return Text.of("policy.summary.threshold-unconverted", "amount", p.statedThreshold(), "currency", p.currency());
        }
        return Text.of("policy.summary.threshold", "amount", p.thresholdAmount());
    }

    /** A part of a whole in percent, to one decimal (a number, so each language writes it). */
    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
