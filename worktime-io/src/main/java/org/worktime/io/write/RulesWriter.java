package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.CitationStyle;
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
     * What {@code worktime explain} tells a developer besides what it tells a user: the rule's class and the
     * parameter keys of its article.
     *
     * @param ruleClass the implementing class, e.g. {@code org.worktime.kr.rules.ExtendedWorkCapRule}
     * @param parameterKeys the pack's parameter keys named after the rule's article ({@code kr.lsa53.*} for KR-LSA-53-1)
     */
    public record Developer(String ruleClass, List<String> parameterKeys) {

        public Developer {
            Objects.requireNonNull(ruleClass, "ruleClass");
            parameterKeys = List.copyOf(parameterKeys);
        }
    }

    /** One rule as a user reads it, without the developer section. */
    public void writeExplain(String jurisdiction, RuleInfo rule, String documentation, Writer out) throws IOException {
        writeExplain(jurisdiction, rule, documentation, null, null, out);
    }

    /**
     * One rule as a user reads it: what it checks, what the law says (the citation in the language's convention, the
     * version in force, the dates, the source), the documentation page; then, with {@code developer}, the internals.
     * JSON and CSV carry the raw metadata fields whatever the flag, as before.
     *
     * @param documentation the rule's Markdown page, or null when the pack ships none
     * @param page where the page lives in the repository ({@code docs/rules/kr/KR-LSA-53-1.md}), or null
     * @param developer the developer section, or null for a user's view
     */
    public void writeExplain(String jurisdiction, RuleInfo rule, String documentation, String page, Developer developer, Writer out)
            throws IOException {
        switch (format) {
            case TEXT -> explainText(jurisdiction, rule, documentation, page, developer, out);
            case MARKDOWN -> explainMarkdown(jurisdiction, rule, documentation, page, developer, out);
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
                table.detail(4, CitationStyle.format(info.citation(), language));
                if (!info.citation().source().isEmpty()) {
                    table.detail(4, info.citation().source());
                }
            }
            lines.addAll(table.lines(""));
        }
        if (packs.isEmpty()) {
            lines.add(word("core.rules.no-packs"));
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
                table.detail("  " + cited(p.citation()));
            }
            lines.addAll(table.lines(""));
        }
        write(lines, out);
    }

    private void explainText(String jurisdiction, RuleInfo rule, String documentation, String page, Developer developer, Writer out)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(rule.id() + "  " + rule.title().in(language));
        List<String[]> rows = new ArrayList<>();
        if (!rule.summary().isEmpty()) {
            rows.add(new String[] {word("core.explain.checks"), rule.summary().in(language)});
        }
        rows.add(new String[] {word("core.explain.law"), CitationStyle.format(rule.citation(), language)});
        if (!rule.citation().version().isEmpty()) {
            rows.add(new String[] {word("core.explain.version"), CitationStyle.version(rule.citation(), language)});
        }
        rows.add(new String[] {word("core.explain.in-force"), inForce(rule.effective())});
        if (!rule.citation().source().isEmpty()) {
            rows.add(new String[] {word("core.explain.source"), rule.citation().source()});
        }
        if (page != null && documentation != null) {
            rows.add(new String[] {word("core.explain.documentation"), page});
        }
        lines.addAll(labelled(rows));
        if (documentation != null) {
            lines.add("");
            lines.addAll(documentation.stripTrailing().lines().toList());
        }
        lines.add("");
        lines.add(word("core.explain.parameters-hint"));
        if (developer != null) {
            lines.add("");
            lines.add(word("core.explain.developer"));
            Citation c = rule.citation();
            lines.addAll(labelled(List.of(
                    new String[] {word("core.explain.jurisdiction"), jurisdiction},
                    new String[] {word("core.explain.kind"), rule.kind().name()},
                    new String[] {word("core.explain.class"), developer.ruleClass()},
                    new String[] {"law", c.law()},
                    new String[] {"article", c.article()},
                    new String[] {"lawVersion", c.version()},
                    new String[] {"source", c.source()},
                    new String[] {word("core.explain.parameter-keys"), String.join(", ", developer.parameterKeys())})));
        }
        write(lines, out);
    }

    /** Label and value pairs, the values in one column and wrapped at the report width. */
    private static List<String> labelled(List<String[]> rows) {
        int width = 0;
        for (String[] row : rows) {
            width = Math.max(width, Formats.width(row[0]));
        }
        int indent = 2 + width + 2;
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            String first = "  " + Formats.pad(row[0], width) + "  ";
            if (row[1].isEmpty()) {
                lines.add(first.stripTrailing());
            } else {
                lines.addAll(Formats.wrap(first, row[1], indent, TextReportWriter.WIDTH));
            }
        }
        return lines;
    }

    /** A word or sentence of the explanation, from the core catalog. */
    private String word(String id) {
        return Text.of(id).in(language);
    }

    private String inForce(LocalDateRange range) {
        if (range.isUnboundedEnd()) {
            return Text.of("core.explain.since", "from", range.getStart()).in(language);
        }
        return Text.of("core.explain.between", "from", range.getStart(), "to", range.getEndInclusive()).in(language);
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
                        + md(CitationStyle.format(info.citation(), language)) + " | " + e.getStart() + " | " + (e.isUnboundedEnd() ? "" : e.getEndInclusive()) + " | "
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
                        + md(cited(p.citation())) + " |");
            }
        }
        write(lines, out);
    }

    private void explainMarkdown(String jurisdiction, RuleInfo rule, String documentation, String page, Developer developer, Writer out)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + rule.id() + ": " + md(rule.title().in(language)));
        lines.add("");
        if (!rule.summary().isEmpty()) {
            lines.add("- " + word("core.explain.checks") + ": " + md(rule.summary().in(language)));
        }
        lines.add("- " + word("core.explain.law") + ": " + md(CitationStyle.format(rule.citation(), language)));
        if (!rule.citation().version().isEmpty()) {
            lines.add("- " + word("core.explain.version") + ": " + md(CitationStyle.version(rule.citation(), language)));
        }
        lines.add("- " + word("core.explain.in-force") + ": " + inForce(rule.effective()));
        if (!rule.citation().source().isEmpty()) {
            lines.add("- " + word("core.explain.source") + ": " + md(rule.citation().source()));
        }
        if (page != null && documentation != null) {
            lines.add("- " + word("core.explain.documentation") + ": " + md(page));
        }
        if (documentation != null) {
            lines.add("");
            lines.addAll(documentation.stripTrailing().lines().toList());
        }
        lines.add("");
        lines.add(word("core.explain.parameters-hint"));
        if (developer != null) {
            Citation c = rule.citation();
            lines.add("");
            lines.add("## " + word("core.explain.developer"));
            lines.add("");
            lines.add("- " + word("core.explain.jurisdiction") + ": " + jurisdiction);
            lines.add("- " + word("core.explain.kind") + ": " + rule.kind());
            lines.add("- " + word("core.explain.class") + ": `" + developer.ruleClass() + "`");
            lines.add("- law: " + md(c.law()));
            lines.add("- article: " + md(c.article()));
            lines.add("- lawVersion: " + md(c.version()));
            lines.add("- source: " + md(c.source()));
            lines.add("- " + word("core.explain.parameter-keys") + ": " + md(String.join(", ", developer.parameterKeys())));
        }
        write(lines, out);
    }

    /** A parameter row's citation in the language, its version in brackets: {@code 근로기준법 제53조제1항 [Act No. 15513]}. */
    private String cited(Citation c) {
        String version = CitationStyle.version(c, language);
        return CitationStyle.format(c, language) + (version.isEmpty() ? "" : " [" + version + "]");
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
