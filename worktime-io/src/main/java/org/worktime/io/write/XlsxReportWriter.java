package org.worktime.io.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Severity;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

/**
 * The report as an Excel workbook ({@code --format xlsx}): a sheet of findings, one of pay lines (the first sheet is
 * the mode's: findings for {@link ReportWriter.Mode#CHECK}, pay lines for {@link ReportWriter.Mode#PAY}) and a
 * summary, headers in the language, cells typed (dates as dates, times as {@code [h]:mm}, money with its currency's
 * number format). Columns are documented in {@code docs/OUTPUT.md}.
 */
public final class XlsxReportWriter {

    private final Language language;
    private final ReportWriter.Mode mode;
    private final IncompleteRecords incomplete;
    private final Labels l;

    /** @param incomplete the rows rejected by quarantine, or null: then no column about them is written */
    public XlsxReportWriter(Language language, ReportWriter.Mode mode, IncompleteRecords incomplete) {
        this.language = Objects.requireNonNull(language, "language");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.incomplete = incomplete;
        this.l = Labels.of(language);
    }

    /** Writes the workbook to the stream, flushed and left open. */
    public void write(Report report, OutputStream out) throws IOException {
        PayKinds kinds = PayKinds.of(report.jurisdiction());
        try (XlsxWorkbook book = XlsxWorkbook.create(language)) {
            if (mode == ReportWriter.Mode.CHECK) {
                findings(book, report);
                payLines(book, report, kinds);
            } else {
                payLines(book, report, kinds);
                findings(book, report);
            }
            summary(book, report, kinds);
            book.write(out);
        }
    }

    private String col(String name) {
        return Labels.word("io.label.col." + name, language);
    }

    private String[] headers(String... names) {
        List<String> headers = new ArrayList<>();
        for (String name : names) {
            headers.add(col(name));
        }
        if (incomplete != null) {
            headers.add(col("on-incomplete"));
        }
        return headers.toArray(String[]::new);
    }

    private Object[] marked(String employeeId, Object... cells) {
        if (incomplete == null) {
            return cells;
        }
        Object[] longer = java.util.Arrays.copyOf(cells, cells.length + 1);
        longer[cells.length] = incomplete.covers(employeeId);
        return longer;
    }

    private void findings(XlsxWorkbook book, Report report) {
        XlsxWorkbook.Sheet sheet = book.sheet(Labels.word("io.label.sheet.findings", language), headers("employee-id", "employee-name",
                "rule-id", "severity", "basis", "start", "end", "measured", "limit", "unit", "title", "message", "law", "article",
                "law-version", "source", "penalty", "penalty-article", "penalty-note"));
        for (EmployeeReport employee : report.employees()) {
            for (Finding f : employee.findings()) {
                Penalty p = f.penalty();
                sheet.row(marked(f.employeeId(), f.employeeId(), employee.employee().name(), f.ruleId(), l.severity(f.severity()),
                        f.basis().name(), f.period().getStart(), f.period().isUnboundedEnd() ? null : f.period().getEndInclusive(),
                        measure(f.measured()), measure(f.limit()), unit(f.measured() != null ? f.measured() : f.limit()),
                        f.title(), f.message(), f.citation().law(), f.citation().article(), f.citation().version(),
                        f.citation().source(), p == null ? null : p.summary(), p == null ? null : Catalog.format(p.citation(), language),
                        p == null || p.note().isEmpty() ? null : p.note()));
            }
        }
    }

    /** Minutes as a time, money as money, a count as a number. */
    static Object measure(Measure measure) {
        if (measure == null) {
            return null;
        }
        if (measure.isMinutes()) {
            return Duration.ofSeconds(measure.value().multiply(java.math.BigDecimal.valueOf(60)).longValue());
        }
        CurrencyUnit currency = CsvReportWriter.currency(measure.unit());
        if (currency != null) {
            return measure.value().scale() <= Math.max(0, currency.getDecimalPlaces())
                    ? Money.of(currency, measure.value()) : BigMoney.of(currency, measure.value());
        }
        return measure.value();
    }

    private static String unit(Measure measure) {
        return measure == null ? null : CsvReportWriter.unit(measure);
    }

    private void payLines(XlsxWorkbook book, Report report, PayKinds kinds) {
        XlsxWorkbook.Sheet sheet = book.sheet(Labels.word("io.label.sheet.pay-lines", language), headers("employee-id", "employee-name",
                "rule-id", "kind", "kind-code", "pay-class", "start", "end", "time", "multiplier", "hourly-base", "amount",
                "currency", "law", "article", "note"));
        String premium = Labels.word("io.label.pay-class.premium", language);
        String allowance = Labels.word("io.label.pay-class.allowance", language);
        for (EmployeeReport employee : report.employees()) {
            for (PayLine line : employee.payLines()) {
                sheet.row(marked(line.employeeId(), line.employeeId(), employee.employee().name(), line.ruleId(),
                        kinds.words(line.kind(), language), line.kind(), kinds.isAllowance(line) ? allowance : premium,
                        line.period().getStart(), line.period().isUnboundedEnd() ? null : line.period().getEndInclusive(),
                        Duration.ofSeconds(line.seconds()), line.multiplier(), line.hourlyBase(), line.amount(),
                        line.amount().getCurrencyUnit().getCode(), line.citation().law(), line.citation().article(),
                        line.note().isEmpty() ? null : line.note()));
            }
        }
    }

    private void summary(XlsxWorkbook book, Report report, PayKinds kinds) {
        XlsxWorkbook.Sheet sheet = book.sheet(Labels.word("io.label.sheet.summary", language), col("item"), col("value"));
        sheet.row(l.workplace, report.workplace().name().equals(report.workplace().id()) ? report.workplace().id()
                : report.workplace().name() + " (" + report.workplace().id() + ")");
        sheet.row(l.jurisdiction, report.jurisdiction());
        sheet.row(l.zone, report.workplace().zone().getId());
        sheet.row(l.period, Formats.period(report.period(), language));
        sheet.row(l.asOf, report.asOf() == null ? org.worktime.core.finding.Text.of("io.report.as-of-unset").in(language)
                : Formats.instant(report.asOf(), report.workplace().zone()));
        sheet.row(l.employees, report.employees().size());
        sheet.row(l.violations, report.count(Severity.VIOLATION));
        sheet.row(l.warnings, report.count(Severity.WARNING));
        sheet.row(l.indeterminate, report.count(Severity.INDETERMINATE));
        sheet.row(l.payLines, report.payLines().size());
        for (Money owed : totals(report.payLines(), kinds, false).values()) {
            sheet.row(l.premiumsOwed, owed);
        }
        for (Money due : totals(report.payLines(), kinds, true).values()) {
            sheet.row(l.allowancesDue, due);
        }
    }

    private static Map<CurrencyUnit, Money> totals(List<PayLine> lines, PayKinds kinds, boolean allowances) {
        Map<CurrencyUnit, Money> totals = new LinkedHashMap<>();
        for (PayLine line : lines) {
            if (kinds.isAllowance(line) == allowances) {
                totals.merge(line.amount().getCurrencyUnit(), line.amount(), Money::plus);
            }
        }
        return totals;
    }
}
