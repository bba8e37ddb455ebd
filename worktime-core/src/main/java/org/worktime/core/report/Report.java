package org.worktime.core.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;

/** The answer for one workplace and period: per employee, findings and pay lines. */
public record Report(String jurisdiction, Workplace workplace, LocalDateRange period, Instant asOf, List<EmployeeReport> employees) {

    public Report {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(period, "period");
        employees = List.copyOf(employees);
    }

    public List<Finding> findings() {
        return employees.stream().flatMap(e -> e.findings().stream()).toList();
    }

    public List<PayLine> payLines() {
        return employees.stream().flatMap(e -> e.payLines().stream()).toList();
    }

    public long count(Severity severity) {
        return employees.stream().mapToLong(e -> e.count(severity)).sum();
    }

    /** Findings of a severity that rest on planned shifts (after the as-of instant): reported apart from recorded ones. */
    public long countForecast(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity && f.basis() == org.worktime.core.finding.Basis.FORECAST).count();
    }

    public boolean hasViolations() {
        return count(Severity.VIOLATION) > 0;
    }

    /** Total owed per currency, in the order currencies first appear. */
    public Map<CurrencyUnit, Money> totalOwed() {
        Map<CurrencyUnit, Money> totals = new LinkedHashMap<>();
        for (PayLine line : payLines()) {
            totals.merge(line.amount().getCurrencyUnit(), line.amount(), Money::plus);
        }
        return totals;
    }
}
