package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.MessageStructure;

/**
 * The JSON style of every output: two-space indent, {@code "key": value}, {@code []} for empty arrays, {@code \n}
 * line ends, non-ASCII text as is, decimals in plain notation. Keys are written in a fixed order by the callers.
 * Public for the other modules' writers (simulation, plan), so that every document has the same style.
 */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {
    }

    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.setPrettyPrinter(printer);
        return generator;
    }

    /** Ends the document with a line break and flushes, leaving the writer open. */
    /** A generator that writes compact JSON: no spaces, no line breaks (the report's default). */
    public static JsonGenerator compactGenerator(Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    public static void finish(JsonGenerator generator, Writer out) throws IOException {
        generator.flush();
        out.write('\n');
        out.flush();
    }

    public static void stringOrNull(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    /** A decimal as a JSON number, exact and in plain notation. */
    public static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(new BigDecimal(Formats.plain(value)));
    }

    /** {@code {"start": ..., "endExclusive": ...}}; an unbounded end is null. */
    public static void period(JsonGenerator g, String name, LocalDateRange range) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("start", range.getStart().toString());
        stringOrNull(g, "endExclusive", Formats.endExclusive(range));
        g.writeEndObject();
    }

    /** {@code incompleteRecords}: what quarantine set aside (docs/OUTPUT.md); nothing when {@code incomplete} is null. */
    static void incompleteRecords(JsonGenerator g, IncompleteRecords incomplete) throws IOException {
        if (incomplete == null) {
            return;
        }
        g.writeObjectFieldStart("incompleteRecords");
        g.writeNumberField("rowsRead", incomplete.rowsRead());
        g.writeNumberField("rowsAccepted", incomplete.rowsAccepted());
        g.writeNumberField("rowsRejected", incomplete.rowsRejected());
        g.writeStringField("rejectsFile", incomplete.rejectsFile());
        g.writeArrayFieldStart("employees");
        for (String id : new java.util.TreeSet<>(incomplete.employees())) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * A message as data beside its rendered text ({@code "message": "...", "messageRef": {"id": ..., "args": {...}}}),
     * so that a client can render it in its own language from the same ids: {@link MessageStructure} gives the map
     * (durations as {@code {"minutes"}}, money as {@code {"amount", "currency"}} with exact decimal strings, a nested
     * message as a message, a user's own words as {@code {"text": {"en", "ko", "ja"}}}).
     */
    public static void ref(JsonGenerator g, String name, Text text) throws IOException {
        g.writeFieldName(name);
        message(g, text);
    }

    /** A message as data ({@code {"id", "args"}}), as an array element. */
    public static void message(JsonGenerator g, Text text) throws IOException {
        value(g, MessageStructure.of(text));
    }

    /** Maps, lists, strings and nulls as JSON; any other value as its text (MessageStructure gives no other). */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }

    /** A finding as {@code worktime-report/2} and {@code /3} write it (also inside {@code worktime-watch/2}), texts in the language with their messages. */
    public static void finding(JsonGenerator g, org.worktime.core.finding.Finding f, Language language) throws IOException {
        finding(g, f, language, null);
    }

    /** @param onIncompleteRecords written as {@code onIncompleteRecords} when not null (a report under quarantine) */
    static void finding(JsonGenerator g, org.worktime.core.finding.Finding f, Language language, Boolean onIncompleteRecords)
            throws IOException {
        finding(g, f, new Said(language, false), onIncompleteRecords);
    }

    /**
     * The texts every finding of a rule repeats (its title, its penalty's summary and note), rendered and turned into
     * their refs once per document: a text renders the same each time, so the document is the same. With {@code raw}
     * (a compact document) a ref is kept as its JSON text and written as is; an indented one is written afresh, its
     * indentation depending on where it stands.
     */
    static final class Said {
        private static final int MAX = 4096;
        private final Language language;
        private final boolean raw;
        private final Map<Text, String> rendered = new java.util.HashMap<>();
        private final Map<Text, String> refs = new java.util.HashMap<>();

        Said(Language language, boolean raw) {
            this.language = language;
            this.raw = raw;
        }

        Language language() {
            return language;
        }

        String in(Text text) {
            String s = rendered.get(text);
            if (s == null) {
                if (rendered.size() >= MAX) {
                    rendered.clear();
                }
                s = text.in(language);
                rendered.put(text, s);
            }
            return s;
        }

        void ref(JsonGenerator g, String name, Text text) throws IOException {
            if (!raw) {
                Json.ref(g, name, text);
                return;
            }
            String json = refs.get(text);
            if (json == null) {
                if (refs.size() >= MAX) {
                    refs.clear();
                }
                java.io.StringWriter out = new java.io.StringWriter();
                try (JsonGenerator one = compactGenerator(out)) {
                    message(one, text);
                }
                json = out.toString();
                refs.put(text, json);
            }
            g.writeFieldName(name);
            g.writeRawValue(json);
        }
    }

    static void finding(JsonGenerator g, org.worktime.core.finding.Finding f, Said said, Boolean onIncompleteRecords) throws IOException {
        Language language = said.language();
        g.writeStartObject();
        g.writeStringField("employeeId", f.employeeId());
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("title", said.in(f.title()));
        said.ref(g, "titleRef", f.title());
        g.writeStringField("law", f.citation().law());
        g.writeStringField("article", f.citation().article());
        g.writeStringField("lawVersion", f.citation().version());
        g.writeStringField("source", f.citation().source());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("basis", f.basis().name());
        period(g, "period", f.period());
        measure(g, "measured", f.measured());
        measure(g, "limit", f.limit());
        g.writeStringField("message", f.message().in(language));
        ref(g, "messageRef", f.message());
        if (f.penalty() == null) {
            g.writeNullField("penalty");
        } else {
            g.writeObjectFieldStart("penalty");
            g.writeStringField("law", f.penalty().citation().law());
            g.writeStringField("article", f.penalty().citation().article());
            g.writeStringField("summary", said.in(f.penalty().summary()));
            said.ref(g, "summaryRef", f.penalty().summary());
            g.writeStringField("note", said.in(f.penalty().note()));
            said.ref(g, "noteRef", f.penalty().note());
            g.writeEndObject();
        }
        if (onIncompleteRecords != null) {
            g.writeBooleanField("onIncompleteRecords", onIncompleteRecords);
        }
        g.writeEndObject();
    }

    public static void measure(JsonGenerator g, String name, org.worktime.core.finding.Measure measure) throws IOException {
        if (measure == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        number(g, "value", measure.value());
        g.writeStringField("unit", measure.unit());
        g.writeEndObject();
    }

    /** The head every document shares: schema, language, jurisdiction and workplace. */
    public static void header(JsonGenerator g, String schema, Language language, String jurisdiction, org.worktime.core.domain.Workplace workplace)
            throws IOException {
        g.writeStringField("schema", schema);
        g.writeStringField("language", language.code());
        g.writeStringField("jurisdiction", jurisdiction);
        g.writeObjectFieldStart("workplace");
        g.writeStringField("id", workplace.id());
        g.writeStringField("name", workplace.name());
        g.writeStringField("zone", workplace.zone().getId());
        g.writeEndObject();
    }
}
