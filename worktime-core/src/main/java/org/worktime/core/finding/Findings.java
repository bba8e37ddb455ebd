package org.worktime.core.finding;

import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.RuleInfo;

/**
 * How every pack's rules build their findings: the rule's id, title and citation from its metadata, the basis
 * (forecast when planned work falls in the period), and the version of the parameter row the number came from.
 */
public final class Findings {

    private Findings() {
    }

    /** The rule's citation, with the version of the parameter row the rule's number came from. */
    public static Citation citation(RuleInfo info, Parameter row) {
        Citation base = info.citation();
        return new Citation(base.law(), base.article(), row.citation().version(), base.source());
    }

    public static Finding violation(EmployeeContext context, RuleInfo info, LocalDateRange period, Measure measured, Measure limit,
            Citation citation, Penalty penalty, Text message) {
        return new Finding(context.employeeId(), info.id(), info.title(), Severity.VIOLATION, period, measured, limit, citation,
                penalty, message, context.basis(period));
    }

    public static Finding warning(EmployeeContext context, RuleInfo info, LocalDateRange period, Measure measured, Measure limit,
            Citation citation, Text message) {
        return new Finding(context.employeeId(), info.id(), info.title(), Severity.WARNING, period, measured, limit, citation,
                null, message, context.basis(period));
    }

    /** An answer the data cannot give, with what is missing; it rests on the record, not on a plan. */
    public static Finding indeterminate(EmployeeContext context, RuleInfo info, LocalDateRange period, Text message) {
        return new Finding(context.employeeId(), info.id(), info.title(), Severity.INDETERMINATE, period, null, null,
                info.citation(), null, message, Basis.ACTUAL);
    }
}
