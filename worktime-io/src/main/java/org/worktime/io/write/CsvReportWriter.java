package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

/**
 * The report as one flat CSV table with a header row: the findings in {@link Mode#CHECK}, the pay lines in
 * {@link Mode#PAY}. Columns are documented in {@code docs/OUTPUT.md}; values are exact, dates ISO, UTF-8
 * without a byte-order mark once encoded by the caller.
 */
public final class CsvReportWriter implements ReportWriter {

    /** Header of the findings table. */
    public static final String[] FINDING_COLUMNS = {
        "employeeId", "employeeName", "ruleId", "severity", "basis", "start", "endExclusive",
        "measuredValue", "measuredUnit", "limitValue", "limitUnit", "title", "message",
        "law", "article", "lawVersion", "source", "penaltyLaw", "penaltyArticle", "penaltySummary", "penaltyNote"
    };

    /** Header of the pay-line table. */
    public static final String[] PAY_COLUMNS = {
        "employeeId", "employeeName", "ruleId", "kind", "start", "endExclusive", "date", "minutes",
        "multiplier", "hourlyBase", "amount", "currency", "law", "article", "note"
    };

    /** The column added last to either table when rows were quarantined: {@code true} for an employee with rejected rows. */
    public static final String INCOMPLETE_COLUMN = "onIncompleteRecords";

    private final Language language;
    private final Mode mode;
    private final IncompleteRecords incomplete;

    public CsvReportWriter(Language language, Mode mode) {
        this(language, mode, null);
    }

    /** @param incomplete the rows rejected by quarantine, or null: then the tables have their usual columns */
    public CsvReportWriter(Language language, Mode mode, IncompleteRecords incomplete) {
        this.language = Objects.requireNonNull(language, "language");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.incomplete = incomplete;
    }

    private String[] marked(String[] row, String employeeId) {
        if (incomplete == null) {
            return row;
        }
        String[] longer = java.util.Arrays.copyOf(row, row.length + 1);
        longer[row.length] = employeeId == null ? INCOMPLETE_COLUMN : Boolean.toString(incomplete.covers(employeeId));
        return longer;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Csv csv = new Csv(out);
        if (mode == Mode.CHECK) {
            csv.row(marked(FINDING_COLUMNS, null));
            for (EmployeeReport employee : report.employees()) {
                for (Finding finding : employee.findings()) {
                    csv.row(marked(finding(employee.employee().name(), finding), employee.employee().id()));
                }
            }
        } else {
            csv.row(marked(PAY_COLUMNS, null));
            for (EmployeeReport employee : report.employees()) {
                for (PayLine line : employee.payLines()) {
                    csv.row(marked(payLine(employee.employee().name(), line), employee.employee().id()));
                }
            }
        }
        out.flush();
    }

    private String[] finding(String employeeName, Finding f) {
        Measure measured = f.measured();
        Measure limit = f.limit();
        Penalty penalty = f.penalty();
        return new String[] {
            f.employeeId(), employeeName, f.ruleId(), f.severity().name(), f.basis().name(),
            f.period().getStart().toString(), Formats.endExclusive(f.period()),
            measured == null ? "" : Formats.plain(measured.value()), measured == null ? "" : measured.unit(),
            limit == null ? "" : Formats.plain(limit.value()), limit == null ? "" : limit.unit(),
            f.title().in(language.code()), f.message().in(language.code()),
            f.citation().law(), f.citation().article(), f.citation().version(), f.citation().source(),
            penalty == null ? "" : penalty.citation().law(), penalty == null ? "" : penalty.citation().article(),
            penalty == null ? "" : penalty.summary().in(language.code()), penalty == null ? "" : penalty.note().in(language.code())
        };
    }

    private String[] payLine(String employeeName, PayLine line) {
        LocalDate date = Formats.singleDate(line.period());
        return new String[] {
            line.employeeId(), employeeName, line.ruleId(), line.kind(),
            line.period().getStart().toString(), Formats.endExclusive(line.period()), date == null ? "" : date.toString(),
            Formats.plain(Formats.minutes(line.seconds())), line.multiplier().toPlainString(),
            line.hourlyBase().getAmount().stripTrailingZeros().toPlainString(), line.amount().getAmount().toPlainString(),
            line.amount().getCurrencyUnit().getCode(), line.citation().law(), line.citation().article(),
            line.note().in(language.code())
        };
    }
}
