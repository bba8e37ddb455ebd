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

    private PlanHtmlWriter() {
    }

    public static void write(PlanResult r, Language lang, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        var p = r.project();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(t(lang, "Worktime plan: ", "Worktime 계획: ") + p.id())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Noto Sans KR','Malgun Gothic',sans-serif;margin:2em auto;max-width:1100px;color:#212529;padding:0 1em}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #dee2e6}table{border-collapse:collapse;margin:1em 0;font-size:.9em}\n")
                .append("td,th{border:1px solid #dee2e6;padding:.3em .6em;text-align:right}th{background:#f1f3f5}td:first-child,th:first-child{text-align:left}\n")
                .append(".wide{overflow-x:auto}.yes{color:#2b8a3e;font-weight:bold}.no{color:#c92a2a;font-weight:bold}.note{color:#868e96;font-size:.9em}\n")
                .append("svg.gantt{background:#fff;border:1px solid #e9ecef;margin:.5em 0}li{margin:.2em 0}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(t(lang, "Plan ", "계획 ") + p.id() + ": " + r.workplace().name())).append("</h1>\n<p class=\"note\">")
                .append(esc(p.window().getStart() + t(lang, " to ", " ~ ") + p.window().getEndInclusive() + ", " + r.team().size()
                        + t(lang, " employees, planned on ", "명, 계획일 ") + p.plannedOn() + t(lang, "; solver seed ", "; 솔버 시드 ") + r.settings().seed()
                        + t(lang, ", steps ", ", 단계 ") + r.settings().steps()))
                .append(esc(t(lang, ". Every plan below was re-checked by the engine and has no violation.", ". 아래 모든 계획은 엔진이 다시 검사했으며 위반이 없습니다.")))
                .append("</p>\n");

        h.append("<h2>").append(esc(t(lang, "Options compared", "선택지 비교"))).append("</h2>\n<div class=\"wide\"><table id=\"comparison\"><tr><th>")
                .append(esc(t(lang, "Option", "선택지"))).append("</th><th>").append(esc(t(lang, "Fits", "충족"))).append("</th><th>")
                .append(esc(t(lang, "Planned h", "계획 시간"))).append("</th><th>").append(esc(t(lang, "Work asked h", "요청 시간"))).append("</th><th>")
                .append(esc(t(lang, "Premium pay", "가산임금"))).append("</th><th>").append(esc(t(lang, "Paperwork to do", "필요 절차"))).append("</th><th>")
                .append(esc(t(lang, "Engine warnings", "엔진 경고"))).append("</th><th>").append(esc(t(lang, "Solve ms", "계산 ms"))).append("</th></tr>\n");
        for (OptionPlan o : r.options()) {
            long todo = o.paperwork().stream().filter(w -> !w.onFile()).count();
            h.append("<tr data-option=\"").append(esc(o.option().id())).append("\" data-fits=\"").append(o.fits()).append("\"><td>")
                    .append(esc(o.option().id())).append("<br><span class=\"note\">").append(esc(o.option().title().in(lang.code()))).append("</span></td><td class=\"")
                    .append(o.fits() ? "yes\">" + esc(t(lang, "yes", "예")) : "no\">" + esc(t(lang, "no", "아니오"))).append("</td><td>")
                    .append(hours(o.plannedSeconds())).append("</td><td>").append(hours(o.targetSeconds())).append("</td><td>")
                    .append(esc(Words.money(o.premium()))).append("</td><td>").append(todo).append("</td><td>").append(o.warnings().size())
                    .append("</td><td>").append(o.solveMillis()).append("</td></tr>\n");
        }
        h.append("</table></div>\n");

        int charts = 0;
        for (OptionPlan o : r.options()) {
            h.append("<h2 id=\"option-").append(esc(o.option().id())).append("\">").append(esc(o.option().id() + ": " + o.option().title().in(lang.code())))
                    .append("</h2>\n");
            if (!o.shifts().isEmpty()) {
                gantt(h, r, o);
                h.append("<p class=\"note\">").append(esc(t(lang, "One row per employee, one column per day; a bar's height is the day's hours of work, "
                        + "orange beyond 8 h. Hover a bar for the shift.", "근로자별 한 줄, 하루 한 칸; 막대 높이는 그날의 근로시간, 8시간 초과는 주황색. "
                        + "막대에 마우스를 올리면 근무 시각이 보입니다."))).append("</p>\n");
                charts++;
            }
            list(h, t(lang, "Paperwork", "서류·절차"), Words.paperwork(o.paperwork(), lang));
            list(h, t(lang, "Rest afterwards", "집중 근로 후 휴식"), texts(o.restAfter(), lang));
            list(h, t(lang, "What would close the gap", "부족분 해소 방안"), texts(o.shortfall(), lang));
            List<String> warnings = o.warnings().stream().map(f -> f.ruleId() + ": " + f.message().in(lang.code())).distinct().toList();
            list(h, t(lang, "Health measures, warnings and open questions (engine)", "건강보호 조치·경고·판단 불가 (엔진)"), warnings);
            list(h, t(lang, "Notes", "참고"), texts(o.notes(), lang));
        }
        h.append("<script>\n(function(){var charts=document.querySelectorAll('svg.gantt');var drawn=0;charts.forEach(function(svg){var n=0;")
                .append("svg.querySelectorAll('rect.shift').forEach(function(r){var b=r.getBBox();if(b.width>0&&b.height>0){n++;}});")
                .append("svg.setAttribute('data-drawn',String(n));if(n>0){drawn++;}});document.body.setAttribute('data-charts',String(charts.length));")
                .append("document.body.setAttribute('data-charts-drawn',String(drawn));})();\n</script>\n");
        h.append("</body>\n</html>\n");
        out.write(h.toString());
    }

    /** One row per employee, one column per day; a bar per shift, its height the hours (the longest day fills the row). */
    private static void gantt(StringBuilder h, PlanResult r, OptionPlan o) {
        LocalDate start = r.project().window().getStart();
        int days = r.project().window().lengthInDays();
        ZoneId zone = r.workplace().zone();
        List<String> ids = new ArrayList<>(o.hoursByEmployee().keySet());
        long longest = Math.max(1, o.shifts().stream().mapToLong(Shift::workedSeconds).max().orElse(1));
        int width = LABEL + days * DAY + 10;
        int height = 20 + ids.size() * ROW;
        h.append("<div class=\"wide\"><svg class=\"gantt\" id=\"gantt-").append(esc(o.option().id())).append("\" data-shifts=\"").append(o.shifts().size())
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\">\n");
        for (int d = 0; d < days; d += 7) {
            h.append("<text x=\"").append(LABEL + d * DAY).append("\" y=\"12\" font-size=\"10\">").append(start.plusDays(d).toString().substring(5))
                    .append("</text><line x1=\"").append(LABEL + d * DAY).append("\" y1=\"14\" x2=\"").append(LABEL + d * DAY).append("\" y2=\"")
                    .append(height).append("\" stroke=\"#dee2e6\"/>\n");
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
                    .append("\" fill=\"").append(s.workedSeconds() > 8 * 3600 ? "#e8590c" : "#1971c2").append("\" data-employee=\"").append(esc(s.employeeId()))
                    .append("\" data-date=\"").append(day).append("\" data-hours=\"").append(hours(s.workedSeconds())).append("\"><title>")
                    .append(esc(s.employeeId() + " " + day + " " + PlannedShiftsCsvWriter.time(s.start(), zone) + "-" + PlannedShiftsCsvWriter.time(s.end(), zone)
                            + ", " + hours(s.workedSeconds()) + " h"))
                    .append("</title></rect>\n");
        }
        h.append("</svg></div>\n");
    }


    private static List<String> texts(List<Text> texts, Language lang) {
        return texts.stream().map(x -> x.in(lang.code())).toList();
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
