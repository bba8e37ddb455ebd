package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;

/**
 * Writes the answer of {@code worktime exempt}: per employee and regime, exempt or not, each test with its evidence
 * (what was found, the threshold in force, the citation) and what is missing. Text (the summary table first, then
 * each employee's verdicts; the tests and evidence with {@link #withEvidence}), JSON ({@value #SCHEMA}, every text
 * beside its message), CSV (one row per employee and test) or an XLSX workbook ({@link #writeXlsx}).
 */
public final class ExemptionWriter {

    public static final String SCHEMA = "worktime-exempt/2";

    /** Header of the CSV table. */
    public static final String[] COLUMNS = {
        "employeeId", "employeeName", "date", "regime", "regimeVerdict", "testId", "verdict", "reason", "missing",
        "evidence", "law", "article", "lawVersion", "source"
    };

    private final Format format;
    private final Language language;
    private final boolean evidence;
    private final IncompleteRecords incomplete;

    public ExemptionWriter(Format format, Language language) {
        this(format, language, false, null);
    }

    private ExemptionWriter(Format format, Language language, boolean evidence, IncompleteRecords incomplete) {
        this.format = Objects.requireNonNull(format, "format");
        this.language = Objects.requireNonNull(language, "language");
        this.evidence = evidence;
        this.incomplete = incomplete;
    }

    /** This writer, with each employee's tests and evidence in the text output too (JSON, CSV and XLSX always have them). */
    public ExemptionWriter withEvidence(boolean withEvidence) {
        return new ExemptionWriter(format, language, withEvidence, incomplete);
    }

    /**
     * This writer, saying in the text header and the JSON that the decisions rest on incomplete records and marking the
     * employees named by rejected rows (null: they do not): a rejected shift may have changed the hours a test weighs.
     */
    public ExemptionWriter withIncomplete(IncompleteRecords records) {
        return new ExemptionWriter(format, language, evidence, records);
    }

    private boolean incompleteFor(String employeeId) {
        return incomplete != null && incomplete.covers(employeeId);
    }

    public void write(Dataset dataset, LocalDate on, List<RegimeDecision> decisions, ExchangeRates rates, Writer out) throws IOException {
        switch (format) {
            case JSON -> json(dataset, on, decisions, rates, out);
            case CSV -> csv(dataset, on, decisions, out);
            default -> text(dataset, on, decisions, rates, out);
        }
    }

    private String t(Text text) {
        return text.in(language);
    }

    private String word(String id) {
        return Labels.word(id, language);
    }

    private String verdict(Verdict v) {
        return word("io.label.exempt.verdict." + v.name());
    }

    private static String mark(Verdict v) {
        return switch (v) {
            case EXEMPT -> "+";
            case NOT_EXEMPT -> "x";
            case INDETERMINATE -> "?";
        };
    }

    // ---- text ------------------------------------------------------------------------------------------------

    private void text(Dataset dataset, LocalDate on, List<RegimeDecision> decisions, ExchangeRates rates, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(t(Text.of("io.report.exempt.title", "date", on, "workplace", dataset.workplace().name())));
        if (!rates.all().isEmpty()) {
            lines.add(t(Text.of("io.report.exempt.rates", "rates", rates.all().stream().map(ExchangeRate::toString).toList())));
        }
        if (incomplete != null) {
            TextTable header = new TextTable(false, false);
            TextReportWriter.incompleteRows(header, incomplete, Labels.of(language));
            lines.addAll(header.lines(""));
        }
        lines.add("");
        lines.add(word("io.label.exempt.summary"));
        TextTable summary = new TextTable(false, true, true, true, false);
        summary.row(word("io.label.exempt.regime"), word("io.label.exempt.exempt"), word("io.label.exempt.not-exempt"),
                word("io.label.exempt.indeterminate"), word("io.label.exempt.name"));
        for (Map.Entry<Regime, int[]> row : summary(decisions).entrySet()) {
            int[] c = row.getValue();
            summary.row(row.getKey().id(), String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2]), t(row.getKey().name()));
        }
        lines.addAll(summary.lines("  "));
        lines.add("");
        lines.add(word("io.label.exempt.decisions"));
        TextTable verdicts = new TextTable(false, false, false, false);
        verdicts.row(word("io.label.col.employee-id"), word("io.label.exempt.employee-name"), word("io.label.exempt.regime"), word("io.label.exempt.verdict"));
        Map<String, List<RegimeDecision>> byEmployee = byEmployee(decisions);
        for (Map.Entry<String, List<RegimeDecision>> entry : byEmployee.entrySet()) {
            Employee employee = dataset.employee(entry.getKey());
            boolean first = true;
            for (RegimeDecision d : entry.getValue()) {
                String mark = incompleteFor(employee.id()) ? "  [" + Labels.of(language).onIncompleteRecords + "]" : "";
                verdicts.row(first ? employee.id() : "", first && !employee.name().equals(employee.id()) ? employee.name() : "",
                        d.regime().id(), verdict(d.verdict()) + mark);
                first = false;
            }
        }
        lines.addAll(verdicts.lines("  "));
        lines.add("");
        if (evidence) {
            lines.add(word("io.label.exempt.evidence"));
            evidence(dataset, byEmployee, lines);
        } else {
            lines.add(t(Text.of("io.report.exempt.evidence-hint")));
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        out.flush();
    }

    /** Per employee and regime, each test with its reason, its conditions as found and required, and what is missing. */
    private void evidence(Dataset dataset, Map<String, List<RegimeDecision>> byEmployee, List<String> lines) {
        int idWidth = 10;
        for (List<RegimeDecision> ds : byEmployee.values()) {
            for (RegimeDecision d : ds) {
                idWidth = Math.max(idWidth, d.regime().id().length());
            }
        }
        String found = word("io.label.exempt.found");
        String required = word("io.label.exempt.required");
        String missing = word("io.label.exempt.missing");
        for (Map.Entry<String, List<RegimeDecision>> entry : byEmployee.entrySet()) {
            Employee employee = dataset.employee(entry.getKey());
            StringBuilder b = new StringBuilder(employee.id());
            if (!employee.name().equals(employee.id())) {
                b.append("  ").append(employee.name());
            }
            lines.add("");
            lines.add(b.toString());
            for (RegimeDecision d : entry.getValue()) {
                lines.add("  " + Formats.pad(d.regime().id(), idWidth) + " " + Formats.pad(verdict(d.verdict()), 14) + " " + t(d.regime().name()));
                for (Eligibility e : d.tests()) {
                    lines.add("    " + mark(e.verdict()) + " " + e.test().id() + "  " + t(e.test().title()) + " — " + verdict(e.verdict()));
                    lines.add("        " + t(e.reason()));
                    for (Evidence ev : e.evidence()) {
                        StringBuilder line = new StringBuilder("        ").append(mark(ev.outcome())).append(' ').append(t(ev.condition()));
                        if (!ev.observed().isEmpty()) {
                            line.append(": ").append(found).append(' ').append(t(ev.observed()));
                        }
                        if (!ev.threshold().isEmpty()) {
                            line.append("; ").append(required).append(' ').append(t(ev.threshold()));
                        }
                        if (ev.citation() != null) {
                            line.append(" [").append(Catalog.format(ev.citation(), language)).append(']');
                        }
                        lines.add(line.toString());
                    }
                    for (Text m : e.missing()) {
                        lines.add("        " + missing + ": " + t(m));
                    }
                    lines.add("        " + Catalog.format(e.test().citation(), language));
                }
            }
        }
    }

    private static Map<String, List<RegimeDecision>> byEmployee(List<RegimeDecision> decisions) {
        Map<String, List<RegimeDecision>> map = new LinkedHashMap<>();
        for (RegimeDecision d : decisions) {
            map.computeIfAbsent(d.employeeId(), k -> new ArrayList<>()).add(d);
        }
        return map;
    }

    /** Per regime: exempt, not exempt, indeterminate. */
    private static Map<Regime, int[]> summary(List<RegimeDecision> decisions) {
        Map<Regime, int[]> map = new LinkedHashMap<>();
        for (RegimeDecision d : decisions) {
            map.computeIfAbsent(d.regime(), k -> new int[3])[d.verdict().ordinal()]++;
        }
        return map;
    }

    // ---- JSON ------------------------------------------------------------------------------------------------

    private void json(Dataset dataset, LocalDate on, List<RegimeDecision> decisions, ExchangeRates rates, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        Json.header(g, SCHEMA, language, dataset.workplace().jurisdiction(), dataset.workplace());
        g.writeStringField("date", on.toString());
        Json.incompleteRecords(g, incomplete);
        g.writeArrayFieldStart("exchangeRates");
        for (ExchangeRate r : rates.all()) {
            g.writeStartObject();
            g.writeStringField("from", r.from().getCode());
            g.writeStringField("to", r.to().getCode());
            Json.number(g, "rate", r.rate());
            g.writeStringField("on", r.on().toString());
            g.writeStringField("source", r.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("summary");
        for (Map.Entry<Regime, int[]> row : summary(decisions).entrySet()) {
            g.writeStartObject();
            g.writeStringField("regime", row.getKey().id());
            g.writeStringField("name", t(row.getKey().name()));
            Json.ref(g, "nameRef", row.getKey().name());
            g.writeStringField("currency", row.getKey().currency());
            g.writeNumberField("exempt", row.getValue()[0]);
            g.writeNumberField("notExempt", row.getValue()[1]);
            g.writeNumberField("indeterminate", row.getValue()[2]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("employees");
        for (Map.Entry<String, List<RegimeDecision>> entry : byEmployee(decisions).entrySet()) {
            Employee employee = dataset.employee(entry.getKey());
            g.writeStartObject();
            g.writeStringField("id", employee.id());
            g.writeStringField("name", employee.name());
            if (incomplete != null) {
                g.writeBooleanField("onIncompleteRecords", incomplete.covers(employee.id()));
            }
            g.writeArrayFieldStart("regimes");
            for (RegimeDecision d : entry.getValue()) {
                g.writeStartObject();
                g.writeStringField("regime", d.regime().id());
                g.writeStringField("verdict", d.verdict().name());
                g.writeArrayFieldStart("tests");
                for (Eligibility e : d.tests()) {
                    test(g, e);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        Json.finish(g, out);
    }

    private void test(JsonGenerator g, Eligibility e) throws IOException {
        g.writeStartObject();
        g.writeStringField("testId", e.test().id());
        g.writeStringField("title", t(e.test().title()));
        Json.ref(g, "titleRef", e.test().title());
        citation(g, e.test().citation());
        g.writeStringField("verdict", e.verdict().name());
        g.writeStringField("reason", t(e.reason()));
        Json.ref(g, "reasonRef", e.reason());
        g.writeArrayFieldStart("evidence");
        for (Evidence ev : e.evidence()) {
            g.writeStartObject();
            g.writeStringField("key", ev.key());
            g.writeStringField("condition", t(ev.condition()));
            Json.ref(g, "conditionRef", ev.condition());
            g.writeStringField("observed", t(ev.observed()));
            Json.ref(g, "observedRef", ev.observed());
            g.writeStringField("threshold", t(ev.threshold()));
            Json.ref(g, "thresholdRef", ev.threshold());
            g.writeStringField("outcome", ev.outcome().name());
            if (ev.citation() == null) {
                g.writeNullField("citation");
            } else {
                g.writeObjectFieldStart("citation");
                citation(g, ev.citation());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missing");
        for (Text m : e.missing()) {
            g.writeString(t(m));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingRefs");
        for (Text m : e.missing()) {
            Json.message(g, m);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void citation(JsonGenerator g, Citation c) throws IOException {
        g.writeStringField("law", c.law());
        g.writeStringField("article", c.article());
        g.writeStringField("lawVersion", c.version());
        g.writeStringField("source", c.source());
    }

    // ---- XLSX ------------------------------------------------------------------------------------------------

    /**
     * The decisions as a workbook: a summary sheet (per regime, employees exempt, not exempt, indeterminate), a sheet of
     * tests (one row per employee and test, as the CSV) and a sheet of evidence (one row per condition), headers in the
     * language. Flushed, left open.
     */
    public void writeXlsx(Dataset dataset, LocalDate on, List<RegimeDecision> decisions, java.io.OutputStream out) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.create(language)) {
            XlsxWorkbook.Sheet summary = book.sheet(word("io.label.sheet.summary"), word("io.label.col.regime"), word("io.label.exempt.name"),
                    word("io.label.exempt.exempt"), word("io.label.exempt.not-exempt"), word("io.label.exempt.indeterminate"));
            for (Map.Entry<Regime, int[]> row : summary(decisions).entrySet()) {
                int[] c = row.getValue();
                summary.row(row.getKey().id(), row.getKey().name(), c[0], c[1], c[2]);
            }
            XlsxWorkbook.Sheet tests = book.sheet(word("io.label.sheet.tests"), col("employee-id"), col("employee-name"), col("date"),
                    col("regime"), col("regime-verdict"), col("test"), col("title"), col("verdict"), col("reason"), col("missing"),
                    col("law"), col("article"), col("law-version"), col("source"));
            XlsxWorkbook.Sheet evidence = book.sheet(word("io.label.sheet.evidence"), col("employee-id"), col("regime"), col("test"),
                    col("key"), col("condition"), col("observed"), col("threshold"), col("outcome"), col("law"), col("article"));
            for (RegimeDecision d : decisions) {
                Employee employee = dataset.employee(d.employeeId());
                for (Eligibility e : d.tests()) {
                    Citation c = e.test().citation();
                    tests.row(employee.id(), employee.name(), on, d.regime().id(), verdict(d.verdict()), e.test().id(), e.test().title(),
                            verdict(e.verdict()), e.reason(), e.missing().isEmpty() ? null : Catalog.format(e.missing(), language),
                            c.law(), c.article(), c.version(), c.source());
                    for (Evidence ev : e.evidence()) {
                        Citation from = ev.citation() == null ? c : ev.citation();
                        evidence.row(employee.id(), d.regime().id(), e.test().id(), ev.key(), ev.condition(),
                                ev.observed().isEmpty() ? null : ev.observed(), ev.threshold().isEmpty() ? null : ev.threshold(),
                                verdict(ev.outcome()), from.law(), from.article());
                    }
                }
            }
            book.write(out);
        }
    }

    private String col(String name) {
        return word("io.label.col." + name);
    }

    // ---- CSV -------------------------------------------------------------------------------------------------

    private void csv(Dataset dataset, LocalDate on, List<RegimeDecision> decisions, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        for (RegimeDecision d : decisions) {
            Employee employee = dataset.employee(d.employeeId());
            for (Eligibility e : d.tests()) {
                List<String> evidence = new ArrayList<>();
                for (Evidence ev : e.evidence()) {
                    evidence.add(mark(ev.outcome()) + " " + ev.key() + (ev.observed().isEmpty() ? "" : " = " + t(ev.observed()))
                            + (ev.threshold().isEmpty() ? "" : " (" + word("io.label.exempt.required") + " " + t(ev.threshold()) + ")"));
                }
                csv.row(new String[] {
                    employee.id(), employee.name(), on.toString(), d.regime().id(), d.verdict().name(), e.test().id(), e.verdict().name(),
                    t(e.reason()), String.join("; ", e.missing().stream().map(this::t).toList()), String.join("; ", evidence),
                    e.test().citation().law(), e.test().citation().article(), e.test().citation().version(), e.test().citation().source()
                });
            }
        }
        out.flush();
    }
}
