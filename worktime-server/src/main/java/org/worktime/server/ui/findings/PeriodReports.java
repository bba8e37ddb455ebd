package org.worktime.server.ui.findings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.i18n.Language;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.io.write.Csv;
import org.worktime.io.write.CsvReportWriter;
import org.worktime.io.write.ReportWriter;
import org.worktime.io.write.XlsxReportWriter;
import org.worktime.server.evaluation.Evaluations;
import org.worktime.server.ui.PageContext;
import org.worktime.server.web.ApiException;

/**
 * The engine's report over the filtered period for the Findings and Pay pages ({@link Evaluations}: the records read
 * as {@code GET .../findings} and {@code .../pay} read them, judged by the pack), narrowed to the rows the filters
 * keep, and written as the CLI writes its reports: the same CSV columns ({@link CsvReportWriter}) and workbook
 * ({@link XlsxReportWriter}), in the page's language.
 */
@Component
public class PeriodReports {

    private final Evaluations evaluations;

    PeriodReports(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** The report of the scope's selected employees over [from, to], as of {@code now} (planned work is forecast). */
    public Report evaluate(PageContext.Scope scope, Filters filters, Instant now) {
        Dataset dataset = evaluations.dataset(scope.tenant(), scope.workplace(), scope.selected(), filters.from(), filters.to());
        Evaluation evaluation = Evaluation.of(LocalDateRange.ofClosed(filters.from(), filters.to())).withAsOf(now);
        return evaluations.evaluate(dataset, evaluation, scope.workplace().jurisdiction());
    }

    /** The report with only the findings the predicate keeps, and no pay lines (a findings export is findings). */
    public static Report findings(Report report, Predicate<Finding> keep) {
        return narrowed(report, keep, l -> false);
    }

    /** The report with only the pay lines the predicate keeps, and no findings. */
    public static Report payLines(Report report, Predicate<PayLine> keep) {
        return narrowed(report, f -> false, keep);
    }

    private static Report narrowed(Report report, Predicate<Finding> findings, Predicate<PayLine> lines) {
        List<EmployeeReport> employees = report.employees().stream().map(e -> new EmployeeReport(e.employee(), e.workedSeconds(),
                e.findings().stream().filter(findings).toList(), e.payLines().stream().filter(lines).toList())).toList();
        return new Report(report.jurisdiction(), report.workplace(), report.period(), report.asOf(), employees);
    }

    /**
     * The CLI's CSV report, UTF-8 with a byte-order mark (the CLI's {@code --bom}) so that Excel opens Korean and
     * Japanese readable with a double click.
     */
    public static byte[] csv(Report report, ReportWriter.Mode mode, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(Csv.BYTE_ORDER_MARK);
            new CsvReportWriter(language, mode).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The CLI's workbook: the findings (or pay lines) sheet first, then the other, then the summary. */
    public static byte[] xlsx(Report report, ReportWriter.Mode mode, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XlsxReportWriter(language, mode, null).write(report, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The report as an attachment named {@code <what>-<workplace>-<from>-<to>.csv|xlsx}. */
    public static ResponseEntity<byte[]> download(String what, String workplace, Filters filters, String format, Report report,
            ReportWriter.Mode mode, Language language) {
        String name = what + "-" + workplace + "-" + filters.from() + "-" + filters.to();
        return switch (format) {
            case "csv" -> attachment(name + ".csv", MediaType.parseMediaType("text/csv;charset=UTF-8"),
                    PeriodReports.csv(report, mode, language));
            case "xlsx" -> attachment(name + ".xlsx",
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    PeriodReports.xlsx(report, mode, language));
            default -> throw ApiException.badRequest("format: '" + format + "' is not csv or xlsx");
        };
    }

    private static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
