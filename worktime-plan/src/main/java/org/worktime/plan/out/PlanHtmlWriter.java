package org.worktime.plan.out;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.worktime.core.domain.Shift;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.plan.OptionPlan;
import org.worktime.plan.PlanResult;
import static org.worktime.plan.out.Words.hours;
import static org.worktime.plan.out.Words.t;

/**
 * A plan as one self-contained HTML page (like the simulation's): inline CSS, a comparison table of the options, and
 * per option a Gantt-like chart, one row per employee and one column per day, each planned shift a bar whose height
 * is its hours; one small inline script only measures the drawn bars (no network, no library).
 */
public final class PlanHtmlWriter {

    static final int DAY = 16;
    static final int ROW = 22;
    static final int LABEL = 70;
    static final int MIN_WIDTH = 420;
    /** Room under the rows for the axis titles. */
    static final int AXIS = 22;

    private PlanHtmlWriter() {
    }

    public static void write(PlanResult r, Language lang, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        var p = r.project();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(t(lang, "plan.html.title", "id", p.id()))).append("</title>\n<style>\n")
                .append("body{font-family:").append(fonts(lang)).append(";margin:2em auto;max-width:1100px;color:#212529;padding:0 1em}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #dee2e6}table{border-collapse:collapse;margin:1em 0;font-size:.9em}\n")
                .append("td,th{border:1px solid #dee2e6;padding:.3em .6em;text-align:right}th{background:#f1f3f5}td:first-child,th:first-child{text-align:left}\n")
                .append(".wide{overflow-x:auto}.yes{color:#2b8a3e;font-weight:bold}.no{color:#c92a2a;font-weight:bold}.note{color:#868e96;font-size:.9em}\n")
                .append("svg.gantt{background:#fff;border:1px solid #e9ecef;margin:.5em 0;font-family:inherit}li{margin:.2em 0}\n")
                .append(".legend .entry{margin:0 1em 0 0;white-space:nowrap}.legend .swatch{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 0;vertical-align:middle}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(t(lang, "plan.html.heading", "id", p.id(), "workplace", r.workplace().name()))).append("</h1>\n<p class=\"note\">")
                .append(esc(t(lang, "plan.html.intro", "from", p.window().getStart(), "to", p.window().getEndInclusive(), "count", r.team().size(),
                        "plannedOn", p.plannedOn(), "seed", Long.toString(r.settings().seed()), "steps", Long.toString(r.settings().steps()))))
                .append("</p>\n");

        h.append("<h2>").append(esc(t(lang, "plan.html.compared"))).append("</h2>\n<div class=\"wide\"><table id=\"comparison\"><tr>");
        for (String column : List.of("option", "fits", "planned", "asked", "premium", "paperwork", "warnings", "solve")) {
            h.append("<th>").append(esc(t(lang, "plan.html.column." + column))).append("</th>");
        }
        h.append("</tr>\n");
        for (OptionPlan o : r.options()) {
            long todo = o.paperwork().stream().filter(w -> !w.onFile()).count();
            h.append("<tr data-option=\"").append(esc(o.id())).append("\" data-fits=\"").append(o.fits()).append("\"><td>")
                    .append(esc(o.id())).append("<br><span class=\"note\">").append(esc(o.title().in(lang))).append("</span></td><td class=\"")
                    .append(o.fits() ? "yes" : "no").append("\">").append(esc(Words.yesNo(lang, o.fits()))).append("</td><td>")
                    .append(hours(o.plannedSeconds())).append("</td><td>").append(hours(o.targetSeconds())).append("</td><td>")
                    .append(esc(Words.money(o.premium()))).append("</td><td>").append(todo).append("</td><td>").append(o.warnings().size())
                    .append("</td><td>").append(o.solveMillis()).append("</td></tr>\n");
        }
        h.append("</table></div>\n");

        for (OptionPlan o : r.options()) {
            h.append("<h2 id=\"option-").append(esc(o.id())).append("\">").append(esc(o.id() + ": " + o.title().in(lang)))
                    .append("</h2>\n");
            if (!o.shifts().isEmpty()) {
                gantt(h, r, o, lang);
                h.append("<p class=\"note\">").append(esc(t(lang, "plan.html.gantt-note", "hours", LONG_DAY_HOURS))).append("</p>\n");
            }
            list(h, t(lang, "plan.section.paperwork"), Words.paperwork(o.paperwork(), lang));
            list(h, t(lang, "plan.section.rest"), texts(o.restAfter(), lang));
            list(h, t(lang, "plan.section.gap"), texts(o.shortfall(), lang));
            List<String> warnings = o.warnings().stream().map(f -> t(lang, "plan.html.warning", "rule", f.ruleId(), "message", f.message())).distinct().toList();
            list(h, t(lang, "plan.section.warnings"), warnings);
            list(h, t(lang, "plan.section.notes"), texts(o.notes(), lang));
        }
        h.append("<script>\n(function(){var charts=document.querySelectorAll('svg.gantt');var drawn=0;charts.forEach(function(svg){var n=0;")
                .append("svg.querySelectorAll('rect.shift').forEach(function(r){var b=r.getBBox();if(b.width>0&&b.height>0){n++;}});")
                .append("svg.setAttribute('data-drawn',String(n));if(n>0){drawn++;}});document.body.setAttribute('data-charts',String(charts.length));")
                .append("document.body.setAttribute('data-charts-drawn',String(drawn));})();\n</script>\n");
        h.append("</body>\n</html>\n");
        out.write(h.toString());
    }

    /** Days longer than this many hours of work are drawn in orange. */
    static final int LONG_DAY_HOURS = 8;
    static final String DAY_COLOR = "#1971c2";
    static final String LONG_DAY_COLOR = "#e8590c";

    /** The font stack of the simulation report: the system's UI font, then Hangul and kana fonts, the language's own first. */
    static String fonts(Language lang) {
        List<String> cjk = lang == Language.JA
                ? List.of("\"Noto Sans CJK JP\"", "\"Hiragino Sans\"", "\"Yu Gothic\"", "\"Noto Sans CJK KR\"", "\"Apple SD Gothic Neo\"", "\"Malgun Gothic\"")
                : List.of("\"Noto Sans CJK KR\"", "\"Apple SD Gothic Neo\"", "\"Malgun Gothic\"", "\"Noto Sans CJK JP\"", "\"Hiragino Sans\"", "\"Yu Gothic\"");
        return "system-ui,-apple-system," + String.join(",", cjk) + ",sans-serif";
    }

    /** One row per employee, one column per day; a bar per shift, its height the hours (the longest day fills the row). */
    private static void gantt(StringBuilder h, PlanResult r, OptionPlan o, Language lang) {
        LocalDate start = r.project().window().getStart();
        int days = r.project().window().lengthInDays();
        ZoneId zone = r.workplace().zone();
        List<String> ids = new ArrayList<>(o.hoursByEmployee().keySet());
        long longest = Math.max(1, o.shifts().stream().mapToLong(Shift::workedSeconds).max().orElse(1));
        // Wide enough for the axis title even when the window is one week.
        int width = Math.max(LABEL + days * DAY + 10, MIN_WIDTH);
        int height = 20 + ids.size() * ROW + AXIS;
        h.append("<div class=\"wide\"><svg class=\"gantt\" id=\"gantt-").append(esc(o.id())).append("\" data-shifts=\"").append(o.shifts().size())
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\">\n");
        for (int d = 0; d < days; d += 7) {
            h.append("<text x=\"").append(LABEL + d * DAY).append("\" y=\"12\" font-size=\"10\">").append(start.plusDays(d).toString().substring(5))
                    .append("</text><line x1=\"").append(LABEL + d * DAY).append("\" y1=\"14\" x2=\"").append(LABEL + d * DAY).append("\" y2=\"")
                    .append(height - AXIS).append("\" stroke=\"#dee2e6\"/>\n");
        }
        for (int i = 0; i < ids.size(); i++) {
            h.append("<text x=\"2\" y=\"").append(20 + i * ROW + 15).append("\" font-size=\"11\">").append(esc(ids.get(i))).append("</text>\n");
        }
        for (Shift s : o.shifts()) {
            int row = ids.indexOf(s.employeeId());
            LocalDate day = s.start().atZone(zone).toLocalDate();
            int d = (int) (day.toEpochDay() - start.toEpochDay());
            double barHeight = Math.max(2, (ROW - 4) * (double) s.workedSeconds() / longest);
            double y = 20 + row * ROW + (ROW - 2) - barHeight;
            h.append("<rect class=\"shift\" x=\"").append(LABEL + d * DAY + 1).append("\" y=\"").append(String.format(java.util.Locale.ROOT, "%.1f", y))
                    .append("\" width=\"").append(DAY - 2).append("\" height=\"").append(String.format(java.util.Locale.ROOT, "%.1f", barHeight))
                    .append("\" fill=\"").append(s.workedSeconds() > LONG_DAY_HOURS * 3600L ? LONG_DAY_COLOR : DAY_COLOR).append("\" data-employee=\"").append(esc(s.employeeId()))
                    .append("\" data-date=\"").append(day).append("\" data-hours=\"").append(hours(s.workedSeconds())).append("\"><title>")
                    .append(esc(t(lang, "plan.html.shift", "employee", s.employeeId(), "date", day, "start", PlannedShiftsCsvWriter.time(s.start(), zone),
                            "end", PlannedShiftsCsvWriter.time(s.end(), zone), "hours", java.time.Duration.ofSeconds(s.workedSeconds()))))
                    .append("</title></rect>\n");
        }
        // Both axes named: the days run left to right (each label the first day of a week), the employees top to bottom.
        h.append("<text class=\"axis-title x-axis\" x=\"").append(LABEL).append("\" y=\"").append(height - 6)
                .append("\" font-size=\"11\">").append(esc(t(lang, "plan.html.axis.days"))).append("</text>\n");
        h.append("<text class=\"axis-title y-axis\" x=\"2\" y=\"12\" font-size=\"11\" font-weight=\"bold\">")
                .append(esc(t(lang, "plan.html.axis.employees"))).append("</text>\n");
        h.append("</svg></div>\n<p class=\"legend\" data-chart=\"gantt-").append(esc(o.id())).append("\">");
        legend(h, DAY_COLOR, t(lang, "plan.html.legend.day", "hours", LONG_DAY_HOURS));
        legend(h, LONG_DAY_COLOR, t(lang, "plan.html.legend.long-day", "hours", LONG_DAY_HOURS));
        h.append("</p>\n");
    }

    private static void legend(StringBuilder h, String color, String label) {
        h.append("<span class=\"entry\"><span class=\"swatch\" style=\"background:").append(color).append("\"></span><span class=\"label\">")
                .append(esc(label)).append("</span></span>");
    }


    private static List<String> texts(List<Text> texts, Language lang) {
        return texts.stream().map(x -> x.in(lang)).toList();
    }

    private static void list(StringBuilder h, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<h3>").append(esc(title)).append("</h3>\n<ul>\n");
        for (String i : items) {
            h.append("<li>").append(esc(i)).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
