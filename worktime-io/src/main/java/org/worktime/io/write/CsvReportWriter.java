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
 * {@link Mode#PAY}. Columns are documented in {@code docs/OUTPUT.md}: ids and codes as in JSON, dates ISO, times as
 * {@code h:mm}, money grouped in the currency's minor unit (its code in a column of its own), hourly bases and
 * rates rounded for reading (the JSON keeps them exact). The header row is the columns' ids, the same in every
 * language; titles, messages and notes are in the language. A byte-order mark, when asked for, is the caller's.
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
        "employeeId", "employeeName", "ruleId", "kind", "payClass", "start", "endExclusive", "date", "time",
        "multiplier", "hourlyBase", "amount", "currency", "law", "article", "note"
    };

    /** The column added last to either table when rows were quarantined: {@code true} for an employee with rejected rows. */
    public static final String INCOMPLETE_COLUMN = "onIncompleteRecords";

    /** {@code payClass} of a statutory premium. */
    public static final String PREMIUM = "PREMIUM";
    /** {@code payClass} of ordinary pay due, e.g. Korea's weekly holiday allowance (a pack's {@code allowanceKinds}). */
    public static final String ALLOWANCE = "ALLOWANCE";

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
        ReportStream stream = open(ReportHead.of(report), out);
        for (EmployeeReport employee : report.employees()) {
            stream.employee(employee);
        }
        stream.finish();
    }

    /** Writes the header row; the stream writes each employee's rows (findings or pay lines, as the mode says). */
    public ReportStream open(ReportHead head, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(marked(mode == Mode.CHECK ? FINDING_COLUMNS : PAY_COLUMNS, null));
        PayKinds kinds = PayKinds.of(head.jurisdiction());
        ReportTotals totals = new ReportTotals();
        return new ReportStream() {
            @Override
            public void employee(EmployeeReport employee) throws IOException {
                totals.add(employee);
                String name = employee.employee().name();
                String id = employee.employee().id();
                if (mode == Mode.CHECK) {
                    for (Finding finding : employee.findings()) {
                        csv.row(marked(finding(name, finding), id));
                    }
                } else {
                    for (PayLine line : employee.payLines()) {
                        csv.row(marked(payLine(name, line, kinds), id));
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }

            @Override
            public ReportTotals totals() {
                return totals;
            }
        };
    }

    private String[] finding(String employeeName, Finding f) {
        Measure measured = f.measured();
        Measure limit = f.limit();
        Penalty penalty = f.penalty();
        return new String[] {
            f.employeeId(), employeeName, f.ruleId(), f.severity().name(), f.basis().name(),
            f.period().getStart().toString(), Formats.endExclusive(f.period()),
            value(measured), unit(measured), value(limit), unit(limit),
            f.title().in(language), f.message().in(language),
            f.citation().law(), f.citation().article(), f.citation().version(), f.citation().source(),
            penalty == null ? "" : penalty.citation().law(), penalty == null ? "" : penalty.citation().article(),
            penalty == null ? "" : penalty.summary().in(language), penalty == null ? "" : penalty.note().in(language)
        };
    }

    /** A measure's value for reading: minutes as {@code h:mm}, money grouped in its minor unit, a count as it is. */
    static String value(Measure measure) {
        if (measure == null) {
            return "";
        }
        if (measure.isMinutes()) {
            return Formats.hours(measure.value().multiply(java.math.BigDecimal.valueOf(60)).longValue());
        }
        org.joda.money.CurrencyUnit currency = currency(measure.unit());
        if (currency != null) {
            if (measure.value().scale() <= Math.max(0, currency.getDecimalPlaces())) {
                return Formats.amountCell(org.joda.money.Money.of(currency, measure.value()));
            }
            return Formats.hourlyCell(org.joda.money.BigMoney.of(currency, measure.value()));
        }
        return Formats.plain(measure.value());
    }

    /** The currency a measure's unit names, or null for a word such as {@code days}. */
    static org.joda.money.CurrencyUnit currency(String unit) {
        try {
            return unit.length() == 3 ? org.joda.money.CurrencyUnit.of(unit) : null;
        } catch (org.joda.money.IllegalCurrencyException e) {
            return null;
        }
    }

    /** {@code h:mm} for minutes (the value is written so), else the measure's unit. */
    static String unit(Measure measure) {
        if (measure == null) {
            return "";
        }
        return measure.isMinutes() ? "h:mm" : measure.unit();
    }

    private String[] payLine(String employeeName, PayLine line, PayKinds kinds) {
        LocalDate date = Formats.singleDate(line.period());
        return new String[] {
            line.employeeId(), employeeName, line.ruleId(), line.kind(), kinds.isAllowance(line) ? ALLOWANCE : PREMIUM,
            line.period().getStart().toString(), Formats.endExclusive(line.period()), date == null ? "" : date.toString(),
            Formats.hours(line.seconds()), Formats.rate(line.multiplier()),
            Formats.hourlyCell(line.hourlyBase()), Formats.amountCell(line.amount()),
            line.amount().getCurrencyUnit().getCode(), line.citation().law(), line.citation().article(),
            line.note().in(language)
        };
    }
}
