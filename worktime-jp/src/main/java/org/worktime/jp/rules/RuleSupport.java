package org.worktime.jp.rules;

import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.RuleInfo;

/** Small helpers shared by the Japanese rules: findings with the citation of the row in force, ranges, hours in words. */
final class RuleSupport {

    private RuleSupport() {
    }

    /** The rule's citation, with the version of the parameter row the rule's number came from. */
    static Citation citation(RuleInfo info, Parameter row) {
        Citation base = info.citation();
        return new Citation(base.law(), base.article(), row.citation().version(), base.source());
    }

    static Basis basis(EmployeeContext context, LocalDateRange period) {
        return context.basis(period);
    }

    static Finding violation(EmployeeContext context, RuleInfo info, LocalDateRange period, Measure measured, Measure limit,
            Citation citation, Penalty penalty, Text message) {
        return new Finding(context.employeeId(), info.id(), info.title(), Severity.VIOLATION, period, measured, limit, citation,
                penalty, message, basis(context, period));
    }

    static Finding indeterminate(EmployeeContext context, RuleInfo info, LocalDateRange period, Text message) {
        return new Finding(context.employeeId(), info.id(), info.title(), Severity.INDETERMINATE, period, null, null,
                info.citation(), null, message, Basis.ACTUAL);
    }

    static LocalDateRange week(LocalDate weekStart) {
        return LocalDateRange.of(weekStart, weekStart.plusDays(7));
    }

    static LocalDateRange day(LocalDate date) {
        return LocalDateRange.ofClosed(date, date);
    }

    static boolean employedDuring(EmployeeContext context, LocalDateRange range) {
        LocalDate hired = context.employee().hireDate();
        LocalDate left = context.employee().endDate();
        return (hired == null || hired.isBefore(range.getEnd())) && (left == null || !left.isBefore(range.getStart()));
    }

    /** {@code 45:30} for 45 h 30 min. */
    static String hours(long seconds) {
        return org.worktime.core.time.Durations.hoursAndMinutes(seconds);
    }
}
