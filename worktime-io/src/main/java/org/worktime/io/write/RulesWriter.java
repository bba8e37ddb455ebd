package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Rule;
import org.worktime.core.rule.RuleInfo;

/**
 * Lists the rules and parameters of jurisdiction packs, and explains one rule, as text, JSON, CSV or Markdown.
 * The JSON and CSV shapes are documented in {@code docs/OUTPUT.md}.
 */
public final class RulesWriter {

    public static final String RULES_SCHEMA = "worktime-rules/1";
    public static final String RULE_SCHEMA = "worktime-rule/1";
    public static final String PARAMETERS_SCHEMA = "worktime-parameters/1";

    static final String[] RULE_COLUMNS = {
        "jurisdiction", "id", "kind", "title", "summary", "law", "article", "lawVersion", "source", "effectiveFrom", "effectiveTo"
    };

    static final String[] PARAMETER_COLUMNS = {
        "jurisdiction", "key", "scope", "value", "from", "to", "law", "article", "lawVersion", "source"
    };

    private final Format format;
    private final Language language;
    private final Labels l;

    public RulesWriter(Format format, Language language) {
        this.format = Objects.requireNonNull(format, "format");
        this.language = Objects.requireNonNull(language, "language");
        this.l = Labels.of(language);
    }

    /** Every rule of the packs, limits first within each pack. */
    public void writeRules(List<JurisdictionPack> packs, Writer out) throws IOException {
        switch (format) {
            case TEXT -> rulesText(packs, out);
            case MARKDOWN -> rulesMarkdown(packs, out);
            case CSV -> {
                Csv csv = new Csv(out).row(RULE_COLUMNS);
                for (JurisdictionPack pack : packs) {
                    for (Rule rule : pack.rules()) {
                        csv.row(ruleCells(pack.jurisdiction(), rule.info()));
                    }
                }
            }
            case JSON -> {
                JsonGenerator g = Json.generator(out);
                g.writeStartObject();
                g.writeStringField("schema", RULES_SCHEMA);
                g.writeStringField("language", language.code());
                g.writeArrayFieldStart("rules");
                for (JurisdictionPack pack : packs) {
                    for (Rule rule : pack.rules()) {
                        g.writeStartObject();
                        ruleFields(g, pack.jurisdiction(), rule.info());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                Json.finish(g, out);
            }
        }
        out.flush();
    }

    /** Every parameter row of the packs, by key, then by start. */
    public void writeParameters(List<JurisdictionPack> packs, Writer out) throws IOException {
        switch (format) {
            case TEXT -> parametersText(packs, out);
            case MARKDOWN -> parametersMarkdown(packs, out);
            case CSV -> {
                Csv csv = new Csv(out).row(PARAMETER_COLUMNS);
                for (JurisdictionPack pack : packs) {
                    for (Parameter p : rows(pack.parameters())) {
                        csv.row(parameterCells(pack.jurisdiction(), p));
                    }
                }
            }
            case JSON -> {
                JsonGenerator g = Json.generator(out);
                g.writeStartObject();
                g.writeStringField("schema", PARAMETERS_SCHEMA);
                g.writeArrayFieldStart("parameters");
                for (JurisdictionPack pack : packs) {
                    for (Parameter p : rows(pack.parameters())) {
                        String[] cells = parameterCells(pack.jurisdiction(), p);
                        g.writeStartObject();
                        for (int i = 0; i < PARAMETER_COLUMNS.length; i++) {
                            Json.stringOrNull(g, PARAMETER_COLUMNS[i], cells[i]);
                        }
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                Json.finish(g, out);
            }
        }
        out.flush();
    }

    /**
     * One rule: its metadata, then its documentation page (Markdown) when there is one, then where to find the
     * parameters.
     *
     * @param documentation the rule's Markdown page, or null when the pack ships none
     */
    public void writeExplain(String jurisdiction, RuleInfo rule, String documentation, Writer out) throws IOException {
        switch (format) {
            case TEXT -> explainText(jurisdiction, rule, documentation, out);
            case MARKDOWN -> explainMarkdown(jurisdiction, rule, documentation, out);
            case CSV -> {
                String[] header = new String[RULE_COLUMNS.length + 1];
                System.arraycopy(RULE_COLUMNS, 0, header, 0, RULE_COLUMNS.length);
                header[RULE_COLUMNS.length] = "documentation";
                String[] cells = new String[header.length];
                System.arraycopy(ruleCells(jurisdiction, rule), 0, cells, 0, RULE_COLUMNS.length);
                cells[RULE_COLUMNS.length] = documentation;
                new Csv(out).row(header).row(cells);
            }
            case JSON -> {
                JsonGenerator g = Json.generator(out);
                g.writeStartObject();
                g.writeStringField("schema", RULE_SCHEMA);
                g.writeStringField("language", language.code());
                ruleFields(g, jurisdiction, rule);
                Json.stringOrNull(g, "documentation", documentation);
                g.writeEndObject();
                Json.finish(g, out);
            }
        }
        out.flush();
    }

    // ---- text

    private void rulesText(List<JurisdictionPack> packs, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JurisdictionPack pack : packs) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            List<Rule> rules = pack.rules();
            lines.add(pack.jurisdiction() + ": " + pack.displayName() + ", " + rules.size() + " " + l.rules);
            TextTable table = new TextTable(false, false, false, false, false);
            table.row(l.id, l.kind, l.from, l.until, l.title);
            for (Rule rule : rules) {
                RuleInfo info = rule.info();
                LocalDateRange e = info.effective();
                table.row(info.id(), info.kind().name(), e.getStart().toString(), e.isUnboundedEnd() ? "" : e.getEndInclusive().toString(),
                        info.title().in(language.code()));
                table.detail(4, info.citation().shortText());
                if (!info.citation().source().isEmpty()) {
                    table.detail(4, info.citation().source());
                }
            }
            lines.addAll(table.lines(""));
        }
        if (packs.isEmpty()) {
            lines.add(language == Language.KO ? "관할 팩이 없습니다." : "No jurisdiction packs are installed.");
        }
        write(lines, out);
    }

    private void parametersText(List<JurisdictionPack> packs, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JurisdictionPack pack : packs) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            List<Parameter> rows = rows(pack.parameters());
            lines.add(pack.jurisdiction() + ": " + pack.displayName() + ", " + rows.size() + " " + l.parameters.toLowerCase(java.util.Locale.ROOT));
            TextTable table = new TextTable(false, false, false, false, false);
            table.row(l.key, l.scope, l.from, l.until, l.value);
            for (Parameter p : rows) {
                String[] cells = parameterCells(pack.jurisdiction(), p);
                table.row(p.key(), cells[2], cells[4], cells[5] == null ? "" : cells[5], p.value());
                table.detail("  " + p.citation());
            }
            lines.addAll(table.lines(""));
        }
        write(lines, out);
    }

    private void explainText(String jurisdiction, RuleInfo rule, String documentation, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(rule.id() + "  " + rule.title().in(language.code()));
        TextTable table = new TextTable(false, false)
                .row(l.jurisdiction, jurisdiction)
                .row(l.kind, rule.kind().name())
                .row(l.law, rule.citation().shortText())
                .row(l.version, rule.citation().version())
                .row(l.inForce, inForce(rule.effective()))
                .row(l.source, rule.citation().source());
        List<String> meta = table.lines("  ");
        lines.addAll(meta);
        if (!rule.summary().isEmpty()) {
            int indent = table.offsetOf(1) + 2;
            lines.addAll(Formats.wrap("  " + Formats.pad(l.summary, indent - 2), rule.summary().in(language), indent, TextReportWriter.WIDTH));
        }
        if (documentation != null) {
            lines.add("");
            lines.addAll(documentation.stripTrailing().lines().toList());
        }
        lines.add("");
        lines.add(l.parametersHint);
        write(lines, out);
    }

    private String inForce(LocalDateRange range) {
        if (range.isUnboundedEnd()) {
            return language == Language.KO ? range.getStart() + l.since : l.since + " " + range.getStart();
        }
        return range.getStart() + " " + l.to + " " + range.getEndInclusive();
    }

    // ---- Markdown

    private void rulesMarkdown(List<JurisdictionPack> packs, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JurisdictionPack pack : packs) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("## " + pack.jurisdiction() + ": " + md(pack.displayName()));
            lines.add("");
            lines.add("| " + l.id + " | " + l.kind + " | " + l.title + " | " + l.law + " | " + l.from + " | " + l.until + " | " + l.source + " |");
            lines.add("|---|---|---|---|---|---|---|");
            for (Rule rule : pack.rules()) {
                RuleInfo info = rule.info();
                LocalDateRange e = info.effective();
                lines.add("| " + md(info.id()) + " | " + info.kind() + " | " + md(info.title().in(language.code())) + " | "
                        + md(info.citation().shortText()) + " | " + e.getStart() + " | " + (e.isUnboundedEnd() ? "" : e.getEndInclusive()) + " | "
                        + md(info.citation().source()) + " |");
            }
        }
        write(lines, out);
    }

    private void parametersMarkdown(List<JurisdictionPack> packs, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JurisdictionPack pack : packs) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("## " + pack.jurisdiction() + ": " + md(pack.displayName()));
            lines.add("");
            lines.add("| " + l.key + " | " + l.scope + " | " + l.value + " | " + l.from + " | " + l.until + " | " + l.law + " |");
            lines.add("|---|---|---|---|---|---|");
            for (Parameter p : rows(pack.parameters())) {
                String[] c = parameterCells(pack.jurisdiction(), p);
                lines.add("| " + md(p.key()) + " | " + md(c[2]) + " | " + md(p.value()) + " | " + c[4] + " | " + c[5] + " | "
                        + md(p.citation().toString()) + " |");
            }
        }
        write(lines, out);
    }

    private void explainMarkdown(String jurisdiction, RuleInfo rule, String documentation, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + rule.id() + ": " + md(rule.title().in(language.code())));
        lines.add("");
        lines.add("- " + l.jurisdiction + ": " + jurisdiction);
        lines.add("- " + l.kind + ": " + rule.kind());
        lines.add("- " + l.law + ": " + md(rule.citation().shortText()));
        lines.add("- " + l.version + ": " + md(rule.citation().version()));
        lines.add("- " + l.inForce + ": " + inForce(rule.effective()));
        lines.add("- " + l.source + ": " + md(rule.citation().source()));
        if (!rule.summary().isEmpty()) {
            lines.add("- " + l.summary + ": " + md(rule.summary().in(language)));
        }
        if (documentation != null) {
            lines.add("");
            lines.addAll(documentation.stripTrailing().lines().toList());
        }
        lines.add("");
        lines.add(l.parametersHint);
        write(lines, out);
    }

    /** A table cell: pipes escaped, line breaks folded. */
    private static String md(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }

    // ---- shared

    private void ruleFields(JsonGenerator g, String jurisdiction, RuleInfo info) throws IOException {
        String[] cells = ruleCells(jurisdiction, info);
        for (int i = 0; i < RULE_COLUMNS.length; i++) {
            Json.stringOrNull(g, RULE_COLUMNS[i], cells[i]);
        }
    }

    private String[] ruleCells(String jurisdiction, RuleInfo info) {
        LocalDateRange e = info.effective();
        return new String[] {
            jurisdiction, info.id(), info.kind().name(), info.title().in(language.code()), info.summary().in(language),
            info.citation().law(), info.citation().article(), info.citation().version(), info.citation().source(),
            e.getStart().toString(), e.isUnboundedEnd() ? null : e.getEndInclusive().toString()
        };
    }

    private static String[] parameterCells(String jurisdiction, Parameter p) {
        LocalDateRange e = p.effective();
        return new String[] {
            jurisdiction, p.key(), p.scope().toString(), p.value(), e.getStart().toString(),
            e.isUnboundedEnd() ? null : e.getEndInclusive().toString(),
            p.citation().law(), p.citation().article(), p.citation().version(), p.citation().source()
        };
    }

    private static List<Parameter> rows(ParameterTable table) {
        List<Parameter> rows = new ArrayList<>();
        for (String key : table.keys()) {
            rows.addAll(table.history(key));
        }
        return rows;
    }

    private static void write(List<String> lines, Writer out) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
    }
}
