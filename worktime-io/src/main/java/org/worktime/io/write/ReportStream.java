package org.worktime.io.write;

import java.io.IOException;
import org.worktime.core.report.EmployeeReport;

/**
 * A report written as it is made, one employee at a time, in the order given (the report's order): what the
 * streaming pipeline writes, in bounded memory. Opened by {@link JsonReportWriter#open} or {@link CsvReportWriter#open};
 * the document written is byte for byte the one {@code write(Report)} writes for the same employees.
 */
public interface ReportStream {

    /** Writes the next employee's part. */
    void employee(EmployeeReport employee) throws IOException;

    /** Writes what follows the employees (the totals), and flushes; the writer stays open. */
    void finish() throws IOException;

    /** What the report said so far: counts and amounts owed. */
    ReportTotals totals();
}
