package org.worktime.server.ui.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.plan.PlanOption;
import org.worktime.server.ui.Words;
import org.worktime.server.web.FieldProblem;

/**
 * The Plans page's form: the project file's fields (docs/PLANNING.md) as typed, kept when the form is shown again with
 * its problems. {@link #project} writes them as a project file (JSON, which the project reader reads as YAML), so the
 * planner's own reader judges them, with its problems named by field, exactly as for a file.
 *
 * @param ids     employee ids, separated by commas or spaces; empty for no list
 * @param where   attribute filters, one {@code name=value} a line
 * @param rates   exchange rates, one {@code FROM/TO=RATE@DATE} a line
 */
public record PlanForm(String id, String from, String to, String ids, String where, String workKind, String work, String longestDay,
        String dayStart, boolean noNightWork, List<String> freeDays, String freeDates, String restAfterWeeks, List<String> options, String rates,
        String steps) {

    static final List<String> WORK_KINDS = List.of("total", "perWeek", "perEmployee");
    private static final Pattern RATE = Pattern.compile("([A-Za-z]{3})/([A-Za-z]{3})=([0-9.]+)@(\\d{4}-\\d{2}-\\d{2})");

    public PlanForm {
        freeDays = freeDays == null ? List.of() : List.copyOf(freeDays);
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A form for the next workplace week, a week long, with the planner's defaults. */
    static PlanForm next(LocalDate weekStart) {
        return new PlanForm("plan-" + weekStart, weekStart.toString(), weekStart.plusDays(6).toString(), "", "", "total", "", "12", "09:00", true,
                List.of(), "", "0", List.of(PlanOption.KR_ORDINARY.id()), "", "400");
    }

    /** The project file of the form planned on {@code plannedOn}; problems of the form's own lines are added to {@code problems}. */
    Map<String, Object> project(LocalDate plannedOn, Words w, List<FieldProblem> problems) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id.strip());
        p.put("window", Map.of("from", from.strip(), "to", to.strip()));
        p.put("plannedOn", plannedOn.toString());
        Map<String, Object> team = new LinkedHashMap<>();
        List<String> list = words(ids);
        if (!list.isEmpty()) {
            team.put("ids", list);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        int n = 0;
        for (String line : where.lines().map(String::strip).toList()) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                problems.add(FieldProblem.field(w.msg("server.ui.plans.where.line", "n", n), w.msg("server.ui.plans.problem.where", "value", line)));
            } else {
                filters.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        if (!filters.isEmpty()) {
            team.put("where", filters);
        }
        p.put("team", team);
        p.put("work", Map.of(WORK_KINDS.contains(workKind) ? workKind : "total", hours(work)));
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("longestDay", hours(longestDay));
        preferences.put("dayStart", dayStart.strip());
        preferences.put("noNightWork", noNightWork);
        List<String> days = freeDays.stream().filter(d -> java.util.Arrays.stream(DayOfWeek.values()).anyMatch(x -> x.name().equals(d))).toList();
        if (!days.isEmpty()) {
            preferences.put("freeDays", days);
        }
        List<String> dates = words(freeDates);
        if (!dates.isEmpty()) {
            preferences.put("freeDates", dates);
        }
        preferences.put("restAfterWeeks", number(restAfterWeeks));
        p.put("preferences", preferences);
        if (!options.isEmpty()) {
            p.put("options", options);
        }
        List<Map<String, Object>> stated = new ArrayList<>();
        n = 0;
        for (String line : rates.lines().map(String::strip).toList()) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = RATE.matcher(line);
            if (!m.matches()) {
                problems.add(FieldProblem.field(w.msg("server.ui.plans.rates.line", "n", n), w.msg("server.ui.plans.problem.rate", "value", line)));
                continue;
            }
            Map<String, Object> rate = new LinkedHashMap<>();
            rate.put("from", m.group(1).toUpperCase(java.util.Locale.ROOT));
            rate.put("to", m.group(2).toUpperCase(java.util.Locale.ROOT));
            rate.put("rate", new java.math.BigDecimal(m.group(3)));
            rate.put("on", m.group(4));
            stated.add(rate);
        }
        if (!stated.isEmpty()) {
            p.put("exchangeRates", stated);
        }
        return p;
    }

    /** The steps asked for, or null for the default; a problem when it is not a whole number. */
    Integer steps(Words w, List<FieldProblem> problems) {
        if (steps == null || steps.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(steps.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.field(w.msg("server.ui.plans.steps"), w.msg("server.ui.plans.problem.number", "value", steps)));
            return null;
        }
    }

    /** Whole hours as the project file writes them ({@code 12h}); anything else as typed, for the reader to name. */
    private static Object hours(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d+") ? t + "h" : t;
    }

    private static Object number(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{1,6}") ? (Object) Integer.valueOf(t) : t;
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : java.util.Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
