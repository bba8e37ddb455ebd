package org.worktime.plan;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.param.Parameter;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.Fields;
import org.worktime.io.read.InputException;
import org.worktime.io.read.Problems;
import org.worktime.io.read.ValueException;
import org.worktime.io.read.Values;
import org.worktime.io.read.YamlTree;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.Node;
import org.worktime.io.read.YamlTree.Scalar;

/**
 * Reads a project file (YAML or JSON, docs/PLANNING.md) strictly, against the dataset it plans for: every problem names
 * the file, the line and the dotted field; unknown keys are refused with a suggestion; team ids must be employees of
 * the dataset and filter attributes attributes some employee has; nothing half-read is returned.
 */
public final class ProjectFileReader {

    private static final List<String> TOP = List.of("id", "window", "plannedOn", "team", "work", "preferences", "options",
            "exchangeRates", "policies");
    private static final List<String> WORK = List.of("total", "perWeek", "perEmployee");
    private static final List<String> PREFERENCES = List.of("longestDay", "dayStart", "noNightWork", "freeDates", "freeDays",
            "restAfterWeeks");
    /** Defaults of the preferences the file leaves out: the team's choices, not law (the engine judges the law). */
    static final long DEFAULT_LONGEST_DAY = 12 * 3600;
    static final LocalTime DEFAULT_DAY_START = LocalTime.of(9, 0);

    private ProjectFileReader() {
    }

    public static Project read(Path file, Dataset dataset) throws InputException {
        return read(file, dataset, true);
    }

    /**
     * @param policyFiles whether {@code policies:} may name policy files (paths relative to the project file); a server,
     *                    whose project is a text and not a file among files, passes false and the key is refused
     */
    public static Project read(Path file, Dataset dataset, boolean policyFiles) throws InputException {
        Problems problems = new Problems();
        Node root = YamlTree.read(file, problems);
        if (root == null) {
            problems.throwIfAny();
        }
        Project project = project(file, problems, root, dataset, policyFiles);
        problems.throwIfAny();
        return project;
    }

    private static Project project(Path file, Problems problems, Node root, Dataset dataset, boolean policyFiles) {
        Fields f = Fields.of(file, problems, root, "", TOP);
        if (f == null) {
            return null;
        }
        String id = f.requiredText("id");
        LocalDateRange window = window(file, problems, f, dataset);
        LocalDate plannedOn = f.value("plannedOn", true, Values::date);
        if (plannedOn != null && window != null && plannedOn.isAfter(window.getStart())) {
            f.problem(f.line("plannedOn"), "plannedOn", say("plan.file.planned-after-start", "plannedOn", plannedOn, "start", window.getStart()));
        }
        Project.Team team = team(file, problems, f, dataset);
        Project.Work work = work(file, problems, f);
        Project.Preferences preferences = preferences(file, problems, f, window);
        List<PlanOption> options = options(f);
        List<org.worktime.core.exempt.ExchangeRate> rates = rates(file, problems, f);
        List<PolicyOption> policies = policies(file, problems, f, policyFiles);
        if (f.failed() || id == null || window == null || plannedOn == null || team == null || work == null || preferences == null
                || policies == null) {
            return null;
        }
        // No options: key: the default options, with the policies after them.
        return new Project(id, window, plannedOn, team, work, preferences, options.isEmpty() ? PlanOption.defaults() : options, rates, policies);
    }

    private static LocalDateRange window(Path file, Problems problems, Fields f, Dataset dataset) {
        Node node = f.node("window");
        if (node == null) {
            f.missing("window");
            return null;
        }
        Fields w = Fields.of(file, problems, node, "window", List.of("from", "to"));
        if (w == null) {
            f.markFailed();
            return null;
        }
        LocalDate from = w.value("from", true, Values::date);
        LocalDate to = w.value("to", true, Values::date);
        if (from == null || to == null) {
            f.markFailed();
            return null;
        }
        DayOfWeek weekStart = dataset.workplace().weekStart();
        if (to.isBefore(from)) {
            w.problem(w.line("to"), "window.to", say("plan.file.to-before-from", "to", to, "from", from));
        } else if (from.getDayOfWeek() != weekStart) {
            w.problem(w.line("from"), "window.from", say("plan.file.from-not-week-start", "from", from, "day", from.getDayOfWeek().toString(),
                    "weekStart", weekStart.toString()));
        } else if ((to.toEpochDay() - from.toEpochDay() + 1) % 7 != 0) {
            w.problem(w.line("to"), "window.to", say("plan.file.to-not-week-end", "to", to, "weekStart", weekStart.toString(),
                    "weekEnd", weekStart.minus(1).toString(), "example", from.plusWeeks(Math.max(1, (to.toEpochDay() - from.toEpochDay() + 1) / 7)).minusDays(1)));
        } else if (to.toEpochDay() - from.toEpochDay() + 1 > 26 * 7) {
            w.problem(w.line("to"), "window.to", say("plan.file.window-too-long", "weeks", 26));
        }
        if (w.failed()) {
            f.markFailed();
            return null;
        }
        return LocalDateRange.ofClosed(from, to);
    }

    private static Project.Team team(Path file, Problems problems, Fields f, Dataset dataset) {
        Node node = f.node("team");
        if (node == null) {
            f.missing("team");
            return null;
        }
        Fields t = Fields.of(file, problems, node, "team", List.of("ids", "where"));
        if (t == null) {
            f.markFailed();
            return null;
        }
        List<String> ids = new ArrayList<>();
        ListNode list = t.list("ids");
        Set<String> known = new LinkedHashSet<>();
        Set<String> attributes = new HashSet<>();
        for (Employee e : dataset.employees()) {
            known.add(e.id());
            attributes.addAll(e.attributes().keySet());
        }
        if (list != null) {
            if (list.items().isEmpty()) {
                t.problem(list.line(), "team.ids", say("plan.file.team-empty"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String field = "team.ids[" + i + "]";
                if (!(item instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
                    t.problem(item.line(), field, say("plan.file.expected-employee", "kind", item.kind()));
                    continue;
                }
                String employeeId = s.text().trim();
                if (!known.contains(employeeId)) {
                    String near = Values.closest(employeeId, known);
                    t.problem(item.line(), field, say("plan.file.unknown-employee", "id", employeeId, "near", near == null ? "none" : near));
                } else if (!seen.add(employeeId)) {
                    t.problem(item.line(), field, say("plan.file.listed-twice", "id", employeeId));
                } else {
                    ids.add(employeeId);
                }
            }
        }
        Map<String, String> where = t.stringMap("where");
        for (String key : where.keySet()) {
            if (!attributes.contains(key)) {
                String near = Values.closest(key, attributes);
                t.problem(t.line("where"), "team.where." + key, say("plan.file.unknown-attribute", "attribute", key, "near", near == null ? "none" : near));
            }
        }
        if (t.failed()) {
            f.markFailed();
            return null;
        }
        return new Project.Team(ids, where);
    }

    private static Project.Work work(Path file, Problems problems, Fields f) {
        Node node = f.node("work");
        if (node == null) {
            f.missing("work");
            return null;
        }
        Fields w = Fields.of(file, problems, node, "work", WORK);
        if (w == null) {
            f.markFailed();
            return null;
        }
        List<String> given = WORK.stream().filter(w::has).toList();
        if (given.size() != 1) {
            w.problem(w.line(), "work", given.isEmpty() ? say("plan.file.work-missing") : say("plan.file.work-several", "given", String.join(", ", given)));
            f.markFailed();
            return null;
        }
        String key = given.get(0);
        Long seconds = w.value(key, true, ProjectFileReader::positiveHours);
        if (seconds == null) {
            f.markFailed();
            return null;
        }
        Project.WorkKind kind = switch (key) {
            case "total" -> Project.WorkKind.TOTAL;
            case "perWeek" -> Project.WorkKind.PER_WEEK;
            default -> Project.WorkKind.PER_EMPLOYEE;
        };
        return new Project.Work(kind, seconds);
    }

    private static Project.Preferences preferences(Path file, Problems problems, Fields f, LocalDateRange window) {
        Node node = f.node("preferences");
        Fields p = node == null ? null : Fields.of(file, problems, node, "preferences", PREFERENCES);
        if (node != null && p == null) {
            f.markFailed();
            return null;
        }
        if (p == null) {
            return new Project.Preferences(DEFAULT_LONGEST_DAY, DEFAULT_DAY_START, true, Set.of(), Set.of(), 0);
        }
        Long longest = p.has("longestDay") ? p.value("longestDay", false, ProjectFileReader::positiveHours) : Long.valueOf(DEFAULT_LONGEST_DAY);
        if (longest != null && longest > 24 * 3600) {
            p.problem(p.line("longestDay"), "preferences.longestDay", say("plan.file.day-too-long"));
        }
        if (longest != null && longest % 3600 != 0) {
            p.problem(p.line("longestDay"), "preferences.longestDay", say("plan.file.whole-hours"));
        }
        LocalTime start = p.has("dayStart") ? p.value("dayStart", false, Values::timeOfDay) : DEFAULT_DAY_START;
        Boolean noNight = p.has("noNightWork") ? p.value("noNightWork", false, Values::bool) : Boolean.TRUE;
        Set<LocalDate> dates = new LinkedHashSet<>();
        ListNode freeDates = p.list("freeDates");
        if (freeDates != null) {
            for (int i = 0; i < freeDates.items().size(); i++) {
                Node item = freeDates.items().get(i);
                String field = "preferences.freeDates[" + i + "]";
                if (item instanceof Scalar s && !s.isNull()) {
                    LocalDate d = p.parse(s.text(), item.line(), field, Values::date);
                    if (d != null && window != null && !window.contains(d)) {
                        p.problem(item.line(), field, say("plan.file.date-outside", "date", d, "from", window.getStart(), "to", window.getEndInclusive()));
                    } else if (d != null) {
                        dates.add(d);
                    }
                } else {
                    p.problem(item.line(), field, say("plan.file.expected-date", "kind", item.kind()));
                }
            }
        }
        Set<DayOfWeek> days = new LinkedHashSet<>();
        ListNode freeDays = p.list("freeDays");
        if (freeDays != null) {
            for (int i = 0; i < freeDays.items().size(); i++) {
                Node item = freeDays.items().get(i);
                String field = "preferences.freeDays[" + i + "]";
                if (item instanceof Scalar s && !s.isNull()) {
                    DayOfWeek d = p.parse(s.text(), item.line(), field, Values::dayOfWeek);
                    if (d != null) {
                        days.add(d);
                    }
                } else {
                    p.problem(item.line(), field, say("plan.file.expected-day", "kind", item.kind()));
                }
            }
        }
        Integer rest = p.has("restAfterWeeks") ? p.value("restAfterWeeks", false, Values::nonNegativeInt) : Integer.valueOf(0);
        if (p.failed() || longest == null || start == null || noNight == null || rest == null) {
            f.markFailed();
            return null;
        }
        return new Project.Preferences(longest, start, noNight, dates, days, rest);
    }

    /**
     * {@code policies: [../policies/kr-semiconductor-rd.yaml]}: policy files (worktime-policy's format, read by its reader),
     * relative to the project file, each compared as the option {@code policy:<id>}. A bad policy file's problems name it,
     * its line and field; null when any is bad.
     */
    private static List<PolicyOption> policies(Path file, Problems problems, Fields f, boolean allowed) {
        ListNode list = f.list("policies");
        List<PolicyOption> policies = new ArrayList<>();
        if (list == null) {
            return f.node("policies") == null ? policies : null;
        }
        if (!allowed) {
            f.problem(list.line(), "policies", say("plan.file.policies-not-here"));
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        boolean bad = false;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String field = "policies[" + i + "]";
            if (!(item instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
                f.problem(item.line(), field, say("plan.file.expected-policy", "kind", item.kind()));
                bad = true;
                continue;
            }
            Path policy = folder.resolve(s.text().trim()).normalize();
            if (!org.worktime.io.read.InputFiles.present(policy)) {
                f.problem(item.line(), field, say("plan.file.no-policy", "file", policy.toString()));
                bad = true;
                continue;
            }
            try {
                PolicyOption read = PolicyOption.read(policy);
                if (!ids.add(read.id())) {
                    f.problem(item.line(), field, say("plan.file.listed-twice", "id", read.id()));
                    bad = true;
                } else {
                    policies.add(read);
                }
            } catch (InputException e) {
                for (org.worktime.io.read.InputProblem p : e.problems()) {
                    problems.add(p.file(), p.line(), p.field(), p.text());
                }
                bad = true;
            }
        }
        if (bad) {
            f.markFailed();
            return null;
        }
        return policies;
    }

    private static List<PlanOption> options(Fields f) {
        ListNode list = f.list("options");
        List<PlanOption> options = new ArrayList<>();
        if (list == null) {
            return options;
        }
        List<String> ids = PlanOption.named().stream().map(PlanOption::id).toList();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String field = "options[" + i + "]";
            if (!(item instanceof Scalar s) || s.isNull()) {
                f.problem(item.line(), field, say("plan.file.expected-option", "kind", item.kind()));
                continue;
            }
            var option = PlanOption.byId(s.text());
            if (option.isEmpty()) {
                String near = Values.closest(s.text().trim().toLowerCase(Locale.ROOT), ids);
                f.problem(item.line(), field, say("plan.file.unknown-option", "option", s.text().trim(), "near", near == null ? "none" : near,
                        "options", String.join(", ", ids)));
            } else if (options.contains(option.get())) {
                f.problem(item.line(), field, say("plan.file.listed-twice", "id", option.get().id()));
            } else {
                options.add(option.get());
            }
        }
        if (list.items().isEmpty()) {
            f.problem(list.line(), "options", say("plan.file.options-empty"));
        }
        return options;
    }

    /**
     * {@code exchangeRates: [{from: KRW, to: JPY, rate: 0.11, on: 2026-03-02, source: "..."}]}: the rates a pay threshold in
     * another currency is compared at (one unit of {@code from} is {@code rate} units of {@code to}); never a hidden rate.
     */
    private static List<org.worktime.core.exempt.ExchangeRate> rates(Path file, Problems problems, Fields f) {
        ListNode list = f.list("exchangeRates");
        List<org.worktime.core.exempt.ExchangeRate> rates = new ArrayList<>();
        if (list == null) {
            return rates;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String field = "exchangeRates[" + i + "]";
            Fields r = Fields.of(file, problems, list.items().get(i), field, List.of("from", "to", "rate", "on", "source"));
            if (r == null) {
                f.markFailed();
                continue;
            }
            var from = r.value("from", true, Values::currency);
            var to = r.value("to", true, Values::currency);
            var rate = r.value("rate", true, Values::positiveDecimal);
            var on = r.value("on", true, Values::date);
            String source = r.text("source", false);
            if (r.failed() || from == null || to == null || rate == null || on == null) {
                f.markFailed();
                continue;
            }
            rates.add(new org.worktime.core.exempt.ExchangeRate(from, to, rate, on, source));
        }
        return rates;
    }

    /**
     * A problem of the project file, from the catalog. worktime-io's problems are sentences of the input's messages,
     * which are English today, so the message is rendered in English here.
     */
    private static Text say(String id, Object... args) {
        return Text.of(id, args);
    }

    /** {@code 2400h}, {@code 40h30min}: a positive duration, hours by default ({@code 2400} is 2400 h). */
    static long positiveHours(String text) throws ValueException {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new ValueException(say("plan.file.missing-value"));
        }
        long seconds;
        try {
            seconds = t.chars().allMatch(Character::isDigit) ? Long.parseLong(t) * 3600 : Parameter.parseSeconds(t);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ValueException(say("plan.file.not-hours", "text", t));
        }
        if (seconds <= 0) {
            throw new ValueException(say("plan.file.not-positive", "text", t));
        }
        return seconds;
    }
}
