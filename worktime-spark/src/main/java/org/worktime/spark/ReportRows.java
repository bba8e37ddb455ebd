package org.worktime.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.Report;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.io.write.ReportWriter;

/**
 * Findings and pay lines as flat rows with the fields of the JSON report (docs/OUTPUT.md), written by the CLI's own
 * {@link JsonReportWriter} and flattened: {@code period.start} becomes {@code periodStart}, a measure's or money's
 * {@code value}/{@code amount} takes the parent's name ({@code measured}, {@code amount}) and its unit or currency
 * {@code measuredUnit}, {@code amountCurrency}; the {@code *Ref} fields stay JSON text; numbers stay exact decimal text.
 */
final class ReportRows {

    static final List<String> KEYS = List.of("workplace", "jurisdiction");
    static final List<String> FINDING = List.of("employeeId", "ruleId", "title", "titleRef", "law", "article", "lawVersion", "source",
            "severity", "basis", "periodStart", "periodEndExclusive", "measured", "measuredUnit", "limit", "limitUnit", "message",
            "messageRef", "penaltyLaw", "penaltyArticle", "penaltySummary", "penaltySummaryRef", "penaltyNote", "penaltyNoteRef");
    static final List<String> PAY = List.of("employeeId", "ruleId", "kind", "payClass", "periodStart", "periodEndExclusive", "date",
            "minutes", "multiplier", "hourlyBase", "hourlyBaseCurrency", "amount", "amountCurrency", "law", "article", "note",
            "noteRef");

    static final StructType FINDING_SCHEMA = schema(FINDING);
    static final StructType PAY_SCHEMA = schema(PAY);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportRows() {
    }

    /** workplace, jurisdiction, employeeIndex (the employee's place in the employees file), ordinal, then the fields. */
    private static StructType schema(List<String> fields) {
        List<StructField> all = new ArrayList<>();
        KEYS.forEach(k -> all.add(DataTypes.createStructField(k, DataTypes.StringType, false)));
        all.add(DataTypes.createStructField("employeeIndex", DataTypes.IntegerType, false));
        all.add(DataTypes.createStructField("ordinal", DataTypes.IntegerType, false));
        fields.forEach(f -> all.add(DataTypes.createStructField(f, DataTypes.StringType, true)));
        return DataTypes.createStructType(all);
    }

    /** The report's findings and pay lines, each with {@code workplace} and the employee's index. */
    static void rows(String workplace, int employeeIndex, Report report, Language language, List<Row> findings, List<Row> payLines) {
        JsonNode json;
        try {
            StringWriter out = new StringWriter();
            new JsonReportWriter(language, ReportWriter.Mode.CHECK).write(report, out);
            json = MAPPER.readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        withNotesOnLines(json);
        for (JsonNode employee : json.get("employees")) {
            add(workplace, report.jurisdiction(), employeeIndex, employee.get("findings"), FINDING, findings);
            add(workplace, report.jurisdiction(), employeeIndex, employee.get("payLines"), PAY, payLines);
        }
    }

    private static void add(String workplace, String jurisdiction, int employeeIndex, JsonNode items, List<String> fields, List<Row> into) {
        int ordinal = 0;
        for (JsonNode item : items) {
            Map<String, String> flat = flatten(item);
            Object[] values = new Object[4 + fields.size()];
            values[0] = workplace;
            values[1] = jurisdiction;
            values[2] = employeeIndex;
            values[3] = ordinal++;
            for (int i = 0; i < fields.size(); i++) {
                values[4 + i] = flat.get(fields.get(i));
            }
            into.add(RowFactory.create(values));
        }
    }

    /**
     * Puts each pay line's note back on the line ({@code worktime-report/3} says a note once, in the report's
     * {@code notes} table, and the line names it by {@code noteId}): a row of a table has no document around it, so
     * its note and noteRef are its own columns, as in {@code /2}.
     */
    static void withNotesOnLines(JsonNode report) {
        JsonNode notes = report.get("notes");
        for (JsonNode employee : report.get("employees")) {
            JsonNode lines = employee.get("payLines");
            if (lines == null) {
                continue;
            }
            for (JsonNode line : lines) {
                if (line instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has("noteId")) {
                    JsonNode note = notes.get(object.remove("noteId").asInt());
                    object.set("note", note.get("note"));
                    object.set("noteRef", note.get("noteRef"));
                }
            }
        }
    }

    /** One JSON object's fields as flat column values (see the class comment). */
    static Map<String, String> flatten(JsonNode object) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject() && !name.endsWith("Ref")) {
                for (Iterator<Map.Entry<String, JsonNode>> inner = value.fields(); inner.hasNext();) {
                    Map.Entry<String, JsonNode> child = inner.next();
                    String key = child.getKey();
                    String column = key.equals("value") || key.equals("amount") ? name
                            : name + Character.toUpperCase(key.charAt(0)) + key.substring(1);
                    flat.put(column, text(child.getValue()));
                }
            } else {
                flat.put(name, text(value));
            }
        }
        return flat;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }
}
