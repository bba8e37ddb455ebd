package org.worktime.server.ui.employee;

import java.util.List;
import java.util.Locale;
import org.worktime.server.ui.Words;

/**
 * The week's two inline SVG charts, written as markup with every word from the catalogs and every number also in a
 * {@code data-} attribute (the browser tests read them): hours per day split ordinary / overtime / holiday with night
 * work beside, and the hours of the week so far (day by day, cumulative) against the weekly cap, drawn as a line.
 */
final class Charts {

    private static final int W = 640;
    private static final int H = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    private Charts() {
    }

    /** Hours per day; {@code dailyCap} (seconds) drawn as a line when the law caps the day. */
    static String perDay(List<Day> days, Long dailyCap, Words w) {
        return perDay("chart-days", w.msg("server.ui.chart.days.title"), days, dailyCap, w, 1);
    }

    /** The month's hours per day, as {@link #perDay}, with the days named on Mondays only (31 labels do not fit). */
    static String month(List<Day> days, Long dailyCap, Words w) {
        return perDay("chart-month", w.msg("server.ui.chart.month.title"), days, dailyCap, w, 7);
    }

    private static String perDay(String id, String title, List<Day> days, Long dailyCap, Words w, int labelEvery) {
        long max = Math.max(8 * 3600, days.stream().mapToLong(d -> Math.max(d.worked(), d.night())).max().orElse(0));
        if (dailyCap != null) {
            max = Math.max(max, dailyCap);
        }
        long top = roundUp(max, 2 * 3600);
        StringBuilder s = open(id, title, "days");
        axes(s, top, 2 * 3600, w, w.msg("server.ui.chart.axis.hours-day"));
        double slot = (W - LEFT - RIGHT) / (double) days.size();
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double bw = slot * 0.5;
            double base = H - BOTTOM;
            base = bar(s, x, bw, base, d.ordinary(), top, "ordinary", d, w);
            base = bar(s, x, bw, base, d.overtime(), top, "overtime", d, w);
            bar(s, x, bw, base, d.holiday(), top, "holiday", d, w);
            bar(s, x + bw + slot * 0.05, slot * 0.15, H - BOTTOM, d.night(), top, "night", d, w);
            // The month's axis names Mondays, and the first day unless a Monday follows too closely for both labels.
            if (labelEvery == 1 || d.date().getDayOfWeek() == java.time.DayOfWeek.MONDAY
                    || i == 0 && d.date().getDayOfWeek().getValue() <= java.time.DayOfWeek.FRIDAY.getValue()) {
                s.append(String.format(Locale.ROOT, "<text class=\"tick x-tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        LEFT + i * slot + slot / 2, H - BOTTOM + 18, esc(labelEvery == 1 ? w.day(d.date()) : w.shortDay(d.date()))));
            }
        }
        if (dailyCap != null) {
            capLine(s, dailyCap, top, w.msg("server.ui.chart.cap.day", "cap", w.hours(dailyCap)));
        }
        return s.append("</svg>").toString();
    }

    /** The week so far, cumulative, against the weekly cap (seconds; none drawn when null). */
    static String cumulative(List<Day> days, Long weekCap, Words w) {
        long total = days.stream().mapToLong(Day::worked).sum();
        long top = roundUp(Math.max(total, weekCap == null ? 40 * 3600 : weekCap + 4 * 3600), 8 * 3600);
        StringBuilder s = open("chart-week", w.msg("server.ui.chart.week.title"), "week");
        axes(s, top, 8 * 3600, w, w.msg("server.ui.chart.axis.hours-week"));
        double slot = (W - LEFT - RIGHT) / (double) days.size();
        long sum = 0;
        long plannedSum = 0;
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            sum += d.worked();
            plannedSum += d.planned();
            double h = (H - TOP - BOTTOM) * sum / (double) top;
            boolean over = weekCap != null && sum > weekCap;
            // A total that rests on planned work is drawn lighter.
            String planned = plannedSum > 0 ? " planned" : "";
            s.append(String.format(Locale.ROOT, "<rect class=\"bar total%s%s\" data-day=\"%s\" data-seconds=\"%d\" x=\"%.1f\" y=\"%.1f\""
                    + " width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>", over ? " over" : "", planned, d.date(), sum,
                    LEFT + i * slot + slot * 0.2, H - BOTTOM - h, slot * 0.6, h,
                    esc(w.msg("server.ui.chart.total", "day", w.day(d.date()), "hours", w.hours(sum)))));
            s.append(String.format(Locale.ROOT, "<text class=\"tick x-tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    LEFT + i * slot + slot / 2, H - BOTTOM + 18, esc(w.day(d.date()))));
        }
        if (weekCap != null) {
            capLine(s, weekCap, top, w.msg("server.ui.chart.cap.week", "cap", w.hours(weekCap)));
        }
        return s.append("</svg>").toString();
    }

    /** The hours of each week of the month (whole weeks, planned included), against the weekly cap drawn as a line. */
    static String weeks(List<WeekTotal> weeks, Long weekCap, Words w) {
        long max = Math.max(weeks.stream().mapToLong(WeekTotal::seconds).max().orElse(0), weekCap == null ? 40 * 3600 : weekCap + 4 * 3600);
        long top = roundUp(max, 8 * 3600);
        StringBuilder s = open("chart-month-weeks", w.msg("server.ui.chart.month-weeks.title"), "week");
        axes(s, top, 8 * 3600, w, w.msg("server.ui.chart.axis.hours-week"));
        double slot = (W - LEFT - RIGHT) / (double) Math.max(1, weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            WeekTotal week = weeks.get(i);
            double h = (H - TOP - BOTTOM) * week.seconds() / (double) top;
            boolean over = weekCap != null && week.seconds() > weekCap;
            String label = w.shortDay(week.start());
            s.append(String.format(Locale.ROOT, "<rect class=\"bar total%s%s\" data-week=\"%s\" data-seconds=\"%d\" x=\"%.1f\" y=\"%.1f\""
                    + " width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>", over ? " over" : "", week.planned() > 0 ? " planned" : "",
                    week.start(), week.seconds(), LEFT + i * slot + slot * 0.2, H - BOTTOM - h, slot * 0.6, h,
                    esc(w.msg("server.ui.chart.week-total", "week", label, "hours", w.hours(week.seconds())))));
            s.append(String.format(Locale.ROOT, "<text class=\"tick x-tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    LEFT + i * slot + slot / 2, H - BOTTOM + 18, esc(label)));
        }
        if (weekCap != null) {
            capLine(s, weekCap, top, w.msg("server.ui.chart.cap.week", "cap", w.hours(weekCap)));
        }
        return s.append("</svg>").toString();
    }

    /** One week of the month chart: its first day, its worked seconds (recorded and planned), the planned part. */
    record WeekTotal(java.time.LocalDate start, long seconds, long planned) {
    }

    private static StringBuilder open(String id, String title, String kind) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart %s\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title\">"
                + "<title id=\"%s-title\">%s</title>", id, kind, W, H, id, id, esc(title)));
        return s;
    }

    private static void axes(StringBuilder s, long top, long step, Words w, String yTitle) {
        for (long v = 0; v <= top; v += step) {
            double y = H - BOTTOM - (H - TOP - BOTTOM) * v / (double) top;
            s.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, W - RIGHT, y, y));
            s.append(String.format(Locale.ROOT, "<text class=\"tick y-tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>", LEFT - 6,
                    y + 4, v / 3600));
        }
        s.append(String.format(Locale.ROOT, "<text class=\"axis-title y-axis\" transform=\"translate(12 %d) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>", (H - BOTTOM + TOP) / 2, esc(yTitle)));
    }

    private static double bar(StringBuilder s, double x, double width, double base, long seconds, long top, String series, Day d, Words w) {
        if (seconds <= 0) {
            return base;
        }
        double h = (H - TOP - BOTTOM) * seconds / (double) top;
        // A day whose work is all planned is drawn lighter: it has not happened yet.
        String planned = d.worked() > 0 && d.planned() >= d.worked() ? " planned" : "";
        s.append(String.format(Locale.ROOT, "<rect class=\"bar %s%s\" data-series=\"%s\" data-day=\"%s\" data-seconds=\"%d\" x=\"%.1f\""
                + " y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>", series, planned, series, d.date(), seconds, x, base - h, width,
                h, esc(w.msg("server.ui.chart.bar", "day", w.day(d.date()), "series", w.msg("server.ui.chart.series." + series), "hours", w.hours(seconds)))));
        return base - h;
    }

    private static void capLine(StringBuilder s, long cap, long top, String label) {
        double y = H - BOTTOM - (H - TOP - BOTTOM) * cap / (double) top;
        s.append(String.format(Locale.ROOT, "<line class=\"cap-line\" data-seconds=\"%d\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", cap,
                LEFT, W - RIGHT, y, y));
        s.append(String.format(Locale.ROOT, "<text class=\"cap-label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", W - RIGHT - 4,
                y - 5, esc(label)));
    }

    private static long roundUp(long value, long step) {
        return Math.max(step, (value + step - 1) / step * step);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
