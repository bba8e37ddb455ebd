package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

/**
 * A report for people, in 100 columns, without colours, every word from the io catalog in the report's language.
 * {@link Mode#CHECK} shows each employee's findings and a pay summary per kind, the statutory premiums owed apart
 * from the ordinary allowances due (a pack's {@code allowanceKinds}); {@link Mode#PAY} shows each pay line and the
 * findings that leave pay undecided. Both end with totals. A penalty said on several findings of one employee is
 * written in full once, then referred to. The layout is documented in {@code docs/OUTPUT.md}; it is for reading,
 * not parsing.
 */
public final class TextReportWriter implements ReportWriter {

    /** The width lines are wrapped to. */
    public static final int WIDTH = 100;

    private final Language language;
    private final Mode mode;
    private final Labels l;

    private final IncompleteRecords incomplete;

    public TextReportWriter(Language language, Mode mode) {
        this(language, mode, null);
    }

    /** @param incomplete the rows rejected by quarantine, or null */
    public TextReportWriter(Language language, Mode mode, IncompleteRecords incomplete) {
        this.language = Objects.requireNonNull(language, "language");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.l = Labels.of(language);
        this.incomplete = incomplete;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        PayKinds kinds = PayKinds.of(report.jurisdiction());
        List<String> lines = new ArrayList<>();
        header(report, lines);
        for (EmployeeReport employee : report.employees()) {
            lines.add("");
            employee(employee, kinds, lines);
            writeLines(lines, out);
        }
        lines.add("");
        totals(report, kinds, lines);
        writeLines(lines, out);
        out.flush();
    }

    /** Writes the lines gathered so far and forgets them, so that a large report is not held whole in memory. */
    private static void writeLines(List<String> lines, Writer out) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        lines.clear();
    }

    private String say(String id, Object... args) {
        return Text.of(id, args).in(language);
    }

    private void header(Report report, List<String> lines) {
        lines.add(mode == Mode.CHECK ? l.checkTitle : l.payTitle);
        String workplace = report.workplace().name().equals(report.workplace().id())
                ? report.workplace().id()
                : report.workplace().name() + " (" + report.workplace().id() + ")";
        String asOf = report.asOf() == null ? say("io.report.as-of-unset") : Formats.instant(report.asOf(), report.workplace().zone());
        TextTable table = new TextTable(false, false)
                .row(l.workplace, workplace)
                .row(l.jurisdiction, report.jurisdiction())
                .row(l.zone, report.workplace().zone().getId())
                .row(l.period, Formats.period(report.period(), language))
                .row(l.asOf, asOf);
        incompleteRows(table, incomplete, l);
        lines.addAll(table.lines(""));
    }

    /** The two header rows of a report on incomplete records (shared with the watch). */
    static void incompleteRows(TextTable table, IncompleteRecords incomplete, Labels l) {
        if (incomplete == null) {
            return;
        }
        table.row(l.records, Text.of("io.report.records-incomplete", "read", incomplete.rowsRead(), "accepted", incomplete.rowsAccepted(),
                "rejected", incomplete.rowsRejected(), "file", incomplete.rejectsFile()).in(l.language));
        table.row(l.incompleteFor, incomplete.employees().isEmpty() ? Text.of("io.report.incomplete-none").in(l.language)
                : incomplete.employeeList());
    }

    private void employee(EmployeeReport report, PayKinds kinds, List<String> lines) {
        String name = report.employee().name().equals(report.employee().id())
                ? report.employee().id()
                : report.employee().id() + " " + report.employee().name();
        lines.add(say("io.report.employee-worked", "employee", name, "worked", Duration.ofSeconds(report.workedSeconds()))
                + (incomplete != null && incomplete.covers(report.employee().id()) ? "  [" + l.onIncompleteRecords + "]" : ""));
        Map<String, String> penaltiesSaid = new LinkedHashMap<>();
        if (mode == Mode.CHECK) {
            if (report.findings().isEmpty()) {
                lines.add("  " + l.noFindings);
            }
            for (Finding finding : report.findings()) {
                finding(finding, penaltiesSaid, lines);
            }
            paySummary(report.payLines(), kinds, lines);
        } else {
            payTable(report.payLines(), kinds, lines);
            for (Finding finding : report.findings()) {
                if (finding.severity() == Severity.INDETERMINATE) {
                    finding(finding, penaltiesSaid, lines);
                }
            }
        }
    }

    /**
     * @param penaltiesSaid the employee's penalties already written in full, by their words, with the rule that said
     *                      them first: a later finding with the same penalty refers to it
     */
    private void finding(Finding f, Map<String, String> penaltiesSaid, List<String> lines) {
        int severityWidth = Math.max(Formats.width(l.violation), Math.max(Formats.width(l.warning), Formats.width(l.indeterminateOne)));
        String severity = l.severity(f.severity()) + (f.basis() == Basis.FORECAST ? " (" + l.forecast + ")" : "")
                + (incomplete != null && incomplete.covers(f.employeeId()) ? " (" + l.onIncompleteRecords + ")" : "");
        String first = "  " + Formats.pad(severity, severityWidth) + "  " + f.ruleId() + "  " + Formats.period(f.period(), language);
        String title = f.title().in(language);
        if (Formats.width(first) + 2 + Formats.width(title) <= WIDTH) {
            lines.add(first + "  " + title);
        } else {
            lines.add(first);
            lines.addAll(Formats.wrap("    ", title, 4, WIDTH));
        }
        if (f.measured() != null && f.limit() != null) {
            lines.add("    " + say("io.report.measured-limit", "measured", f.measured().display(), "limit", f.limit().display()));
        } else if (f.measured() != null) {
            lines.add("    " + say("io.report.measured", "measured", f.measured().display()));
        } else if (f.limit() != null) {
            lines.add("    " + say("io.report.limit", "limit", f.limit().display()));
        }
        lines.addAll(Formats.wrap("    ", f.message().in(language), 4, WIDTH));
        String version = f.citation().version().isEmpty() ? "" : " [" + org.worktime.core.i18n.CitationStyle.version(f.citation(), language) + "]";
        lines.addAll(Formats.wrap("    " + l.law + ": ", Formats.together(Catalog.format(f.citation(), language)) + version, 6, WIDTH));
        if (f.penalty() != null) {
            penalty(f, f.penalty(), penaltiesSaid, lines);
        }
    }

    private void penalty(Finding f, Penalty penalty, Map<String, String> penaltiesSaid, List<String> lines) {
        String citation = Catalog.format(penalty.citation(), language);
        String words = penalty.summary().in(language) + " " + Formats.together("(" + citation + ")");
        String note = penalty.note().in(language);
        String key = words + "\n" + note;
        String firstRule = penaltiesSaid.get(key);
        if (firstRule != null) {
            lines.addAll(Formats.wrap("    " + l.penalty + ": ", say("io.report.penalty-as-above", "rule", firstRule, "citation",
                    penalty.citation()), 6, WIDTH));
            return;
        }
        penaltiesSaid.put(key, f.ruleId());
        lines.addAll(Formats.wrap("    " + l.penalty + ": ", words, 6, WIDTH));
        if (!note.isEmpty()) {
            lines.addAll(Formats.wrap("    " + l.note + ": ", note, 6, WIDTH));
        }
    }

    /**
     * The premiums owed (one line of their total, then per kind and currency: time and amount), then, apart, the
     * ordinary allowances due: pay for the day, not an arrear of premiums.
     */
    private void paySummary(List<PayLine> payLines, PayKinds kinds, List<String> lines) {
        if (payLines.isEmpty()) {
            lines.add("  " + l.payOwed + ": " + l.none);
            return;
        }
        List<PayLine> premiums = payLines.stream().filter(Predicate.not(kinds::isAllowance)).toList();
        List<PayLine> allowances = payLines.stream().filter(kinds::isAllowance).toList();
        if (!premiums.isEmpty()) {
            kindSummary(allowances.isEmpty() ? l.payOwed : l.premiumsOwed, premiums, kinds, lines);
        }
        if (!allowances.isEmpty()) {
            kindSummary(l.allowancesDueExplained, allowances, kinds, lines);
        }
    }

    private void kindSummary(String label, List<PayLine> payLines, PayKinds kinds, List<String> lines) {
        lines.add("  " + label + ": " + owed(payLines));
        Map<String, List<PayLine>> byKind = new LinkedHashMap<>();
        for (PayLine line : payLines) {
            byKind.computeIfAbsent(line.kind() + " " + line.amount().getCurrencyUnit().getCode(), k -> new ArrayList<>()).add(line);
        }
        TextTable table = new TextTable(false, true, true);
        for (List<PayLine> group : byKind.values()) {
            long seconds = group.stream().mapToLong(PayLine::seconds).sum();
            Money amount = group.stream().map(PayLine::amount).reduce(Money::plus).orElseThrow();
            table.row(kinds.name(group.get(0).kind(), language), Formats.hours(seconds) + " h", Formats.money(amount, language));
        }
        lines.addAll(table.lines("    "));
    }

    private void payTable(List<PayLine> payLines, PayKinds kinds, List<String> lines) {
        if (payLines.isEmpty()) {
            lines.add("  " + l.payOwed + ": " + l.none);
            return;
        }
        TextTable table = new TextTable(false, false, true, true, true, true);
        table.row(l.date, l.kind, l.time, l.multiplier, l.hourlyBase, l.amount);
        for (PayLine line : payLines) {
            table.row(Formats.period(line.period(), language), kinds.name(line.kind(), language), Formats.hours(line.seconds()),
                    Formats.rate(line.multiplier()), Formats.hourly(line.hourlyBase(), language), Formats.money(line.amount(), language));
        }
        List<PayLine> allowances = payLines.stream().filter(kinds::isAllowance).toList();
        if (allowances.isEmpty()) {
            for (Money total : totalOwed(payLines).values()) {
                table.row(l.total, "", "", "", "", Formats.money(total, language));
            }
        } else {
            for (Money total : totalOwed(payLines.stream().filter(Predicate.not(kinds::isAllowance)).toList()).values()) {
                table.row(l.totalPremiums, "", "", "", "", Formats.money(total, language));
            }
            for (Money total : totalOwed(allowances).values()) {
                table.row(l.totalAllowances, "", "", "", "", Formats.money(total, language));
            }
        }
        lines.addAll(table.lines("  "));
    }

    private void totals(Report report, PayKinds kinds, List<String> lines) {
        lines.add(l.totals);
        TextTable table = new TextTable(false, false);
        table.row(l.employees, String.valueOf(report.employees().size()));
        if (mode == Mode.CHECK) {
            table.row(l.violations, String.valueOf(report.count(Severity.VIOLATION)));
            if (report.asOf() != null) {
                table.row("  " + l.forecast, String.valueOf(report.countForecast(Severity.VIOLATION)));
            }
            table.row(l.warnings, String.valueOf(report.count(Severity.WARNING)));
        } else {
            table.row(l.payLines, String.valueOf(report.payLines().size()));
        }
        table.row(l.indeterminate, String.valueOf(report.count(Severity.INDETERMINATE)));
        List<PayLine> all = report.payLines();
        List<PayLine> allowances = all.stream().filter(kinds::isAllowance).toList();
        if (allowances.isEmpty()) {
            table.row(l.totalOwed, all.isEmpty() ? l.none : owed(all));
        } else {
            List<PayLine> premiums = all.stream().filter(Predicate.not(kinds::isAllowance)).toList();
            table.row(l.premiumsOwed, premiums.isEmpty() ? l.none : owed(premiums));
            table.row(l.allowancesDue, owed(allowances));
        }
        lines.addAll(table.lines("  "));
    }

    private String owed(List<PayLine> payLines) {
        return totalOwed(payLines).values().stream().map(m -> Formats.money(m, language)).collect(Collectors.joining(", "));
    }

    private static Map<CurrencyUnit, Money> totalOwed(List<PayLine> payLines) {
        Map<CurrencyUnit, Money> totals = new LinkedHashMap<>();
        for (PayLine line : payLines) {
            totals.merge(line.amount().getCurrencyUnit(), line.amount(), Money::plus);
        }
        return totals;
    }
}
