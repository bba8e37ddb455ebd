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
 * Version 2 added the {@code *Ref} fields and the pay line's {@code payClass}. Version 3: compact by default
 * ({@link #pretty}), pay lines optional ({@link #payLines}: check writes them on request), and a pay line's note said
 * once in the document's {@code notes} table, the line naming it by its place ({@code noteId}).
 */
public final class JsonReportWriter implements ReportWriter {

    public static final String SCHEMA = "worktime-report/3";

    private final Language language;
    private final IncompleteRecords incomplete;
    private final boolean pretty;
    private final boolean payLines;

    public JsonReportWriter(Language language, Mode mode) {
        this(language, mode, null);
    }

    /** @param incomplete the rows rejected by quarantine, or null: then no field about them is written */
    public JsonReportWriter(Language language, Mode mode, IncompleteRecords incomplete) {
        this(language, incomplete, false, true);
        Objects.requireNonNull(mode, "mode");
    }

    private JsonReportWriter(Language language, IncompleteRecords incomplete, boolean pretty, boolean payLines) {
        this.language = Objects.requireNonNull(language, "language");
        this.incomplete = incomplete;
        this.pretty = pretty;
        this.payLines = payLines;
    }

    /** This writer indenting the document, two spaces a level (false, the default: compact, on one line). */
    public JsonReportWriter pretty(boolean on) {
        return new JsonReportWriter(language, incomplete, on, payLines);
    }

    /**
     * This writer with or without the employees' {@code payLines} and the {@code notes} table (true, the default;
     * {@code worktime check} writes them only with {@code --pay-lines}). The totals count the pay lines either way.
     */
    public JsonReportWriter payLines(boolean on) {
        return new JsonReportWriter(language, incomplete, pretty, on);
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
        JsonGenerator g = pretty ? Json.generator(out) : Json.compactGenerator(out);
        g.writeStartObject();
        Json.header(g, SCHEMA, language, head.jurisdiction(), head.workplace());
        Json.period(g, "period", head.period());
        Json.stringOrNull(g, "asOf", Formats.instant(head.asOf(), head.workplace().zone()));
        Json.incompleteRecords(g, incomplete);
        g.writeArrayFieldStart("employees");
        PayKinds kinds = PayKinds.of(head.jurisdiction());
        ReportTotals totals = new ReportTotals();
        Lines lines = new Lines(kinds);
        Json.Said said = new Json.Said(language, !pretty);
        return new ReportStream() {
            @Override
            public void employee(EmployeeReport employee) throws IOException {
                JsonReportWriter.this.employee(g, employee, lines, said);
                totals.add(employee);
            }

            @Override
            public void finish() throws IOException {
                g.writeEndArray();
                if (payLines) {
                    lines.notes(g);
                }
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

    /**
     * What pay lines share, said once: the notes (by message id and arguments, each rendered once), and the strings of
     * the last hourly base and of each multiplier, which repeat line after line.
     */
    private final class Lines {
        final PayKinds kinds;
        final Map<org.worktime.core.finding.Text, Integer> noteIds = new java.util.HashMap<>();
        final java.util.List<org.worktime.core.finding.Text> notes = new java.util.ArrayList<>();
        final Map<java.math.BigDecimal, String> multipliers = new java.util.HashMap<>();
        BigMoney lastBase;
        String lastBaseAmount;

        Lines(PayKinds kinds) {
            this.kinds = kinds;
        }

        int note(org.worktime.core.finding.Text note) {
            Integer id = noteIds.get(note);
            if (id == null) {
                id = notes.size();
                noteIds.put(note, id);
                notes.add(note);
            }
            return id;
        }

        String multiplier(java.math.BigDecimal m) {
            return multipliers.computeIfAbsent(m, java.math.BigDecimal::toPlainString);
        }

        /** The exact hourly base without the padding zeros of a 34-digit division (15000.000... -> 15000). */
        String base(BigMoney base) {
            if (!base.equals(lastBase)) {
                lastBase = base;
                lastBaseAmount = base.getAmount().stripTrailingZeros().toPlainString();
            }
            return lastBaseAmount;
        }

        void notes(JsonGenerator g) throws IOException {
            g.writeArrayFieldStart("notes");
            for (org.worktime.core.finding.Text note : notes) {
                g.writeStartObject();
                g.writeStringField("note", note.in(language));
                Json.ref(g, "noteRef", note);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private void employee(JsonGenerator g, EmployeeReport employee, Lines lines, Json.Said said) throws IOException {
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
            Json.finding(g, finding, said, onIncomplete);
        }
        g.writeEndArray();
        if (payLines) {
            g.writeArrayFieldStart("payLines");
            for (PayLine line : employee.payLines()) {
                payLine(g, line, lines);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void payLine(JsonGenerator g, PayLine line, Lines lines) throws IOException {
        g.writeStartObject();
        g.writeStringField("employeeId", line.employeeId());
        g.writeStringField("ruleId", line.ruleId());
        g.writeStringField("kind", line.kind());
        g.writeStringField("payClass", lines.kinds.isAllowance(line) ? CsvReportWriter.ALLOWANCE : CsvReportWriter.PREMIUM);
        Json.period(g, "period", line.period());
        LocalDate date = Formats.singleDate(line.period());
        Json.stringOrNull(g, "date", date == null ? null : date.toString());
        Json.number(g, "minutes", Formats.minutes(line.seconds()));
        g.writeStringField("multiplier", lines.multiplier(line.multiplier()));
        g.writeObjectFieldStart("hourlyBase");
        g.writeStringField("amount", lines.base(line.hourlyBase()));
        g.writeStringField("currency", line.hourlyBase().getCurrencyUnit().getCode());
        g.writeEndObject();
        g.writeObjectFieldStart("amount");
        g.writeStringField("amount", Formats.exactAmount(line.amount()));
        g.writeStringField("currency", line.amount().getCurrencyUnit().getCode());
        g.writeEndObject();
        g.writeStringField("law", line.citation().law());
        g.writeStringField("article", line.citation().article());
        g.writeNumberField("noteId", lines.note(line.note()));
        g.writeEndObject();
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
            g.writeStringField("amount", Formats.exactAmount(total.getValue()));
            g.writeStringField("currency", total.getKey().getCode());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
