package org.worktime.policy.out;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.worktime.core.finding.Text;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.Group;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;
import org.worktime.policy.sim.SimulationResult.SweepPoint;

/**
 * A simulation as one self-contained HTML page: inline CSS, inline SVG charts drawn here, one small inline script that
 * only measures the drawn charts (no network, no library). Charts: weekly hours before (everyone under the hour
 * limits) and after (the exempt share of each bucket), exempt share against threshold, premium no longer owed
 * against threshold, and people above 52 h who would be covered against threshold.
 */
public final class HtmlSimulationWriter {

    static final String[] COLORS = {"#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#f08c00", "#0c8599"};
    static final String COVERED = "#74c0fc";

    private HtmlSimulationWriter() {
    }

    public static void write(SimulationResult r, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Worktime policy simulation: ")
                .append(esc(r.workplace())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Noto Sans KR','Malgun Gothic',sans-serif;margin:2em auto;max-width:1000px;color:#212529;padding:0 1em}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #dee2e6}table{border-collapse:collapse;margin:1em 0;font-size:.9em}.wide{overflow-x:auto}\n")
                .append("td,th{border:1px solid #dee2e6;padding:.3em .6em;text-align:right}th{background:#f1f3f5}td:first-child,th:first-child{text-align:left}\n")
                .append(".summary p{margin:.5em 0}.ko{color:#495057}svg.chart{background:#fff;border:1px solid #e9ecef;margin:.5em 0}\n")
                .append(".legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}.note{color:#868e96;font-size:.9em}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Policy simulation: ").append(esc(r.workplace())).append("</h1>\n<p class=\"note\">Time records from ")
                .append(r.period().getStart()).append(" to ").append(r.period().getEndInclusive()).append(", ").append(r.employees())
                .append(" employees; exemptions decided on ").append(r.decidedOn())
                .append(". Hours are judged as recorded, as if each policy had applied to them.</p>\n");

        h.append("<section class=\"summary\" id=\"summary\">\n<h2>Executive summary / 요약</h2>\n");
        List<Text> summary = Summary.of(r);
        for (Text t : summary) {
            h.append("<p lang=\"en\">").append(esc(t.en())).append("</p>\n");
        }
        for (Text t : summary) {
            h.append("<p lang=\"ko\" class=\"ko\">").append(esc(t.ko())).append("</p>\n");
        }
        h.append("</section>\n");

        h.append("<h2>Policies compared</h2>\n<div class=\"wide\"><table id=\"comparison\"><tr><th>Policy</th><th>Threshold</th><th>Exempt</th><th>Indeterminate</th>")
                .append("<th>Violations made lawful</th><th>Premium no longer owed</th><th>Doctor interviews</th><th>Beyond health measures</th>")
                .append("<th>Above 52 h, covered</th></tr>\n");
        h.append("<tr><td>Current law</td><td></td><td>0</td><td>0</td><td>0 of ").append(r.baseline().violations()).append("</td><td>")
                .append(esc(Summary.won(r.baseline().premiumOwed()))).append(" owed</td><td>0</td><td>0</td><td>0 of ")
                .append(r.baseline().peopleAbove52()).append("</td></tr>\n");
        for (PolicyOutcome p : r.policies()) {
            h.append("<tr><td>").append(esc(p.name().en())).append("<br><span class=\"ko\">").append(esc(p.name().ko())).append("</span></td><td>")
                    .append(esc(Summary.pretty(p.threshold()))).append("</td><td>").append(p.exempt()).append(" (").append(Summary.percent(p.exempt(), r.employees()))
                    .append(")</td><td>").append(p.indeterminate()).append("</td><td>").append(p.violationsLawful()).append("</td><td>")
                    .append(esc(Summary.won(p.premiumNoLongerOwed()))).append("</td><td>").append(p.interviews()).append("</td><td>")
                    .append(p.peopleBeyondHealth()).append("</td><td>").append(p.above52Covered()).append("</td></tr>\n");
        }
        h.append("</table></div>\n");

        h.append("<h2>Weekly hours before and after</h2>\n<p class=\"note\">Person-weeks by hours worked. Before: every week is under the ")
                .append("hour limits of the Labor Standards Act. After: the orange part of each bar is the weeks of employees the policy exempts.</p>\n");
        List<Series> before = List.of(new Series("under the hour limits", COVERED, doubles(r.baseline().weeksByBucket())));
        h.append(bars("hours-before", "Before: current law", r.weekBuckets(), before, "person-weeks"));
        int n = 0;
        for (PolicyOutcome p : r.policies()) {
            List<Double> covered = new ArrayList<>();
            for (int i = 0; i < r.weekBuckets().size(); i++) {
                covered.add((double) (r.baseline().weeksByBucket().get(i) - p.exemptWeeksByBucket().get(i)));
            }
            List<Series> after = List.of(new Series("still under the hour limits", COVERED, covered),
                    new Series("exempt under the policy", COLORS[0], doubles(p.exemptWeeksByBucket())));
            h.append(bars("hours-after-" + (n++), "After: " + p.name().en(), r.weekBuckets(), after, "person-weeks"));
        }

        List<PolicyOutcome> swept = r.policies().stream().filter(p -> !p.sweep().isEmpty()).toList();
        if (!swept.isEmpty()) {
            h.append("<h2>Threshold sweep</h2>\n<p class=\"note\">The same policies with the salary threshold moved (KRW a year, in millions).</p>\n");
            List<String> x = new ArrayList<>();
            for (SweepPoint s : swept.get(0).sweep()) {
                x.add(s.threshold().getAmount().divide(BigDecimal.valueOf(1_000_000)).stripTrailingZeros().toPlainString());
            }
            List<Series> share = new ArrayList<>();
            List<Series> cost = new ArrayList<>();
            List<Series> long52 = new ArrayList<>();
            int c = 0;
            for (PolicyOutcome p : swept) {
                String color = COLORS[c++ % COLORS.length];
                share.add(new Series(p.name().en(), color, p.sweep().stream().map(s -> s.exemptShare() * 100).toList()));
                cost.add(new Series(p.name().en(), color, p.sweep().stream().map(s -> s.premiumNoLongerOwed().getAmount().doubleValue() / 1_000_000).toList()));
                long52.add(new Series(p.name().en(), color, p.sweep().stream().map(s -> (double) s.above52Covered()).toList()));
            }
            h.append(lines("sweep-share", "Exempt share (%) against threshold", x, share, "% exempt"));
            h.append(lines("sweep-cost", "Premium pay no longer owed (KRW million) against threshold", x, cost, "KRW million"));
            h.append(lines("sweep-52", "People above 52 h a week who would be covered, against threshold", x, long52, "people"));
        }

        for (PolicyOutcome p : r.policies()) {
            h.append("<h2>").append(esc(p.name().en())).append("</h2>\n<p class=\"note\">").append(esc(p.id())).append(": lifts ")
                    .append(esc(String.join(", ", p.lifts()))).append("</p>\n");
            h.append(groupTable("Job family", p.byJobFamily()));
            h.append(groupTable("Salary band (KRW a year)", p.bySalaryBand()));
        }
        h.append("<script>\n")
                .append("window.addEventListener('load',function(){var charts=document.querySelectorAll('svg.chart');var ok=0;")
                .append("charts.forEach(function(svg){var n=0;svg.querySelectorAll('.bar,.point').forEach(function(el){var b=el.getBBox();")
                .append("if(b.width>0&&b.height>0){n++;}});svg.setAttribute('data-drawn',String(n));if(n>0){ok++;}});")
                .append("document.body.setAttribute('data-charts',String(charts.length));document.body.setAttribute('data-charts-drawn',String(ok));});\n")
                .append("</script>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    record Series(String name, String color, List<Double> values) {
    }

    private static List<Double> doubles(List<Long> values) {
        return values.stream().map(Long::doubleValue).toList();
    }

    static final int W = 720;
    static final int H = 300;
    static final int LEFT = 60;
    static final int RIGHT = 20;
    static final int TOP = 30;
    static final int BOTTOM = 50;

    /** A stacked bar chart; each bar part is a {@code rect.bar} carrying its value. */
    static String bars(String id, String title, List<String> labels, List<Series> series, String unit) {
        double max = 0;
        for (int i = 0; i < labels.size(); i++) {
            double sum = 0;
            for (Series s : series) {
                sum += s.values().get(i);
            }
            max = Math.max(max, sum);
        }
        max = niceMax(max);
        StringBuilder b = svgStart(id, title, unit, max);
        double slot = (double) (W - LEFT - RIGHT) / labels.size();
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + i * slot + slot * 0.15;
            double y = H - BOTTOM;
            for (Series s : series) {
                double v = s.values().get(i);
                double height = v / max * (H - TOP - BOTTOM);
                y -= height;
                b.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-series=\"%s\" data-value=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>%n",
                        esc(s.name()), num(v), x, y, slot * 0.7, height, s.color(), esc(labels.get(i)), num(v)));
            }
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>%n", LEFT + i * slot + slot / 2,
                    H - BOTTOM + 18, esc(labels.get(i))));
        }
        return svgEnd(b, series);
    }

    /** A line chart with a {@code circle.point} per value. */
    static String lines(String id, String title, List<String> x, List<Series> series, String unit) {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
        }
        max = niceMax(max);
        StringBuilder b = svgStart(id, title, unit, max);
        double step = x.size() > 1 ? (double) (W - LEFT - RIGHT - 20) / (x.size() - 1) : 0;
        for (int i = 0; i < x.size(); i++) {
            if (x.size() <= 12 || i % Math.ceil(x.size() / 12.0) == 0) {
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n", LEFT + 10 + i * step,
                        H - BOTTOM + 18, esc(x.get(i))));
            }
        }
        for (Series s : series) {
            StringBuilder pts = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                double px = LEFT + 10 + i * step;
                double py = H - BOTTOM - s.values().get(i) / max * (H - TOP - BOTTOM);
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                dots.append(String.format(Locale.ROOT, "<circle class=\"point\" data-series=\"%s\" data-x=\"%s\" data-value=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s: %s</title></circle>%n",
                        esc(s.name()), esc(x.get(i)), num(s.values().get(i)), px, py, s.color(), esc(x.get(i)), num(s.values().get(i))));
            }
            b.append("<polyline class=\"line\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(s.color()).append("\" points=\"")
                    .append(pts.toString().trim()).append("\"/>\n").append(dots);
        }
        return svgEnd(b, series);
    }

    private static StringBuilder svgStart(String id, String title, String unit, double max) {
        StringBuilder b = new StringBuilder();
        b.append("<figure>\n<svg class=\"chart\" id=\"").append(esc(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W)
                .append("\" height=\"").append(H).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\">\n");
        b.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\">").append(esc(title)).append("</text>\n");
        for (int t = 0; t <= 4; t++) {
            double v = max * t / 4;
            double y = H - BOTTOM - (double) t / 4 * (H - TOP - BOTTOM);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e9ecef\"/>%n<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\">%s</text>%n",
                    LEFT, W - RIGHT, y, y, LEFT - 6, y + 4, num(v)));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" font-size=\"11\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">%s</text>%n",
                H / 2, H / 2, esc(unit)));
        return b;
    }

    private static String svgEnd(StringBuilder b, List<Series> series) {
        b.append("</svg>\n<figcaption class=\"legend\">");
        for (Series s : series) {
            b.append("<span style=\"background:").append(s.color()).append("\"></span>").append(esc(s.name()));
        }
        return b.append("</figcaption>\n</figure>\n").toString();
    }

    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= max) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String groupTable(String title, List<Group> groups) {
        StringBuilder b = new StringBuilder("<table><tr><th>").append(esc(title)).append("</th><th>Employees</th><th>Exempt</th><th>Indeterminate</th></tr>\n");
        for (Group g : groups) {
            b.append("<tr><td>").append(esc(g.name())).append("</td><td>").append(g.employees()).append("</td><td>").append(g.exempt())
                    .append("</td><td>").append(g.indeterminate()).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
