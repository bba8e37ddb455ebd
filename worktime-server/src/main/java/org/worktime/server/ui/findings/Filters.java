package org.worktime.server.ui.findings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriUtils;
import org.worktime.server.web.ApiException;

/**
 * The filters of the Findings and Pay pages, as the query string carries them: the workplace dates [from, to] (the
 * current month of the workplace when not given), a team, and for findings a rule and a severity, for pay a kind.
 * Blank means "all". The same filters select the rows of the page and of its exports.
 */
public record Filters(LocalDate from, LocalDate to, String team, String rule, String severity, String kind) {

    /** The longest period a page evaluates at once: a year and a day, as the engine's look-back. */
    static final int MAX_DAYS = 367;

    public static Filters parse(String from, String to, String team, String rule, String severity, String kind, LocalDate today) {
        LocalDate start = from == null || from.isBlank() ? today.withDayOfMonth(1) : date("from", from);
        LocalDate end = to == null || to.isBlank() ? today.withDayOfMonth(today.lengthOfMonth()) : date("to", to);
        if (end.isBefore(start)) {
            throw ApiException.badRequest("to (" + end + ") is before from (" + start + ")");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ApiException.badRequest("from " + start + " to " + end + " is longer than " + MAX_DAYS + " days");
        }
        return new Filters(start, end, blank(team), blank(rule), blank(severity), blank(kind));
    }

    public static LocalDate today(java.time.Clock clock, String zone) {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /** The query parameters of these filters, for the export links (and a page's own link). */
    public Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("from", from.toString());
        q.put("to", to.toString());
        q.put("team", team == null ? "" : team);
        q.put("rule", rule == null ? "" : rule);
        q.put("severity", severity == null ? "" : severity);
        q.put("kind", kind == null ? "" : kind);
        return q;
    }

    /**
     * The export link of a page ({@code findings} or {@code pay}) for these filters, context-relative: the format, the
     * period and team, then the page's own filters (rule and severity, or kind); a filter not set is given empty.
     */
    public String export(String workplace, String page, String format) {
        StringBuilder link = new StringBuilder("/workplaces/").append(UriUtils.encodePathSegment(workplace, StandardCharsets.UTF_8))
                .append('/').append(page).append("/export?format=").append(format);
        Map<String, String> q = query();
        List<String> names = page.equals("pay") ? List.of("from", "to", "team", "kind") : List.of("from", "to", "team", "rule", "severity");
        for (String name : names) {
            link.append('&').append(name).append('=').append(UriUtils.encodeQueryParam(q.get(name), StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
