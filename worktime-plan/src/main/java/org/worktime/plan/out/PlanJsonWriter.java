package org.worktime.plan.out;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.io.write.Json;
import org.worktime.core.i18n.Language;
import org.worktime.plan.OptionPlan;
import org.worktime.plan.Paperwork;
import org.worktime.plan.PlanResult;

/**
 * A plan as JSON, schema {@code worktime-plan/1} (docs/OUTPUT.md): the project, the team, and per option its verdict,
 * hours, shifts (local times in the workplace's zone, as the shifts format takes them), agreements to add, paperwork,
 * premium, the engine's warnings, rest owed and shortfall. Durations in minutes, money exact.
 */
public final class PlanJsonWriter {

    public static final String SCHEMA = "worktime-plan/1";

    private PlanJsonWriter() {
    }

    public static void write(PlanResult r, Language lang, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        Json.header(g, SCHEMA, lang, r.workplace().jurisdiction(), r.workplace());
        var p = r.project();
        g.writeObjectFieldStart("project");
        g.writeStringField("id", p.id());
        Json.period(g, "window", p.window());
        g.writeStringField("plannedOn", p.plannedOn().toString());
        g.writeStringField("workKind", p.work().kind().name());
        g.writeNumberField("workMinutes", p.work().seconds() / 60);
        g.writeEndObject();
        g.writeObjectFieldStart("solver");
        g.writeNumberField("seed", r.settings().seed());
        g.writeNumberField("steps", r.settings().steps());
        if (r.settings().timeLimit() == null) {
            g.writeNullField("timeLimitSeconds");
        } else {
            g.writeNumberField("timeLimitSeconds", r.settings().timeLimit().toSeconds());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("team");
        for (Employee e : r.team()) {
            g.writeString(e.id());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("options");
        ZoneId zone = r.workplace().zone();
        for (OptionPlan o : r.options()) {
            g.writeStartObject();
            g.writeStringField("id", o.id());
            g.writeStringField("title", o.title().in(lang));
            g.writeBooleanField("fits", o.fits());
            g.writeNumberField("targetMinutes", o.targetSeconds() / 60);
            g.writeNumberField("plannedMinutes", o.plannedSeconds() / 60);
            g.writeNumberField("violations", o.violationsLeft().size());
            g.writeNumberField("solveMillis", o.solveMillis());
            g.writeStringField("score", o.score());
            g.writeObjectFieldStart("minutesByEmployee");
            for (Map.Entry<String, Long> e : o.hoursByEmployee().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue() / 60);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("premium");
            for (Map.Entry<CurrencyUnit, Money> m : o.premium().entrySet()) {
                g.writeStartObject();
                g.writeStringField("currency", m.getKey().getCode());
                Json.number(g, "amount", m.getValue().getAmount());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("paperwork");
            for (Paperwork w : o.paperwork()) {
                g.writeStartObject();
                g.writeStringField("what", w.what().in(lang));
                g.writeStringField("article", w.article().in(lang));
                Json.stringOrNull(g, "kind", w.kind());
                g.writeBooleanField("onFile", w.onFile());
                Json.stringOrNull(g, "deadline", w.deadline() == null ? null : w.deadline().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agreementsToAdd");
            for (Agreement a : o.agreements()) {
                g.writeStartObject();
                g.writeStringField("kind", a.kind());
                g.writeStringField("from", a.validity().getStart().toString());
                g.writeStringField("to", a.validity().getEndInclusive().toString());
                g.writeArrayFieldStart("employees");
                for (String id : a.employees().stream().sorted().toList()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("terms");
                for (Map.Entry<String, String> t : new java.util.TreeMap<>(a.terms()).entrySet()) {
                    g.writeStringField(t.getKey(), t.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            texts(g, "restAfter", o.restAfter(), lang);
            texts(g, "shortfall", o.shortfall(), lang);
            texts(g, "notes", o.notes(), lang);
            g.writeArrayFieldStart("warnings");
            for (Finding f : o.warnings()) {
                Json.finding(g, f, lang);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("payLines");
            for (PayLine l : o.payLines()) {
                g.writeStartObject();
                g.writeStringField("employeeId", l.employeeId());
                g.writeStringField("ruleId", l.ruleId());
                g.writeStringField("kind", l.kind());
                Json.period(g, "period", l.period());
                g.writeNumberField("minutes", l.seconds() / 60);
                Json.number(g, "multiplier", l.multiplier());
                g.writeStringField("currency", l.amount().getCurrencyUnit().getCode());
                Json.number(g, "amount", l.amount().getAmount());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("shifts");
            for (Shift s : o.shifts()) {
                g.writeStartObject();
                g.writeStringField("employee", s.employeeId());
                g.writeStringField("start", PlannedShiftsCsvWriter.local(s.start(), zone));
                g.writeStringField("end", PlannedShiftsCsvWriter.local(s.end(), zone));
                g.writeArrayFieldStart("breaks");
                for (Interval b : s.breaks()) {
                    g.writeString(PlannedShiftsCsvWriter.time(b.getStart(), zone) + "-" + PlannedShiftsCsvWriter.time(b.getEnd(), zone));
                }
                g.writeEndArray();
                g.writeNumberField("workedMinutes", s.workedSeconds() / 60);
                g.writeStringField("origin", s.origin().name());
                Json.stringOrNull(g, "notifiedOn", s.notifiedOn() == null ? null : s.notifiedOn().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        Json.finish(g, out);
    }

    private static void texts(JsonGenerator g, String name, java.util.List<Text> texts, Language lang) throws IOException {
        g.writeArrayFieldStart(name);
        for (Text t : texts) {
            g.writeString(t.in(lang));
        }
        g.writeEndArray();
    }

}
