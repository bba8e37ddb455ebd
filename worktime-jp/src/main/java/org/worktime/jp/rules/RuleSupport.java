package org.worktime.jp.rules;

import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.RuleInfo;

/** Small helpers shared by the Japanese rules: findings with the citation of the row in force, ranges, hours in words. */
final class RuleSupport {

    private RuleSupport() {
    }

    /** The rule's citation, with the version of the parameter row the rule's number came from. */
    static Citation citation(RuleInfo info, Parameter row) {
        return Findings.citation(info, row);
    }

    static Basis basis(EmployeeContext context, LocalDateRange period) {
        return context.basis(period);
    }

    static Finding violation(EmployeeContext context, RuleInfo info, LocalDateRange period, Measure measured, Measure limit,
            Citation citation, Penalty penalty, Text message) {
        return Findings.violation(context, info, period, measured, limit, citation, penalty, message);
    }

    static Finding indeterminate(EmployeeContext context, RuleInfo info, LocalDateRange period, Text message) {
        return Findings.indeterminate(context, info, period, message);
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
