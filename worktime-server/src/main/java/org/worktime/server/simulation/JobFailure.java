package org.worktime.server.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;

/**
 * Why a simulation job (or a plan job, in the same table) failed: a code for programs ({@code interrupted},
 * {@code invalid-data}, {@code internal}; a plan's {@code invalid-project}) and a catalog message with its typed arguments,
 * kept as such in {@code simulation_job.error} (as JSON) so that the job page and the API say it in the reader's
 * language, not in the language of whoever asked for the job.
 *
 * <p>An argument is stored with its type (a text, a nested message, a number, a date, a period, a duration, a list);
 * one of another type (money, a citation) is stored rendered in each language, which reads the same. A row written
 * before failures were kept this way holds an English sentence: it is read back as those words, with no code.
 */
public record JobFailure(String code, Text message) {

    /** The column holds at most this many characters (V40); a longer user value is shortened to fit. */
    static final int COLUMN = 500;
    private static final int LONGEST_STRING = 200;

    /** The server stopped (or was killed) while the job was queued or running: its thread is gone. */
    public static JobFailure interrupted() {
        return new JobFailure("interrupted", Text.of("server.simulation.failed.interrupted"));
    }

    /** The stored records cannot be evaluated: the engine's explanation of what it cannot read. */
    public static JobFailure invalidData(Text explanation) {
        return new JobFailure("invalid-data", Text.of("server.simulation.failed.invalid-data", "why", explanation));
    }

    /** A fault of Worktime's: the log has the details, under the job's id. */
    public static JobFailure internal() {
        return new JobFailure("internal", Text.of("server.simulation.failed.internal"));
    }

    /** The message in a language. */
    public String detail(Language language) {
        return message.in(language);
    }

    /**
     * As the {@code error} column of a job (a simulation's or a plan's) keeps it: the JSON of {@link #toMap}; one that would
     * not fit (a long value in the data) keeps its code and message id, each nested message as its words, shortened.
     */
    public String stored(org.worktime.server.records.Bundles bundles) {
        String json = bundles.toJson(toMap());
        if (json.length() <= COLUMN) {
            return json;
        }
        return bundles.toJson(new JobFailure(code, Text.of(message.id(), shortened(message))).toMap());
    }

    /** The failure a job's {@code error} column holds: the JSON {@link #stored} wrote, or an English sentence of an older row; null for none. */
    public static JobFailure read(String column, org.worktime.server.records.Bundles bundles) {
        if (column == null) {
            return null;
        }
        if (column.startsWith("{")) {
            return of(bundles.parse(column));
        }
        return older(column);
    }

    /** The arguments of a message with every nested message replaced by its words in English, Korean and Japanese, shortened. */
    private static Map<String, Object> shortened(Text message) {
        Map<String, Object> args = new LinkedHashMap<>();
        message.args().forEach((name, value) -> args.put(name, value instanceof Text t
                ? Text.words(cut(t.in(Language.EN)), cut(t.in(Language.KO)), cut(t.in(Language.JA))) : value));
        return args;
    }

    private static String cut(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89) + "…";
    }

    /** As stored: {@code {"code": ..., "message": {"id": ..., "args": {...}}}}, through {@code toJson}. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("message", text(message));
        return m;
    }

    /** Read back from the column: the map {@link #toMap} wrote, or (an older row) an English sentence. */
    @SuppressWarnings("unchecked")
    static JobFailure of(Map<String, Object> stored) {
        return new JobFailure((String) stored.get("code"), text((Map<String, Object>) stored.get("message")));
    }

    static JobFailure older(String sentence) {
        return new JobFailure(null, Text.verbatim(sentence));
    }

    private static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!t.isMessage()) {
            m.put("words", words(t));
            return m;
        }
        m.put("id", t.id());
        Map<String, Object> args = new LinkedHashMap<>();
        t.args().forEach((name, value) -> args.put(name, value(value)));
        m.put("args", args);
        return m;
    }

    private static Map<String, Object> words(Text t) {
        Map<String, Object> w = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            w.put(l.code(), shorten(t.in(l)));
        }
        return w;
    }

    /** A typed value: {@code {"type": value}} with one of the types below. */
    private static Map<String, Object> value(Object v) {
        return switch (v) {
            case null -> Map.of("string", "");
            case String s -> Map.of("string", shorten(s));
            case Text t -> Map.of("text", text(t));
            case Integer i -> Map.of("integer", i.longValue());
            case Long l -> Map.of("integer", l);
            case BigDecimal d -> Map.of("decimal", d.toPlainString());
            case LocalDate d -> Map.of("date", d.toString());
            case LocalDateRange r -> Map.of("period", List.of(r.getStart().toString(), r.getEndInclusive().toString()));
            case Duration d -> Map.of("duration", d.toString());
            case List<?> list -> Map.of("list", list.stream().map(JobFailure::value).toList());
            default -> {
                Map<String, Object> rendered = new LinkedHashMap<>();
                for (Language l : Language.values()) {
                    rendered.put(l.code(), shorten(Catalog.format(v, l)));
                }
                yield Map.of("rendered", rendered);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Text text(Map<String, Object> m) {
        if (m.containsKey("words")) {
            Map<String, Object> w = (Map<String, Object>) m.get("words");
            return Text.words((String) w.get("en"), (String) w.get("ko"), (String) w.get("ja"));
        }
        Map<String, Object> args = new LinkedHashMap<>();
        ((Map<String, Object>) m.getOrDefault("args", Map.of())).forEach((name, value) -> args.put(name, read((Map<String, Object>) value)));
        return Text.of((String) m.get("id"), args);
    }

    @SuppressWarnings("unchecked")
    private static Object read(Map<String, Object> typed) {
        Map.Entry<String, Object> e = typed.entrySet().iterator().next();
        Object v = e.getValue();
        return switch (e.getKey()) {
            case "string" -> v;
            case "text" -> text((Map<String, Object>) v);
            case "integer" -> ((Number) v).longValue();
            case "decimal" -> new BigDecimal((String) v);
            case "date" -> LocalDate.parse((String) v);
            case "period" -> {
                List<String> p = (List<String>) v;
                yield LocalDateRange.ofClosed(LocalDate.parse(p.get(0)), LocalDate.parse(p.get(1)));
            }
            case "duration" -> Duration.parse((String) v);
            case "list" -> {
                List<Object> list = new ArrayList<>();
                ((List<Map<String, Object>>) v).forEach(x -> list.add(read(x)));
                yield list;
            }
            case "rendered" -> {
                Map<String, Object> r = (Map<String, Object>) v;
                yield Text.words((String) r.get("en"), (String) r.get("ko"), (String) r.get("ja"));
            }
            default -> throw new IllegalArgumentException("a stored failure's argument of unknown type " + e.getKey());
        };
    }

    /** User values (a value in the data that cannot be read) are shortened so that the failure fits its column. */
    private static String shorten(String s) {
        return s.length() <= LONGEST_STRING ? s : s.substring(0, LONGEST_STRING - 1) + "…";
    }
}
