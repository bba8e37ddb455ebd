package org.worktime.io.write;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;

/**
 * The totals of a report added up employee by employee, as {@link org.worktime.core.report.Report} computes them over
 * the whole: employees, findings per severity (and forecast ones), pay lines, amount owed per currency in the order
 * currencies first appear. Not thread-safe: the ordered writer adds to it.
 */
public final class ReportTotals {

    private long employees;
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private final Map<Severity, Long> forecast = new EnumMap<>(Severity.class);
    private long payLines;
    private final Map<CurrencyUnit, Money> owed = new LinkedHashMap<>();

    public void add(EmployeeReport employee) {
        employees++;
        for (Finding f : employee.findings()) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            if (f.basis() == Basis.FORECAST) {
                forecast.merge(f.severity(), 1L, Long::sum);
            }
        }
        for (PayLine line : employee.payLines()) {
            payLines++;
            owed.merge(line.amount().getCurrencyUnit(), line.amount(), Money::plus);
        }
    }

    public long employees() {
        return employees;
    }

    public long count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }

    public long countForecast(Severity severity) {
        return forecast.getOrDefault(severity, 0L);
    }

    public boolean hasViolations() {
        return count(Severity.VIOLATION) > 0;
    }

    public long payLines() {
        return payLines;
    }

    public Map<CurrencyUnit, Money> owed() {
        return Collections.unmodifiableMap(owed);
    }
}
