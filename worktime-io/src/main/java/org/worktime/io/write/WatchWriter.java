package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
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

    public static final String SCHEMA = "worktime-watch/1";

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
     * @throws IllegalArgumentException for {@link Format#MARKDOWN}
     */
    public static WatchWriter of(Format format, Language language) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        if (format == Format.MARKDOWN) {
            throw new IllegalArgumentException("the watch is written as text, json or csv, not md");
        }
        return new WatchWriter(format, language, null);
    }

    public void write(WatchReport report, Writer out) throws IOException {
        switch (format) {
            case TEXT -> text(report, out);
            case JSON -> json(report, out);
            case CSV -> csv(report, out);
            case MARKDOWN -> throw new IllegalStateException("unreachable");
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
                .row(w.week, Formats.period(report.week(), l.to))
                .row(w.atRisk, w.riskBelow(Formats.hours(report.riskSeconds())));
        if (incomplete != null) {
            header.row(l.records, String.format(l.recordsIncomplete, incomplete.rowsRead(), incomplete.rowsAccepted(),
                    incomplete.rowsRejected(), incomplete.rejectsFile()));
            header.row(l.incompleteFor, incomplete.employees().isEmpty() ? l.incompleteNone : incomplete.employeeList());
        }
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
            for (String line : Formats.wrap("", h.reason().in(language.code()), 2, detailWidth)) {
                table.detail(detailColumn, line);
            }
            for (Finding f : entry.forecast()) {
                String first = w.forecast + ": " + l.severity(f.severity()) + "  " + f.ruleId() + "  " + Formats.period(f.period(), l.to) + "  ";
                for (String line : Formats.wrap(first, f.title().in(language.code()), 2, detailWidth)) {
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
        return (selective ? w.settlementPeriod : w.unit) + " " + Formats.period(h.unit(), l.to) + ": "
                + w.recorded(Formats.hours(h.unitRecordedSeconds())) + ", "
                + w.planned(Formats.hours(h.unitPlannedSeconds())) + ", "
                + w.projected(Formats.hours(h.unitProjectedSeconds()), Formats.hours(h.unitScheduledSeconds()), selective)
                + (extension > 0 ? " " + w.extended(Formats.hours(extension)) : "");
    }

    /**
     * {@code month 2026-04-01 to 2026-04-30, overtime and holiday work: recorded 65:00, planned 0:00, projected 65:00 of
     * 100:00, left 35:00 (all work 169:00)}: the unit's numbers are overtime plus holiday work against the month's cap,
     * and the scheduled seconds are all the month's work.
     */
    private String monthlyCapLine(Headroom h) {
        return w.month + " " + Formats.period(h.unit(), l.to) + ", " + w.overtimeAndHoliday + ": "
                + w.recorded(Formats.hours(h.unitRecordedSeconds())) + ", "
                + w.planned(Formats.hours(h.unitPlannedSeconds())) + ", "
                + w.projectedOfCap(Formats.hours(h.unitProjectedSeconds()), Formats.hours(h.unitCeilingSeconds())) + ", "
                + w.left(Formats.hours(h.unitLeftSeconds())) + " " + w.allWork(Formats.hours(h.unitScheduledSeconds()));
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
        g.writeStringField("reason", h.reason().in(language.code()));
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
                    h.reason().in(language.code()), h.citation().law(), h.citation().article(), h.citation().version(),
                    h.hasUnit() ? h.unit().getStart().toString() : null, h.hasUnit() ? Formats.endExclusive(h.unit()) : null,
                    minutes(h.unitScheduledSeconds()), minutes(h.unitRecordedSeconds()), minutes(h.unitPlannedSeconds()),
                    minutes(h.unitProjectedSeconds()), minutes(h.unitCeilingSeconds()),
                    h.unitStatus() == null ? null : h.unitStatus().name(), h.unitKind() == null ? null : h.unitKind().name());
        }
    }

    private static String minutes(Long seconds) {
        return seconds == null ? "" : Formats.plain(Formats.minutes(seconds));
    }

    /** The words of the watch's text output, in English and Korean. */
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
        final String forecast;
        final String unit;
        final String settlementPeriod;
        final String month;
        final String overtimeAndHoliday;
        private final boolean ko;

        WatchLabels(Language language) {
            ko = language == Language.KO;
            title = ko ? "근로시간 한도 경보" : "Worktime watch";
            week = ko ? "주" : "Week";
            atRisk = ko ? "위험 기준" : "At risk";
            id = ko ? "ID" : "ID";
            name = ko ? "이름" : "Name";
            status = ko ? "상태" : "Status";
            recorded = ko ? "실적" : "Recorded";
            planned = ko ? "계획" : "Planned";
            ceiling = ko ? "한도" : "Ceiling";
            left = ko ? "잔여" : "Left";
            latestEnd = ko ? "오늘 최종 종료" : "Latest end today";
            forecast = ko ? "예측" : "forecast";
            unit = ko ? "단위기간" : "unit";
            settlementPeriod = ko ? "정산기간" : "settlement period";
            month = ko ? "월" : "month";
            overtimeAndHoliday = ko ? "시간외·휴일근로" : "overtime and holiday work";
        }

        /** Of the month's cap on overtime and holiday work. */
        String projectedOfCap(String hours, String cap) {
            return ko ? "예상 " + hours + " / 한도 " + cap : "projected " + hours + " of " + cap;
        }

        String left(String hours) {
            return ko ? "잔여 " + hours : "left " + hours;
        }

        String allWork(String hours) {
            return ko ? "(총 근로 " + hours + ")" : "(all work " + hours + ")";
        }

        String recorded(String hours) {
            return ko ? "실적 " + hours : "recorded " + hours;
        }

        String planned(String hours) {
            return ko ? "계획 " + hours : "planned " + hours;
        }

        /** Of the scheduled hours (a flexible unit) or of the period's total (a selective settlement period). */
        String projected(String hours, String scheduled, boolean selective) {
            return ko ? "예상 " + hours + " / " + (selective ? "총 근로시간 " : "정해진 근로시간 ") + scheduled
                    : "projected " + hours + " of " + scheduled;
        }

        String extended(String hours) {
            return ko ? "(+연장 " + hours + ")" : "(+" + hours + " extended)";
        }

        String riskBelow(String hours) {
            return ko ? "잔여 " + hours + "시간 미만" : "below " + hours + " h left";
        }

        String status(Headroom.Status status) {
            return switch (status) {
                case BREACH_CERTAIN -> ko ? "위반 확실" : "BREACH_CERTAIN";
                case AT_RISK -> ko ? "위험" : "AT_RISK";
                case INDETERMINATE -> ko ? "판단불가" : "INDETERMINATE";
                case OK -> ko ? "양호" : "OK";
                case NOT_APPLICABLE -> ko ? "적용 제외" : "NOT_APPLICABLE";
            };
        }
    }
}
