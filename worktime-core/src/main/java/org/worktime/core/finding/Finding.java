package org.worktime.core.finding;

import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * One answer of a limit rule for one employee and period, with the law behind it.
 *
 * @param period   the dates concerned, half-open
 * @param measured what was measured (null for an indeterminate finding that could not measure)
 * @param limit    the limit in force (null when the rule has no numeric limit)
 * @param penalty  the exposure for a violation; null for warnings and indeterminate findings
 * @param message  one sentence saying what happened and, for indeterminate findings, what is missing
 */
public record Finding(
        String employeeId,
        String ruleId,
        Text title,
        Severity severity,
        LocalDateRange period,
        Measure measured,
        Measure limit,
        Citation citation,
        Penalty penalty,
        Text message,
        Basis basis) {

    public Finding {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(title, "title");
    }
}
