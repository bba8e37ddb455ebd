package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

/**
 * The report as JSON, schema {@value #SCHEMA}: a public contract documented field by field in
 * {@code docs/OUTPUT.md}. Keys come in a fixed order; money is a string; minutes and measures are exact
 * numbers. Every text is written rendered in the language and beside it as its message ({@code messageRef} and the
 * like, see {@link Json#ref}). Both modes write the same document (findings and pay lines), so one parser reads both.
 * Version 2 added the {@code *Ref} fields and the pay line's {@code payClass}.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final String SCHEMA = "worktime-report/2";

    private final Language language;
    private final IncompleteRecords incomplete;

    public JsonReportWriter(Language language, Mode mode) {
        this(language, mode, null);
    }

    /** @param incomplete the rows rejected by quarantine, or null: then no field about them is written */
    public JsonReportWriter(Language language, Mode mode, IncompleteRecords incomplete) {
        this.language = Objects.requireNonNull(language, "language");
        Objects.requireNonNull(mode, "mode");
        this.incomplete = incomplete;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ReportStream stream = open(ReportHead.of(report), out);
        for (EmployeeReport employee : report.employees()) {
            stream.employee(employee);
        }
        stream.finish();
    }

    /** Starts the document (its head and the employees' array); the stream writes each employee, then the totals. */
    public ReportStream open(ReportHead head, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        Json.header(g, SCHEMA, language, head.jurisdiction(), head.workplace());
        Json.period(g, "period", head.period());
        Json.stringOrNull(g, "asOf", Formats.instant(head.asOf(), head.workplace().zone()));
        Json.incompleteRecords(g, incomplete);
        g.writeArrayFieldStart("employees");
        PayKinds kinds = PayKinds.of(head.jurisdiction());
        ReportTotals totals = new ReportTotals();
        return new ReportStream() {
            @Override
            public void employee(EmployeeReport employee) throws IOException {
                JsonReportWriter.this.employee(g, employee, kinds);
                totals.add(employee);
            }

            @Override
            public void finish() throws IOException {
                g.writeEndArray();
                JsonReportWriter.totals(g, totals);
                g.writeEndObject();
                Json.finish(g, out);
            }

            @Override
            public ReportTotals totals() {
                return totals;
            }
        };
    }

    private void employee(JsonGenerator g, EmployeeReport employee, PayKinds kinds) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", employee.employee().id());
        g.writeStringField("name", employee.employee().name());
        Json.number(g, "workedMinutes", Formats.minutes(employee.workedSeconds()));
        Boolean onIncomplete = incomplete == null ? null : incomplete.covers(employee.employee().id());
        if (onIncomplete != null) {
            g.writeBooleanField("onIncompleteRecords", onIncomplete);
        }
        g.writeArrayFieldStart("findings");
        for (Finding finding : employee.findings()) {
            Json.finding(g, finding, language, onIncomplete);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("payLines");
        for (PayLine line : employee.payLines()) {
            payLine(g, line, kinds);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void payLine(JsonGenerator g, PayLine line, PayKinds kinds) throws IOException {
        g.writeStartObject();
        g.writeStringField("employeeId", line.employeeId());
        g.writeStringField("ruleId", line.ruleId());
        g.writeStringField("kind", line.kind());
        g.writeStringField("payClass", kinds.isAllowance(line) ? CsvReportWriter.ALLOWANCE : CsvReportWriter.PREMIUM);
        Json.period(g, "period", line.period());
        LocalDate date = Formats.singleDate(line.period());
        Json.stringOrNull(g, "date", date == null ? null : date.toString());
        Json.number(g, "minutes", Formats.minutes(line.seconds()));
        g.writeStringField("multiplier", line.multiplier().toPlainString());
        // The exact hourly base, without the padding zeros of a 34-digit division (15000.000... -> 15000).
        money(g, "hourlyBase", org.joda.money.BigMoney.of(line.hourlyBase().getCurrencyUnit(),
                new java.math.BigDecimal(line.hourlyBase().getAmount().stripTrailingZeros().toPlainString())));
        money(g, "amount", line.amount().toBigMoney());
        g.writeStringField("law", line.citation().law());
        g.writeStringField("article", line.citation().article());
        g.writeStringField("note", line.note().in(language));
        Json.ref(g, "noteRef", line.note());
        g.writeEndObject();
    }

    /** {@code {"amount": "45000", "currency": "KRW"}}: the exact amount as a string. */
    private static void money(JsonGenerator g, String name, BigMoney money) throws IOException {
        g.writeObjectFieldStart(name);
        moneyFields(g, money);
        g.writeEndObject();
    }

    private static void moneyFields(JsonGenerator g, BigMoney money) throws IOException {
        g.writeStringField("amount", money.getAmount().toPlainString());
        g.writeStringField("currency", money.getCurrencyUnit().getCode());
    }

    private static void totals(JsonGenerator g, ReportTotals report) throws IOException {
        g.writeObjectFieldStart("totals");
        g.writeNumberField("employees", report.employees());
        g.writeNumberField("violations", report.count(Severity.VIOLATION));
        g.writeNumberField("forecastViolations", report.countForecast(Severity.VIOLATION));
        g.writeNumberField("warnings", report.count(Severity.WARNING));
        g.writeNumberField("indeterminate", report.count(Severity.INDETERMINATE));
        g.writeNumberField("payLines", report.payLines());
        g.writeArrayFieldStart("owed");
        for (Map.Entry<CurrencyUnit, Money> total : report.owed().entrySet()) {
            g.writeStartObject();
            moneyFields(g, total.getValue().toBigMoney());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
