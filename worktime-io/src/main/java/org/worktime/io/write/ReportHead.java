package org.worktime.io.write;

import java.time.Instant;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Workplace;
import org.worktime.core.report.Report;

/** What a report says before its employees: jurisdiction, workplace, period evaluated and the as-of instant (or null). */
public record ReportHead(String jurisdiction, Workplace workplace, LocalDateRange period, Instant asOf) {

    public ReportHead {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(period, "period");
    }

    public static ReportHead of(Report report) {
        return new ReportHead(report.jurisdiction(), report.workplace(), report.period(), report.asOf());
    }
}
