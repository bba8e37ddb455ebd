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

/**
 * Writes the answer of {@code worktime exempt}: per employee and regime, exempt or not, each test with its evidence
 * (what was found, the threshold in force, the citation) and what is missing. Text, JSON ({@code worktime-exempt/1})
 * or CSV (one row per employee and test).
 */
public final class ExemptionWriter {

    public static final String SCHEMA = "worktime-exempt/1";

    /** Header of the CSV table. */
    public static final String[] COLUMNS = {
        "employeeId", "employeeName", "date", "regime", "regimeVerdict", "testId", "verdict", "reason", "missing",
        "evidence", "law", "article", "lawVersion", "source"
    };

    private final Format format;
    private final Language language;

    public ExemptionWriter(Format format, Language language) {
        this.format = Objects.requireNonNull(format, "format");
        this.language = Objects.requireNonNull(language, "language");
    }

    public void write(Dataset dataset, LocalDate on, List<RegimeDecision> decisions, ExchangeRates rates, Writer out) throws IOException {
        switch (format) {
            case JSON -> json(dataset, on, decisions, rates, out);
            case CSV -> csv(dataset, on, decisions, out);
            default -> text(dataset, on, decisions, rates, out);
        }
    }

    private String t(Text text) {
        return text.in(language.code());
    }

    private boolean ko() {
        return language == Language.KO;
    }

    private String verdict(Verdict v) {
        return switch (v) {
            case EXEMPT -> ko() ? "적용 제외" : "EXEMPT";
            case NOT_EXEMPT -> ko() ? "적용 대상" : "NOT EXEMPT";
            case INDETERMINATE -> ko() ? "판단 불가" : "INDETERMINATE";
        };
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
        StringBuilder b = new StringBuilder();
        b.append(ko() ? "근로시간 규정 적용 제외 판단 " : "Exemption from the hours rules on ").append(on).append(" — ")
                .append(dataset.workplace().name()).append('\n');
        if (!rates.all().isEmpty()) {
            b.append(ko() ? "적용 환율: " : "Exchange rates stated: ");
            b.append(String.join("; ", rates.all().stream().map(ExchangeRate::toString).toList())).append('\n');
        }
        int idWidth = 10;
        for (RegimeDecision d : decisions) {
            idWidth = Math.max(idWidth, d.regime().id().length());
        }
        Map<String, List<RegimeDecision>> byEmployee = byEmployee(decisions);
        for (Map.Entry<String, List<RegimeDecision>> entry : byEmployee.entrySet()) {
            Employee employee = dataset.employee(entry.getKey());
            b.append('\n').append(employee.id());
            if (!employee.name().equals(employee.id())) {
                b.append("  ").append(employee.name());
            }
            b.append('\n');
            for (RegimeDecision d : entry.getValue()) {
                b.append("  ").append(Formats.pad(d.regime().id(), idWidth)).append(' ').append(Formats.pad(verdict(d.verdict()), 14)).append(' ')
                        .append(t(d.regime().name())).append('\n');
                for (Eligibility e : d.tests()) {
                    b.append("    ").append(mark(e.verdict())).append(' ').append(e.test().id()).append("  ").append(t(e.test().title()))
                            .append(" — ").append(verdict(e.verdict())).append('\n');
                    b.append("        ").append(t(e.reason())).append('\n');
                    for (Evidence ev : e.evidence()) {
                        b.append("        ").append(mark(ev.outcome())).append(' ').append(t(ev.condition()));
                        if (!ev.observed().isEmpty()) {
                            b.append(ko() ? ": 확인 " : ": found ").append(t(ev.observed()));
                        }
                        if (!ev.threshold().isEmpty()) {
                            b.append(ko() ? "; 기준 " : "; required ").append(t(ev.threshold()));
                        }
                        if (ev.citation() != null) {
                            b.append(" [").append(ev.citation()).append(']');
                        }
                        b.append('\n');
                    }
                    for (Text m : e.missing()) {
                        b.append("        ").append(ko() ? "필요: " : "missing: ").append(t(m)).append('\n');
                    }
                    b.append("        ").append(e.test().citation()).append('\n');
                }
            }
        }
        b.append('\n').append(ko() ? "요약" : "Summary").append('\n');
        for (Map.Entry<Regime, int[]> row : summary(decisions).entrySet()) {
            int[] c = row.getValue();
            b.append("  ").append(Formats.pad(row.getKey().id(), idWidth)).append(' ')
                    .append(ko() ? "적용 제외 " + c[0] + "명, 적용 대상 " + c[1] + "명, 판단 불가 " + c[2] + "명"
                            : c[0] + " exempt, " + c[1] + " not exempt, " + c[2] + " indeterminate")
                    .append('\n');
        }
        out.write(b.toString());
        out.flush();
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
        citation(g, e.test().citation());
        g.writeStringField("verdict", e.verdict().name());
        g.writeStringField("reason", t(e.reason()));
        g.writeArrayFieldStart("evidence");
        for (Evidence ev : e.evidence()) {
            g.writeStartObject();
            g.writeStringField("key", ev.key());
            g.writeStringField("condition", t(ev.condition()));
            g.writeStringField("observed", t(ev.observed()));
            g.writeStringField("threshold", t(ev.threshold()));
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
        g.writeEndObject();
    }

    private static void citation(JsonGenerator g, Citation c) throws IOException {
        g.writeStringField("law", c.law());
        g.writeStringField("article", c.article());
        g.writeStringField("lawVersion", c.version());
        g.writeStringField("source", c.source());
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
                            + (ev.threshold().isEmpty() ? "" : " (required " + t(ev.threshold()) + ")"));
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
