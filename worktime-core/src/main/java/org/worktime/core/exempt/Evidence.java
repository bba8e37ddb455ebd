package org.worktime.core.exempt;

import java.util.Objects;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;

/**
 * One condition of an exemption test as judged: what was measured or attested, the threshold in force and its
 * citation, and whether the condition is met.
 *
 * @param key       stable id of the condition, e.g. {@code salary.level}, {@code duties.executive}
 * @param observed  the value found in the data, as a message of the pack's catalog (e.g. {@code 700.00 USD a week},
 *                  {@code attested by J. Kim (HR) on 2025-01-10}); {@link Text#empty()} when nothing was found
 * @param threshold the value required, with the date it took effect; {@link Text#empty()} for a yes/no condition
 * @param outcome   {@link Verdict#EXEMPT} when met, {@link Verdict#NOT_EXEMPT} when not, {@link Verdict#INDETERMINATE}
 *                  when the data cannot tell
 * @param citation  where the condition comes from; null when it is the test's own citation
 */
public record Evidence(String key, Text condition, Text observed, Text threshold, Verdict outcome, Citation citation) {

    public Evidence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(outcome, "outcome");
        observed = observed == null ? Text.empty() : observed;
        threshold = threshold == null ? Text.empty() : threshold;
    }

    public boolean isMet() {
        return outcome == Verdict.EXEMPT;
    }
}
