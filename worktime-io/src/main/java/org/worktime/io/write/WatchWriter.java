package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.WatchReport;
import org.worktime.core.watch.WatchReport.EmployeeWatch;

/**
 * Renders a {@link WatchReport} ({@code worktime watch}): as text for people, as JSON (schema {@value #SCHEMA},
 * documented in {@code docs/OUTPUT.md}) or as one CSV row per employee. An employee under an averaging arrangement
 * also has the unit period's numbers (a flexible unit, or a selective settlement period, told apart by
 * {@code unitKind}), and an employee under a monthly cap on overtime and holiday work (Japan) the month's
 * ({@code MONTHLY_OVERTIME_CAP}, with no weekly ceiling): a line under the row in text, the {@code unit*} fields in JSON and CSV (null or empty for the
 * others). Every format lists the employees most
 * urgent first: by status ({@code BREACH_CERTAIN}, {@code AT_RISK}, {@code INDETERMINATE}, {@code OK},
 * {@code NOT_APPLICABLE}), then by hours left, least first. Writes {@code \n} line ends, flushes, leaves the writer
 * open; stateless and thread-safe.
 */
public final class WatchWriter {

    public static final String SCHEMA = "worktime-watch/2";

    /** Header of the CSV table. */
    public static final String[] COLUMNS = {
        "employeeId", "employeeName", "status", "weekStart", "weekEndExclusive", "recordedMinutes", "plannedMinutes",
        "ceilingMinutes", "leftMinutes", "dailyCeilingMinutes", "todayMinutes", "todayShiftStart", "todayAllowedMinutes",
        "latestLegalEnd", "forecastRuleIds", "reason", "law", "article", "lawVersion", "unitStart", "unitEndExclusive",
        "unitScheduledMinutes", "unitRecordedMinutes", "unitPlannedMinutes", "unitProjectedMinutes", "unitCeilingMinutes", "unitStatus",
        "unitKind"
    };

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Format format;
    private final Language language;
    private final Labels l;
    private final WatchLabels w;
    private final IncompleteRecords incomplete;

    private WatchWriter(Format format, Language language, IncompleteRecords incomplete) {
        this.format = format;
        this.language = language;
        this.l = Labels.of(language);
        this.w = new WatchLabels(language);
        this.incomplete = incomplete;
    }

    /** This writer, saying in the text header and the JSON that the watch rests on incomplete records (null: it does not). */
    public WatchWriter withIncomplete(IncompleteRecords records) {
        return new WatchWriter(format, language, records);
    }

    /**
     * @throws IllegalArgumentException for {@link Format#MARKDOWN} and {@link Format#XLSX}
     */
    public static WatchWriter of(Format format, Language language) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        if (format == Format.MARKDOWN || format == Format.XLSX) {
            throw new IllegalArgumentException("the watch is written as text, json or csv, not " + format.code());
        }
        return new WatchWriter(format, language, null);
    }

    public void write(WatchReport report, Writer out) throws IOException {
        switch (format) {
            case TEXT -> text(report, out);
            case JSON -> json(report, out);
            case CSV -> csv(report, out);
            case MARKDOWN, XLSX -> throw new IllegalStateException("unreachable");
        }
        out.flush();
    }

    // --- text -------------------------------------------------------------------------------------------------

    private void text(WatchReport report, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(w.title);
        String workplace = report.workplace().name().equals(report.workplace().id())
                ? report.workplace().id()
                : report.workplace().name() + " (" + report.workplace().id() + ")";
        TextTable header = new TextTable(false, false)
                .row(l.workplace, workplace)
                .row(l.jurisdiction, report.jurisdiction())
                .row(l.zone, report.workplace().zone().getId())
                .row(l.asOf, Formats.instant(report.asOf(), report.workplace().zone()))
                .row(w.week, Formats.period(report.week(), language))
                .row(w.atRisk, w.riskBelow(report.riskSeconds()));
        TextReportWriter.incompleteRows(header, incomplete, l);
        lines.addAll(header.lines(""));
        lines.add("");
        LocalDate today = report.asOf().atZone(report.workplace().zone()).toLocalDate();
        TextTable table = new TextTable(false, false, false, true, true, true, true, false);
        table.row(w.id, w.name, w.status, w.recorded, w.planned, w.ceiling, w.left, w.latestEnd);
        int detailColumn = 1;
        int idWidth = Formats.width(w.id);
        for (EmployeeWatch entry : report.employees()) {
            idWidth = Math.max(idWidth, Formats.width(entry.employee().id()));
        }
        int detailWidth = Math.max(40, TextReportWriter.WIDTH - idWidth - 2);
        for (EmployeeWatch entry : report.byUrgency()) {
            Headroom h = entry.headroom();
            table.row(entry.employee().id(), entry.employee().name(), w.status(h.status()), Formats.hours(h.recordedSeconds()),
                    Formats.hours(h.plannedSeconds()), hoursOrDash(h.ceilingSeconds()), hoursOrDash(h.leftSeconds()),
                    latestEnd(h.latestLegalEnd(), today));
            if (h.hasUnit()) {
                // One line of figures, like the row above it: not wrapped.
                table.detail(detailColumn, unitLine(h));
            }
            if (incomplete != null && incomplete.covers(entry.employee().id())) {
                table.detail(detailColumn, "[" + l.onIncompleteRecords + "]");
            }
            for (String line : Formats.wrap("", h.reason().in(language), 2, detailWidth)) {
                table.detail(detailColumn, line);
            }
            for (Finding f : entry.forecast()) {
                String first = l.forecast + ": " + l.severity(f.severity()) + "  " + f.ruleId() + "  " + Formats.period(f.period(), language) + "  ";
                for (String line : Formats.wrap(first, f.title().in(language), 2, detailWidth)) {
                    table.detail(detailColumn, line);
                }
            }
        }
        lines.addAll(table.lines(""));
        lines.add("");
        lines.add(l.totals);
        TextTable totals = new TextTable(false, true);
        totals.row(l.employees, String.valueOf(report.employees().size()));
        for (Headroom.Status status : Headroom.Status.values()) {
            totals.row(w.status(status), String.valueOf(report.count(status)));
        }
        lines.addAll(totals.lines("  "));
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
    }

    /**
     * {@code unit 2026-03-09 to 2026-03-22: recorded 45:00, planned 20:00, projected 80:00 of 80:00 (+24:00 extended)}:
     * the ceiling as the scheduled hours and the extended work allowed on top; under a selective arrangement
     * {@code settlement period 2026-03-01 to 2026-03-31: ...}, the ceiling as the period's total and the extended work.
     */
    private String unitLine(Headroom h) {
        if (h.unitKind() == Headroom.UnitKind.MONTHLY_OVERTIME_CAP) {
            return monthlyCapLine(h);
        }
        long extension = h.unitCeilingSeconds() - h.unitScheduledSeconds();
        boolean selective = h.unitKind() == Headroom.UnitKind.SELECTIVE_PERIOD;
        return Text.of(selective ? "io.report.watch.unit-selective" : "io.report.watch.unit-flexible",
                "period", Formats.periodArgument(h.unit()),
                "recorded", Duration.ofSeconds(h.unitRecordedSeconds()),
                "planned", Duration.ofSeconds(h.unitPlannedSeconds()),
                "projected", Duration.ofSeconds(h.unitProjectedSeconds()),
                "scheduled", Duration.ofSeconds(h.unitScheduledSeconds()),
                "extended", extension > 0 ? Text.of("io.report.watch.extended", "hours", Duration.ofSeconds(extension)) : Text.empty())
                .in(language);
    }

    /**
     * {@code month 2026-04-01 to 2026-04-30, overtime and holiday work: recorded 65:00, planned 0:00, projected 65:00 of
     * 100:00, left 35:00 (all work 169:00)}: the unit's numbers are overtime plus holiday work against the month's cap,
     * and the scheduled seconds are all the month's work.
     */
    private String monthlyCapLine(Headroom h) {
        return Text.of("io.report.watch.unit-monthly",
                "period", Formats.periodArgument(h.unit()),
                "recorded", Duration.ofSeconds(h.unitRecordedSeconds()),
                "planned", Duration.ofSeconds(h.unitPlannedSeconds()),
                "projected", Duration.ofSeconds(h.unitProjectedSeconds()),
                "cap", Duration.ofSeconds(h.unitCeilingSeconds()),
                "left", Duration.ofSeconds(h.unitLeftSeconds()),
                "all", Duration.ofSeconds(h.unitScheduledSeconds()))
                .in(language);
    }

    private static String hoursOrDash(Long seconds) {
        return seconds == null ? "-" : Formats.hours(seconds);
    }

    /** {@code 19:00} on the as-of date, {@code 2026-03-13 08:00} on another, {@code -} when there is none. */
    private static String latestEnd(LocalDateTime end, LocalDate today) {
        if (end == null) {
            return "-";
        }
        return end.toLocalDate().equals(today) ? CLOCK.format(end) : DAY_AND_CLOCK.format(end);
    }

    // --- JSON -------------------------------------------------------------------------------------------------

    private void json(WatchReport report, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        Json.header(g, SCHEMA, language, report.jurisdiction(), report.workplace());
        g.writeStringField("asOf", Formats.instant(report.asOf(), report.workplace().zone()));
        Json.period(g, "week", report.week());
        Json.number(g, "riskMinutes", Formats.minutes(report.riskSeconds()));
        Json.incompleteRecords(g, incomplete);
        g.writeArrayFieldStart("employees");
        for (EmployeeWatch entry : report.byUrgency()) {
            employee(g, entry);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("employees", report.employees().size());
        for (Headroom.Status status : Headroom.Status.values()) {
            g.writeNumberField(totalKey(status), report.count(status));
        }
        g.writeEndObject();
        g.writeEndObject();
        Json.finish(g, out);
    }

    /** {@code BREACH_CERTAIN} -> {@code breachCertain}. */
    static String totalKey(Headroom.Status status) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : status.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    private void employee(JsonGenerator g, EmployeeWatch entry) throws IOException {
        Headroom h = entry.headroom();
        g.writeStartObject();
        g.writeStringField("id", entry.employee().id());
        g.writeStringField("name", entry.employee().name());
        if (incomplete != null) {
            g.writeBooleanField("onIncompleteRecords", incomplete.covers(entry.employee().id()));
        }
        g.writeStringField("status", h.status().name());
        Json.number(g, "recordedMinutes", Formats.minutes(h.recordedSeconds()));
        Json.number(g, "plannedMinutes", Formats.minutes(h.plannedSeconds()));
        minutesOrNull(g, "ceilingMinutes", h.ceilingSeconds());
        minutesOrNull(g, "leftMinutes", h.leftSeconds());
        minutesOrNull(g, "dailyCeilingMinutes", h.dailyCeilingSeconds());
        Json.number(g, "todayMinutes", Formats.minutes(h.todaySeconds()));
        Json.stringOrNull(g, "todayShiftStart", local(h.todayShiftStart()));
        minutesOrNull(g, "todayAllowedMinutes", h.todayAllowedSeconds());
        Json.stringOrNull(g, "latestLegalEnd", local(h.latestLegalEnd()));
        if (h.hasUnit()) {
            Json.period(g, "unit", h.unit());
        } else {
            g.writeNullField("unit");
        }
        minutesOrNull(g, "unitScheduledMinutes", h.unitScheduledSeconds());
        minutesOrNull(g, "unitRecordedMinutes", h.unitRecordedSeconds());
        minutesOrNull(g, "unitPlannedMinutes", h.unitPlannedSeconds());
        minutesOrNull(g, "unitProjectedMinutes", h.unitProjectedSeconds());
        minutesOrNull(g, "unitCeilingMinutes", h.unitCeilingSeconds());
        Json.stringOrNull(g, "unitStatus", h.unitStatus() == null ? null : h.unitStatus().name());
        Json.stringOrNull(g, "unitKind", h.unitKind() == null ? null : h.unitKind().name());
        g.writeStringField("reason", h.reason().in(language));
        Json.ref(g, "reasonRef", h.reason());
        g.writeStringField("law", h.citation().law());
        g.writeStringField("article", h.citation().article());
        g.writeStringField("lawVersion", h.citation().version());
        g.writeStringField("source", h.citation().source());
        g.writeArrayFieldStart("forecast");
        for (Finding f : entry.forecast()) {
            Json.finding(g, f, language);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void minutesOrNull(JsonGenerator g, String name, Long seconds) throws IOException {
        if (seconds == null) {
            g.writeNullField(name);
        } else {
            Json.number(g, name, Formats.minutes(seconds));
        }
    }

    private static String local(LocalDateTime dateTime) {
        return dateTime == null ? null : LOCAL.format(dateTime);
    }

    // --- CSV --------------------------------------------------------------------------------------------------

    private void csv(WatchReport report, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        for (EmployeeWatch entry : report.byUrgency()) {
            Headroom h = entry.headroom();
            csv.row(entry.employee().id(), entry.employee().name(), h.status().name(), h.week().getStart().toString(),
                    Formats.endExclusive(h.week()), minutes(h.recordedSeconds()), minutes(h.plannedSeconds()),
                    minutes(h.ceilingSeconds()), minutes(h.leftSeconds()), minutes(h.dailyCeilingSeconds()), minutes(h.todaySeconds()),
                    local(h.todayShiftStart()), minutes(h.todayAllowedSeconds()), local(h.latestLegalEnd()),
                    entry.forecast().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(" ")),
                    h.reason().in(language), h.citation().law(), h.citation().article(), h.citation().version(),
                    h.hasUnit() ? h.unit().getStart().toString() : null, h.hasUnit() ? Formats.endExclusive(h.unit()) : null,
                    minutes(h.unitScheduledSeconds()), minutes(h.unitRecordedSeconds()), minutes(h.unitPlannedSeconds()),
                    minutes(h.unitProjectedSeconds()), minutes(h.unitCeilingSeconds()),
                    h.unitStatus() == null ? null : h.unitStatus().name(), h.unitKind() == null ? null : h.unitKind().name());
        }
    }

    private static String minutes(Long seconds) {
        return seconds == null ? "" : Formats.plain(Formats.minutes(seconds));
    }

    /** The words of the watch's text output, from the io catalog ({@code io.label.watch.*}). */
    private static final class WatchLabels {
        final String title;
        final String week;
        final String atRisk;
        final String id;
        final String name;
        final String status;
        final String recorded;
        final String planned;
        final String ceiling;
        final String left;
        final String latestEnd;
        private final Language language;
        private final java.util.Map<Headroom.Status, String> statuses = new java.util.EnumMap<>(Headroom.Status.class);

        WatchLabels(Language language) {
            this.language = language;
            title = Labels.word("io.label.watch.title", language);
            week = Labels.word("io.label.watch.week", language);
            atRisk = Labels.word("io.label.watch.at-risk", language);
            id = Labels.word("io.label.watch.id", language);
            name = Labels.word("io.label.watch.name", language);
            status = Labels.word("io.label.watch.status", language);
            recorded = Labels.word("io.label.watch.recorded", language);
            planned = Labels.word("io.label.watch.planned", language);
            ceiling = Labels.word("io.label.watch.ceiling", language);
            left = Labels.word("io.label.watch.left", language);
            latestEnd = Labels.word("io.label.watch.latest-end", language);
            for (Headroom.Status s : Headroom.Status.values()) {
                statuses.put(s, Labels.word("io.label.watch.status." + s.name(), language));
            }
        }

        String riskBelow(long seconds) {
            return Text.of("io.report.watch.risk-below", "hours", Duration.ofSeconds(seconds)).in(language);
        }

        String status(Headroom.Status status) {
            return statuses.get(status);
        }
    }
}
