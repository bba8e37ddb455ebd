package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

/**
 * A report for people, in 100 columns, without colours. {@link Mode#CHECK} shows each employee's findings and a
 * pay summary per kind; {@link Mode#PAY} shows each pay line and the findings that leave pay undecided. Both end
 * with totals. The layout is documented in {@code docs/OUTPUT.md}; it is for reading, not parsing.
 */
public final class TextReportWriter implements ReportWriter {

    /** The width lines are wrapped to. */
    public static final int WIDTH = 100;

    private final Language language;
    /** Set at the start of each {@link #write}: a writer serves one report at a time. */
    private java.util.function.UnaryOperator<String> kindNames = code -> code;
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
        kindNames = kindNames(report.jurisdiction());
        List<String> lines = new ArrayList<>();
        header(report, lines);
        for (EmployeeReport employee : report.employees()) {
            lines.add("");
            employee(employee, lines);
            writeLines(lines, out);
        }
        lines.add("");
        totals(report, lines);
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

    private void header(Report report, List<String> lines) {
        lines.add(mode == Mode.CHECK ? l.checkTitle : l.payTitle);
        String workplace = report.workplace().name().equals(report.workplace().id())
                ? report.workplace().id()
                : report.workplace().name() + " (" + report.workplace().id() + ")";
        String asOf = report.asOf() == null ? l.asOfUnset : Formats.instant(report.asOf(), report.workplace().zone());
        TextTable table = new TextTable(false, false)
                .row(l.workplace, workplace)
                .row(l.jurisdiction, report.jurisdiction())
                .row(l.zone, report.workplace().zone().getId())
                .row(l.period, Formats.period(report.period(), l.to))
                .row(l.asOf, asOf);
        if (incomplete != null) {
            table.row(l.records, String.format(l.recordsIncomplete, incomplete.rowsRead(), incomplete.rowsAccepted(),
                    incomplete.rowsRejected(), incomplete.rejectsFile()));
            table.row(l.incompleteFor, incomplete.employees().isEmpty() ? l.incompleteNone : incomplete.employeeList());
        }
        lines.addAll(table.lines(""));
    }

    private void employee(EmployeeReport report, List<String> lines) {
        String name = report.employee().name().equals(report.employee().id())
                ? report.employee().id()
                : report.employee().id() + " " + report.employee().name();
        lines.add(l.employee + " " + name + ", " + l.worked + " " + Formats.hours(report.workedSeconds()) + " h"
                + (incomplete != null && incomplete.covers(report.employee().id()) ? "  [" + l.onIncompleteRecords + "]" : ""));
        if (mode == Mode.CHECK) {
            if (report.findings().isEmpty()) {
                lines.add("  " + l.noFindings);
            }
            for (Finding finding : report.findings()) {
                finding(finding, lines);
            }
            paySummary(report.payLines(), lines);
        } else {
            payTable(report.payLines(), lines);
            for (Finding finding : report.findings()) {
                if (finding.severity() == Severity.INDETERMINATE) {
                    finding(finding, lines);
                }
            }
        }
    }

    private void finding(Finding f, List<String> lines) {
        int severityWidth = Math.max(Formats.width(l.violation), Math.max(Formats.width(l.warning), Formats.width(l.indeterminateOne)));
        String severity = l.severity(f.severity()) + (f.basis() == Basis.FORECAST ? " (" + l.forecast + ")" : "")
                + (incomplete != null && incomplete.covers(f.employeeId()) ? " (" + l.onIncompleteRecords + ")" : "");
        String first = "  " + Formats.pad(severity, severityWidth) + "  " + f.ruleId() + "  " + Formats.period(f.period(), l.to);
        String title = f.title().in(language.code());
        if (Formats.width(first) + 2 + Formats.width(title) <= WIDTH) {
            lines.add(first + "  " + title);
        } else {
            lines.add(first);
            lines.addAll(Formats.wrap("    ", title, 4, WIDTH));
        }
        if (f.measured() != null) {
            String measured = l.measured + " " + f.measured().display();
            if (f.limit() != null) {
                measured += ", " + l.limit + " " + f.limit().display();
            }
            lines.add("    " + measured);
        } else if (f.limit() != null) {
            lines.add("    " + capitalize(l.limit) + " " + f.limit().display());
        }
        lines.addAll(Formats.wrap("    ", f.message().in(language.code()), 4, WIDTH));
        String version = f.citation().version().isEmpty() ? "" : " [" + f.citation().version() + "]";
        lines.addAll(Formats.wrap("    " + l.law + ": ", Formats.together(f.citation().shortText()) + version, 6, WIDTH));
        if (f.penalty() != null) {
            lines.addAll(Formats.wrap("    " + l.penalty + ": ",
                    f.penalty().summary().in(language.code()) + " " + Formats.together("(" + f.penalty().citation().shortText() + ")"), 6, WIDTH));
            if (!f.penalty().note().in(language.code()).isEmpty()) {
                lines.addAll(Formats.wrap("    " + l.note + ": ", f.penalty().note().in(language.code()), 6, WIDTH));
            }
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One line of total owed, then per kind and currency: time and amount. */
    private void paySummary(List<PayLine> payLines, List<String> lines) {
        if (payLines.isEmpty()) {
            lines.add("  " + l.payOwed + ": " + l.none);
            return;
        }
        lines.add("  " + l.payOwed + ": " + owed(payLines));
        Map<String, List<PayLine>> byKind = new LinkedHashMap<>();
        for (PayLine line : payLines) {
            byKind.computeIfAbsent(line.kind() + " " + line.amount().getCurrencyUnit().getCode(), k -> new ArrayList<>()).add(line);
        }
        TextTable table = new TextTable(false, true, true);
        for (List<PayLine> group : byKind.values()) {
            long seconds = group.stream().mapToLong(PayLine::seconds).sum();
            Money amount = group.stream().map(PayLine::amount).reduce(Money::plus).orElseThrow();
            table.row(kindNames.apply(group.get(0).kind()), Formats.hours(seconds) + " h", Formats.money(amount));
        }
        lines.addAll(table.lines("    "));
    }

    private void payTable(List<PayLine> payLines, List<String> lines) {
        if (payLines.isEmpty()) {
            lines.add("  " + l.payOwed + ": " + l.none);
            return;
        }
        TextTable table = new TextTable(false, false, true, true, true, true);
        table.row(l.date, l.kind, l.time, l.multiplier, l.hourlyBase, l.amount);
        for (PayLine line : payLines) {
            table.row(Formats.period(line.period(), l.to), kindNames.apply(line.kind()), Formats.hours(line.seconds()), Formats.plain(line.multiplier()),
                    Formats.hourly(line.hourlyBase()), Formats.money(line.amount()));
        }
        for (Money total : totalOwed(payLines).values()) {
            table.row(l.total, "", "", "", "", Formats.money(total));
        }
        lines.addAll(table.lines("  "));
    }

    private void totals(Report report, List<String> lines) {
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
        table.row(l.totalOwed, report.payLines().isEmpty() ? l.none : owed(report.payLines()));
        lines.addAll(table.lines("  "));
    }

    private static String owed(List<PayLine> payLines) {
        return totalOwed(payLines).values().stream().map(Formats::money).collect(Collectors.joining(", "));
    }

    private static Map<CurrencyUnit, Money> totalOwed(List<PayLine> payLines) {
        Map<CurrencyUnit, Money> totals = new LinkedHashMap<>();
        for (PayLine line : payLines) {
            totals.merge(line.amount().getCurrencyUnit(), line.amount(), Money::plus);
        }
        return totals;
    }

    /** Pay kinds as the reader's language names them: the code in English (it is the JSON contract), words in Korean. */
    private java.util.function.UnaryOperator<String> kindNames(String jurisdiction) {
        if (!language.code().equals("ko")) {
            return code -> code;
        }
        var pack = org.worktime.core.rule.Packs.find(jurisdiction);
        return code -> pack.map(p -> p.payKindLabel(code).in("ko")).orElse(code);
    }
}
