package org.worktime.core.report;

import java.util.List;
import java.util.Objects;
import org.worktime.core.domain.Employee;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;

/** The findings and pay lines of one employee for the evaluated period. */
public record EmployeeReport(Employee employee, long workedSeconds, List<Finding> findings, List<PayLine> payLines) {

    public EmployeeReport {
        Objects.requireNonNull(employee, "employee");
        findings = List.copyOf(findings);
        payLines = List.copyOf(payLines);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
