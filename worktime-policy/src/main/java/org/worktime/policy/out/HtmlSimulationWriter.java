package org.worktime.policy.out;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.Group;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;
import org.worktime.policy.sim.SimulationResult.SweepPoint;

/**
 * A simulation as one self-contained HTML page in one language: inline CSS, inline SVG charts drawn here, one small
 * inline script that only measures the drawn charts (no network, no library). Every word comes from the policy
 * catalog. Charts: weekly hours before (weeks within and above the 52 h cap, the cap drawn) and after (the exempt
 * share of each bucket), then, against the salary threshold, the exempt share, the premium no longer owed and the
 * people above 52 h who would be covered, each policy's own threshold marked. Every chart names both axes.
 */
public final class HtmlSimulationWriter {

    static final String[] COLORS = {"#d9480f", "#1971c2", "#2f9e44", "#9c36b5", "#f08c00", "#0c8599"};
    static final String WITHIN = "#74c0fc";
    static final String ABOVE = "#c92a2a";
    static final String EXEMPT = "#f08c00";
    /** A white outline under a label drawn over the plot, so that it stays readable over bars and lines. */
    static final String HALO = " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"";

    private final SimulationResult r;
    private final Language lang;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    private HtmlSimulationWriter(SimulationResult r, Language lang) {
        this.r = r;
        this.lang = lang;
    }

    /** The report in English. */
    public static void write(SimulationResult r, Writer out) throws IOException {
        write(r, Language.EN, out);
    }

    public static void write(SimulationResult r, Language lang, Writer out) throws IOException {
        out.write(new HtmlSimulationWriter(r, lang).page());
        out.flush();
    }

    /**
     * The font stack: the system's UI font, then fonts with Hangul and kana (the language's own first, as Han
     * characters are drawn differently in Korea and Japan), then any sans-serif.
     */
    static String fonts(Language lang) {
        List<String> cjk = lang == Language.JA
                ? List.of("\"Noto Sans CJK JP\"", "\"Hiragino Sans\"", "\"Yu Gothic\"", "\"Noto Sans CJK KR\"", "\"Apple SD Gothic Neo\"", "\"Malgun Gothic\"")
                : List.of("\"Noto Sans CJK KR\"", "\"Apple SD Gothic Neo\"", "\"Malgun Gothic\"", "\"Noto Sans CJK JP\"", "\"Hiragino Sans\"", "\"Yu Gothic\"");
        return "system-ui,-apple-system," + String.join(",", cjk) + ",sans-serif";
    }

    /** A catalog message in the report's language. */
    private String t(String id, Object... args) {
        return Text.of(id, args).in(lang);
    }

    private String e(String id, Object... args) {
        return esc(t(id, args));
    }

    private String page() {
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(e("policy.html.title", "workplace", r.workplace())).append("</title>\n<style>\n")
                .append("body{font-family:").append(fonts(lang)).append(";margin:2em auto;max-width:1000px;color:#212529;padding:0 1em}\n")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #dee2e6}table{border-collapse:collapse;margin:1em 0;font-size:.9em}.wide{overflow-x:auto}\n")
                .append("td,th{border:1px solid #dee2e6;padding:.3em .6em;text-align:right}th{background:#f1f3f5}td:first-child,th:first-child{text-align:left}\n")
                .append(".summary p{margin:.5em 0}svg.chart{background:#fff;border:1px solid #e9ecef;margin:.5em 0;font-family:inherit}\n")
                .append(".legend .entry{margin:0 1em 0 0;white-space:nowrap}.legend .swatch{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 0;vertical-align:middle}\n")
                .append(".legend .swatch.dashed{height:0;border-top:2px dashed #495057;background:none!important}.note{color:#868e96;font-size:.9em}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1 id=\"title\">").append(e("policy.html.heading", "workplace", r.workplace())).append("</h1>\n<p class=\"note\">")
                .append(e("policy.html.intro", "from", r.period().getStart(), "to", r.period().getEndInclusive(), "employees", r.employees(),
                        "decided", r.decidedOn()))
                .append("</p>\n");
        summary();
        comparison();
        rates();
        hours();
        sweep();
        for (PolicyOutcome p : r.policies()) {
            h.append("<h2>").append(esc(p.name().in(lang))).append("</h2>\n");
            if (!p.description().isEmpty()) {
                h.append("<p>").append(esc(p.description().in(lang))).append("</p>\n");
            }
            h.append("<p class=\"note\">").append(e("policy.html.lifts", "id", p.id(), "lifts", String.join(", ", p.lifts()))).append("</p>\n");
            groupTable(t("policy.html.job-family"), p.byJobFamily());
            groupTable(t("policy.html.salary-band"), p.bySalaryBand());
        }
        h.append("<script>\n")
                .append("window.addEventListener('load',function(){var charts=document.querySelectorAll('svg.chart');var ok=0;")
                .append("charts.forEach(function(svg){var n=0;svg.querySelectorAll('.bar,.point').forEach(function(el){var b=el.getBBox();")
                .append("if(b.width>0&&b.height>0){n++;}});svg.setAttribute('data-drawn',String(n));if(n>0){ok++;}});")
                .append("document.body.setAttribute('data-charts',String(charts.length));document.body.setAttribute('data-charts-drawn',String(ok));});\n")
                .append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private void summary() {
        h.append("<section class=\"summary\" id=\"summary\">\n<h2>").append(e("policy.html.summary")).append("</h2>\n");
        for (Text t : Summary.of(r)) {
            h.append("<p>").append(esc(t.in(lang))).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private void comparison() {
        h.append("<h2>").append(e("policy.html.compared")).append("</h2>\n<div class=\"wide\"><table id=\"comparison\"><tr>");
        for (String column : List.of("policy", "threshold", "exempt", "indeterminate", "lawful", "premium", "interviews", "beyond", "above52")) {
            h.append("<th>").append(e("policy.html.column." + column)).append("</th>");
        }
        h.append("</tr>\n");
        Money owed = r.baseline().premiumOwed();
        h.append("<tr id=\"current-law\"><td>").append(e("policy.html.current-law")).append("</td><td></td><td>0</td><td>0</td><td>")
                .append(e("policy.html.of", "part", 0, "whole", r.baseline().violations())).append("</td><td>")
                .append(owed.isPositive() ? e("policy.html.owed", "amount", owed) : esc(Catalog.format(owed, lang))).append("</td><td>0</td><td>0</td><td>")
                .append(e("policy.html.of", "part", 0, "whole", r.baseline().peopleAbove52())).append("</td></tr>\n");
        for (PolicyOutcome p : r.policies()) {
            h.append("<tr data-policy=\"").append(esc(p.id())).append("\"><td>").append(esc(p.name().in(lang))).append("</td><td>")
                    .append(esc(threshold(p))).append("</td><td>")
                    .append(e("policy.html.count-share", "count", p.exempt(), "share", Summary.share(p.exempt(), r.employees())))
                    .append("</td><td>").append(p.indeterminate()).append("</td><td>").append(p.violationsLawful()).append("</td><td>")
                    .append(esc(Catalog.format(p.premiumNoLongerOwed(), lang))).append("</td><td>").append(p.interviews()).append("</td><td>")
                    .append(p.peopleBeyondHealth()).append("</td><td>").append(p.above52Covered()).append("</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    private String threshold(PolicyOutcome p) {
        if (p.statedThreshold() == null) {
            return "";
        }
        if (p.thresholdAmount() == null) {
            return t("policy.html.threshold-unconverted", "amount", p.statedThreshold(), "currency", p.currency());
        }
        return Catalog.format(p.thresholdAmount(), lang);
    }

    /** The exchange rates stated for the run, each with its date and source: no salary is converted at a hidden rate. */
    private void rates() {
        h.append("<h2>").append(e("policy.html.rates")).append("</h2>\n");
        if (r.rates().isEmpty()) {
            h.append("<p class=\"note\" id=\"rates\">").append(e("policy.html.rates.none")).append("</p>\n");
            return;
        }
        h.append("<p class=\"note\">").append(e("policy.html.rates.note")).append("</p>\n<table id=\"rates\"><tr><th>")
                .append(e("policy.html.rates.rate")).append("</th><th>").append(e("policy.html.rates.on")).append("</th><th>")
                .append(e("policy.html.rates.source")).append("</th></tr>\n");
        for (ExchangeRate x : r.rates()) {
            h.append("<tr><td>").append(e("policy.html.rates.value", "from", x.from().getCode(), "rate", x.rate().toPlainString(), "to", x.to().getCode()))
                    .append("</td><td>").append(x.on()).append("</td><td>").append(esc(x.source())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Before and after histograms of weekly hours; each bucket lies wholly within or above the cap (their edges meet it). */
    private void hours() {
        long capHours = r.capMinutes() / 60;
        Text cap = PolicyExemptionTest.hoursText(java.time.Duration.ofMinutes(r.capMinutes()));
        h.append("<h2>").append(e("policy.html.hours")).append("</h2>\n<p class=\"note\">").append(e("policy.html.hours.note", "cap", cap))
                .append("</p>\n");
        List<String> labels = r.weekBucketLabels().stream().map(x -> x.in(lang)).toList();
        boolean[] above = new boolean[labels.size()];
        for (int i = 0; i < above.length; i++) {
            above[i] = i > 0 && lowerEdge(i) >= capHours;
        }
        List<Long> all = r.baseline().weeksByBucket();
        List<Series> before = List.of(new Series("within-cap", t("policy.html.series.within", "cap", cap), WITHIN, part(all, above, false)),
                new Series("above-cap", t("policy.html.series.above", "cap", cap), ABOVE, part(all, above, true)));
        Axes axes = new Axes(t("policy.html.axis.week-hours"), t("policy.html.axis.person-weeks"));
        bars("hours-before", t("policy.html.chart.before"), labels, before, axes);
        int n = 0;
        for (PolicyOutcome p : r.policies()) {
            List<Long> rest = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                rest.add(all.get(i) - p.exemptWeeksByBucket().get(i));
            }
            List<Series> after = List.of(
                    new Series("within-cap", t("policy.html.series.not-exempt-within", "cap", cap), WITHIN, part(rest, above, false)),
                    new Series("above-cap", t("policy.html.series.not-exempt-above", "cap", cap), ABOVE, part(rest, above, true)),
                    new Series("exempt", t("policy.html.series.exempt"), EXEMPT, doubles(p.exemptWeeksByBucket())));
            bars("hours-after-" + (n++), t("policy.html.chart.after", "policy", p.name()), labels, after, axes);
        }
    }

    /** The lower edge in hours of a bucket: 0, then the upper edge of the bucket before. */
    private static long lowerEdge(int bucket) {
        return bucket == 0 ? 0 : Simulation.bucketEdge(bucket - 1);
    }

    private static List<Double> part(List<Long> counts, boolean[] above, boolean wanted) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            values.add(above[i] == wanted ? counts.get(i).doubleValue() : 0.0);
        }
        return values;
    }

    private void sweep() {
        List<PolicyOutcome> swept = r.policies().stream().filter(p -> !p.sweep().isEmpty()).toList();
        if (swept.isEmpty()) {
            return;
        }
        String currency = swept.get(0).currency();
        h.append("<h2>").append(e("policy.html.sweep")).append("</h2>\n<p class=\"note\">").append(e("policy.html.sweep.note", "currency", currency))
                .append("</p>\n");
        List<Double> x = new ArrayList<>();
        for (SweepPoint s : swept.get(0).sweep()) {
            x.add(millions(s.threshold().getAmount()));
        }
        List<Series> share = new ArrayList<>();
        List<Series> cost = new ArrayList<>();
        List<Series> long52 = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        int c = 0;
        for (PolicyOutcome p : swept) {
            String color = COLORS[c++ % COLORS.length];
            String name = p.name().in(lang);
            share.add(new Series(p.id(), name, color, p.sweep().stream().map(s -> s.exemptShare() * 100).toList()));
            cost.add(new Series(p.id(), name, color, p.sweep().stream().map(s -> millions(s.premiumNoLongerOwed().getAmount())).toList()));
            long52.add(new Series(p.id(), name, color, p.sweep().stream().map(s -> (double) s.above52Covered()).toList()));
            if (p.thresholdAmount() != null) {
                markers.add(new Marker(p.id(), t("policy.html.threshold-marker", "policy", p.name(), "amount", p.thresholdAmount()), color,
                        millions(p.thresholdAmount().getAmount())));
            }
        }
        String xTitle = t("policy.html.axis.threshold", "currency", currency);
        lines("sweep-share", t("policy.html.chart.share"), x, share, markers, new Axes(xTitle, t("policy.html.axis.share")));
        lines("sweep-cost", t("policy.html.chart.cost", "currency", currency), x, cost, markers,
                new Axes(xTitle, t("policy.html.axis.cost", "currency", currency)));
        lines("sweep-52", t("policy.html.chart.above52"), x, long52, markers, new Axes(xTitle, t("policy.html.axis.people")));
    }

    private static double millions(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(1_000_000)).doubleValue();
    }

    /**
     * One drawn quantity.
     *
     * @param key  a stable name for the part ({@code within-cap}, {@code exempt}, a policy id), the same in every language
     * @param name the legend's words
     */
    record Series(String key, String name, String color, List<Double> values) {
    }

    /** A policy's own threshold on a sweep chart, at {@code x} (in millions). */
    record Marker(String policy, String label, String color, double x) {
    }

    record Axes(String x, String y) {
    }

    private static List<Double> doubles(List<Long> values) {
        return values.stream().map(Long::doubleValue).toList();
    }

    static final int W = 720;
    static final int H = 320;
    static final int LEFT = 64;
    static final int RIGHT = 20;
    static final int TOP = 30;
    static final int BOTTOM = 60;

    /** A stacked bar chart with the cap drawn; each non-empty bar part is a {@code rect.bar} carrying its value. */
    private void bars(String id, String title, List<String> labels, List<Series> series, Axes axes) {
        double max = 0;
        for (int i = 0; i < labels.size(); i++) {
            double sum = 0;
            for (Series s : series) {
                sum += s.values().get(i);
            }
            max = Math.max(max, sum);
        }
        max = niceMax(max);
        StringBuilder b = svgStart(id, title, axes, max);
        double slot = (double) (W - LEFT - RIGHT) / labels.size();
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + i * slot + slot * 0.15;
            double y = H - BOTTOM;
            for (Series s : series) {
                double v = s.values().get(i);
                if (v <= 0) {
                    continue;
                }
                double height = v / max * (H - TOP - BOTTOM);
                y -= height;
                b.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-series=\"%s\" data-bucket=\"%s\" data-value=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %s</title></rect>%n",
                        esc(s.key()), esc(r.weekBuckets().get(i)), num(v), x, y, slot * 0.7, height, s.color(), esc(s.name()), esc(labels.get(i)), num(v)));
            }
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\">%s</text>%n", LEFT + i * slot + slot / 2,
                    H - BOTTOM + 18, esc(labels.get(i))));
        }
        capLine(b, slot);
        svgEnd(b, series, false);
    }

    /** The statutory weekly cap as a dashed vertical line where its hours fall among the buckets. */
    private void capLine(StringBuilder b, double slot) {
        long capHours = r.capMinutes() / 60;
        int buckets = r.weekBuckets().size();
        double position = buckets;
        for (int i = 0; i < buckets; i++) {
            long lower = lowerEdge(i);
            long upper = i < buckets - 1 ? Simulation.bucketEdge(i) : Long.MAX_VALUE;
            if (capHours >= lower && capHours <= upper) {
                position = upper == Long.MAX_VALUE ? i : i + (double) (capHours - lower) / (upper - lower);
                break;
            }
        }
        double x = LEFT + position * slot;
        Text cap = PolicyExemptionTest.hoursText(java.time.Duration.ofMinutes(r.capMinutes()));
        b.append(String.format(Locale.ROOT, "<line class=\"cap-line\" data-hours=\"%d\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>%n",
                capHours, x, x, TOP, H - BOTTOM, ABOVE));
        b.append(String.format(Locale.ROOT, "<text class=\"cap-label\" x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" fill=\"%s\"%s>%s</text>%n", x - 4, TOP + 12, ABOVE, HALO,
                e("policy.html.cap-line", "cap", cap)));
    }

    /** A line chart, x proportional to the threshold, a {@code circle.point} per value, each policy's threshold marked. */
    private void lines(String id, String title, List<Double> x, List<Series> series, List<Marker> markers, Axes axes) {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
        }
        max = niceMax(max);
        StringBuilder b = svgStart(id, title, axes, max);
        double lo = x.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = x.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        java.util.function.DoubleUnaryOperator px = v -> LEFT + 10 + (hi == lo ? 0 : (v - lo) / (hi - lo) * (W - LEFT - RIGHT - 20));
        for (int i = 0; i < x.size(); i++) {
            if (x.size() <= 12 || i % Math.ceil(x.size() / 12.0) == 0) {
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n", px.applyAsDouble(x.get(i)),
                        H - BOTTOM + 18, num(x.get(i))));
            }
        }
        int m = 0;
        for (Marker k : markers) {
            if (k.x() < lo || k.x() > hi) {
                continue; // outside the swept range: said in the caption instead
            }
            double mx = px.applyAsDouble(k.x());
            b.append(String.format(Locale.ROOT, "<line class=\"threshold\" data-policy=\"%s\" data-x=\"%s\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>%n",
                    esc(k.policy()), num(k.x()), mx, mx, TOP, H - BOTTOM, k.color()));
            b.append(String.format(Locale.ROOT, "<text class=\"threshold-label\" data-policy=\"%s\" x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"%s\"%s>%s</text>%n",
                    esc(k.policy()), mx + 4, TOP + 12 + 13 * m++, k.color(), HALO, esc(k.label())));
        }
        for (Series s : series) {
            StringBuilder pts = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                double cx = px.applyAsDouble(x.get(i));
                double cy = H - BOTTOM - s.values().get(i) / max * (H - TOP - BOTTOM);
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", cx, cy));
                dots.append(String.format(Locale.ROOT, "<circle class=\"point\" data-series=\"%s\" data-x=\"%s\" data-value=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s, %s: %s</title></circle>%n",
                        esc(s.key()), num(x.get(i)), num(s.values().get(i)), cx, cy, s.color(), esc(s.name()), num(x.get(i)), num(s.values().get(i))));
            }
            b.append("<polyline class=\"line\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(s.color()).append("\" points=\"")
                    .append(pts.toString().trim()).append("\"/>\n").append(dots);
        }
        svgEnd(b, series, !markers.isEmpty());
        for (Marker k : markers) {
            if (k.x() < lo || k.x() > hi) {
                h.append("<p class=\"note threshold-outside\" data-policy=\"").append(esc(k.policy())).append("\">")
                        .append(e("policy.html.threshold-outside", "marker", k.label())).append("</p>\n");
            }
        }
    }

    private StringBuilder svgStart(String id, String title, Axes axes, double max) {
        StringBuilder b = new StringBuilder();
        b.append("<figure>\n<svg class=\"chart\" id=\"").append(esc(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W)
                .append("\" height=\"").append(H).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\">\n");
        b.append("<text class=\"chart-title\" x=\"").append(LEFT).append("\" y=\"18\" font-size=\"14\" font-weight=\"bold\">").append(esc(title)).append("</text>\n");
        for (int t = 0; t <= 4; t++) {
            double v = max * t / 4;
            double y = H - BOTTOM - (double) t / 4 * (H - TOP - BOTTOM);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e9ecef\"/>%n<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"11\">%s</text>%n",
                    LEFT, W - RIGHT, y, y, LEFT - 6, y + 4, num(v)));
        }
        b.append(String.format(Locale.ROOT, "<text class=\"axis-title y-axis\" x=\"16\" y=\"%d\" font-size=\"12\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">%s</text>%n",
                (TOP + H - BOTTOM) / 2, (TOP + H - BOTTOM) / 2, esc(axes.y())));
        b.append(String.format(Locale.ROOT, "<text class=\"axis-title x-axis\" x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>%n",
                LEFT + (W - LEFT - RIGHT) / 2, H - 14, esc(axes.x())));
        return b;
    }

    private void svgEnd(StringBuilder b, List<Series> series, boolean thresholds) {
        b.append("</svg>\n<figcaption class=\"legend\">");
        for (Series s : series) {
            b.append("<span class=\"entry\" data-series=\"").append(esc(s.key())).append("\"><span class=\"swatch\" style=\"background:")
                    .append(s.color()).append("\"></span><span class=\"label\">").append(esc(s.name())).append("</span></span>");
        }
        if (thresholds) {
            b.append("<span class=\"entry\" data-series=\"threshold\"><span class=\"swatch dashed\"></span><span class=\"label\">")
                    .append(e("policy.html.legend.threshold")).append("</span></span>");
        }
        h.append(b).append("</figcaption>\n</figure>\n");
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

    private void groupTable(String title, List<Group> groups) {
        h.append("<table><tr><th>").append(esc(title)).append("</th><th>").append(e("policy.html.column.employees")).append("</th><th>")
                .append(e("policy.html.column.exempt")).append("</th><th>").append(e("policy.html.column.indeterminate")).append("</th></tr>\n");
        for (Group g : groups) {
            h.append("<tr><td>").append(esc(g.label().in(lang))).append("</td><td>").append(g.employees()).append("</td><td>").append(g.exempt())
                    .append("</td><td>").append(g.indeterminate()).append("</td></tr>\n");
        }
        h.append("</table>\n");
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
