package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.Reader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.HeadcountPeriod;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.Node;
import org.worktime.io.read.YamlTree.Scalar;

/**
 * Reads {@code workplace.yaml} (or {@code .yml}, or {@code .json}): the workplace, its zone and calendar, its
 * headcount over time and the agreements on file. See {@code docs/FORMATS.md}.
 *
 * <p>Read alone, the ids an agreement names are not checked against the employees; {@link DatasetReader}
 * checks them.
 */
public final class WorkplaceReader {

    static final List<String> KEYS = List.of("id", "name", "jurisdiction", "zone", "weekStart", "weekStartTime", "publicSector",
            "headcount", "calendar", "agreements", "attributes", "paySchedule");
    static final List<String> PAY_SCHEDULE_KEYS = List.of("periodEnds", "payday");
    static final List<String> CALENDAR_KEYS = List.of("weeklyHoliday", "daysOff", "agreedHolidays", "workdays", "daysOffDates");
    static final List<String> HEADCOUNT_KEYS = List.of("from", "count");
    static final List<String> AGREEMENT_KEYS = List.of("kind", "from", "to", "employees", "terms");

    private WorkplaceReader() {
    }

    /** Reads a workplace file (YAML, or JSON by its {@code .json} name). */
    public static Workplace read(Path file) throws InputException {
        Problems problems = new Problems();
        Node root = YamlTree.read(file, problems);
        Result result = root == null ? null : parse(root, file, problems, "");
        problems.throwIfAny();
        return result.workplace;
    }

    /** Reads a workplace from a reader (not closed); {@code name} is used in messages and, by its extension, picks JSON. */
    public static Workplace read(Reader reader, Path name) throws InputException {
        return read(reader, name, org.worktime.core.rule.Vocabulary.EMPTY);
    }

    /** As {@link #read(Reader, Path)}, checking the packs' words (agreement kinds and terms...) against the vocabulary. */
    public static Workplace read(Reader reader, Path name, org.worktime.core.rule.Vocabulary vocabulary) throws InputException {
        Problems problems = new Problems(vocabulary);
        Node root = YamlTree.read(reader, name, YamlTree.isJson(name), problems);
        Result result = root == null ? null : parse(root, name, problems, "");
        problems.throwIfAny();
        return result.workplace;
    }

    /** An employee id an agreement names, with where it was written. */
    record EmployeeRef(String id, int line, String field) {
    }

    /** What parsing found: the workplace when all is well, the zone when at least that was readable. */
    static final class Result {
        Workplace workplace;
        ZoneId zone;
        final List<EmployeeRef> employeeRefs = new ArrayList<>();
    }

    static Result parse(Node root, Path file, Problems problems, String path) {
        Result result = new Result();
        Fields f = Fields.of(file, problems, root, path, KEYS);
        if (f == null) {
            return result;
        }
        String id = f.requiredText("id");
        String name = f.text("name", false);
        String jurisdiction = f.requiredText("jurisdiction");
        String zoneText = f.requiredText("zone");
        if (zoneText != null) {
            result.zone = f.parse(zoneText, f.line("zone"), f.field("zone"), WorkplaceReader::zone);
        }
        DayOfWeek weekStart = f.has("weekStart") ? f.value("weekStart", false, Values::dayOfWeek) : DayOfWeek.MONDAY;
        java.time.LocalTime weekStartTime = f.has("weekStartTime") ? f.value("weekStartTime", false, Values::timeOfDay)
                : java.time.LocalTime.MIDNIGHT;
        Boolean publicSector = f.has("publicSector") ? f.value("publicSector", false, Values::bool) : Boolean.FALSE;
        List<HeadcountPeriod> headcount = headcount(f, file, problems);
        WorkplaceCalendar calendar = calendar(f, file, problems);
        List<Agreement> agreements = agreements(f, file, problems, result.employeeRefs);
        Map<String, String> attributes = f.stringMap("attributes");
        org.worktime.core.domain.PaySchedule paySchedule = paySchedule(f, file, problems);
        VocabularyCheck.checkAttributes(problems, attributes, (key, message) -> f.problem(f.line("attributes"), f.field("attributes") + "." + key, message));
        if (f.failed() || result.zone == null || weekStart == null || weekStartTime == null || publicSector == null
                || calendar == null) {
            return result;
        }
        try {
            result.workplace = new Workplace(id, name, jurisdiction, result.zone, weekStart, headcount, calendar, agreements,
                    publicSector, attributes, weekStartTime, paySchedule);
        } catch (RuntimeException e) {
            problems.add(file, f.line(), path.isEmpty() ? null : path, Text.verbatim(String.valueOf(e.getMessage()))); // the domain's check
        }
        return result;
    }

    /** {@code paySchedule: {periodEnds: 20, payday: 25}}: days of the month, 1 to 31 or {@code last}; both required. */
    private static org.worktime.core.domain.PaySchedule paySchedule(Fields f, Path file, Problems problems) {
        if (!f.has("paySchedule")) {
            return null;
        }
        Fields p = Fields.of(file, problems, f.node("paySchedule"), f.field("paySchedule"), PAY_SCHEDULE_KEYS);
        if (p == null) {
            f.markFailed();
            return null;
        }
        Integer periodEnds = p.value("periodEnds", true, WorkplaceReader::dayOfMonth);
        Integer payday = p.value("payday", true, WorkplaceReader::dayOfMonth);
        if (p.failed() || periodEnds == null || payday == null) {
            f.markFailed();
            return null;
        }
        return org.worktime.core.domain.PaySchedule.of(periodEnds, payday);
    }

    static int dayOfMonth(String text) throws ValueException {
        String s = text.trim();
        if (s.equalsIgnoreCase("last")) {
            return org.worktime.core.domain.PaySchedule.LAST;
        }
        try {
            int day = Integer.parseInt(s);
            if (day >= 1 && day <= 31) {
                return day;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValueException(Text.of("io.read.workplace.day-of-month", "text", s));
    }

    static ZoneId zone(String text) throws ValueException {
        String s = text.trim();
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            String near = Values.closest(s, ZoneId.getAvailableZoneIds());
            throw new ValueException(Text.of("io.read.workplace.unknown-zone", "zone", s, "hint", Hints.didYouMean(near)));
        }
    }

    private static List<HeadcountPeriod> headcount(Fields f, Path file, Problems problems) {
        List<HeadcountPeriod> periods = new ArrayList<>();
        ListNode list = f.list("headcount");
        if (list == null) {
            return periods;
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String path = f.field("headcount") + "[" + i + "]";
            Fields h = Fields.of(file, problems, item, path, HEADCOUNT_KEYS);
            if (h == null) {
                f.markFailed();
                continue;
            }
            LocalDate from = h.value("from", true, Values::date);
            Integer count = h.value("count", true, Values::nonNegativeInt);
            if (h.failed()) {
                f.markFailed();
                continue;
            }
            Integer previous = seen.putIfAbsent(from, item.line());
            if (previous != null) {
                f.problem(h.line("from"), path + ".from", Text.of("io.read.workplace.second-headcount", "from", from, "first", previous));
                continue;
            }
            periods.add(new HeadcountPeriod(from, count));
        }
        return periods;
    }

    private static WorkplaceCalendar calendar(Fields f, Path file, Problems problems) {
        Node node = f.node("calendar");
        if (node == null) {
            return WorkplaceCalendar.standard();
        }
        Fields c = Fields.of(file, problems, node, f.field("calendar"), CALENDAR_KEYS);
        if (c == null) {
            f.markFailed();
            return null;
        }
        DayOfWeek weekly = c.has("weeklyHoliday") ? c.value("weeklyHoliday", false, Values::dayOfWeek) : DayOfWeek.SUNDAY;
        Set<DayOfWeek> daysOff = c.has("daysOff") ? days(c, "daysOff") : EnumSet.of(DayOfWeek.SATURDAY);
        Map<LocalDate, DayType> overrides = new LinkedHashMap<>();
        Map<LocalDate, String> listedIn = new HashMap<>();
        overrideDates(c, "agreedHolidays", DayType.AGREED_HOLIDAY, overrides, listedIn);
        overrideDates(c, "workdays", DayType.WORKDAY, overrides, listedIn);
        overrideDates(c, "daysOffDates", DayType.DAY_OFF, overrides, listedIn);
        if (c.failed() || weekly == null || daysOff == null) {
            f.markFailed();
            return null;
        }
        if (daysOff.contains(weekly)) {
            c.problem(c.line("daysOff"), c.field("daysOff"), Text.of("io.read.workplace.holiday-and-day-off", "day", weekly.name()));
            f.markFailed();
            return null;
        }
        return new WorkplaceCalendar(weekly, daysOff, overrides);
    }

    /** A list of days of the week, or one text ({@code SATURDAY}, {@code SAT,SUN}); {@code []} means none. */
    private static Set<DayOfWeek> days(Fields c, String key) {
        Node node = c.node(key);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<Scalar> items = new ArrayList<>();
        if (node instanceof ListNode l) {
            for (int i = 0; i < l.items().size(); i++) {
                Node item = l.items().get(i);
                if (item instanceof Scalar s && !s.isNull()) {
                    items.add(s);
                } else {
                    c.problem(item.line(), c.field(key) + "[" + i + "]", Text.of("io.read.employee.expected-day", "found", item.kindText()));
                }
            }
        } else if (node instanceof Scalar s) {
            for (String part : Values.split(s.text(), ",; ")) {
                items.add(new Scalar(part, s.line()));
            }
        } else {
            c.problem(node.line(), c.field(key), Text.of("io.read.workplace.expected-days", "found", node.kindText()));
            return null;
        }
        boolean ok = true;
        for (Scalar s : items) {
            DayOfWeek d = c.parse(s.text(), s.line(), c.field(key), Values::dayOfWeek);
            if (d == null) {
                ok = false;
            } else {
                days.add(d);
            }
        }
        return ok ? days : null;
    }

    private static void overrideDates(Fields c, String key, DayType type, Map<LocalDate, DayType> overrides,
            Map<LocalDate, String> listedIn) {
        ListNode list = c.list(key);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String path = c.field(key) + "[" + i + "]";
            if (!(item instanceof Scalar s) || s.isNull()) {
                c.problem(item.line(), path, Text.of("io.read.workplace.expected-date", "found", item.kindText()));
                continue;
            }
            LocalDate date = c.parse(s.text(), s.line(), path, Values::date);
            if (date == null) {
                continue;
            }
            String previous = listedIn.putIfAbsent(date, key);
            if (previous != null && !previous.equals(key)) {
                c.problem(s.line(), path, Text.of("io.read.workplace.date-twice", "date", date, "first", previous, "second", key));
                continue;
            }
            overrides.put(date, type);
        }
    }

    private static List<Agreement> agreements(Fields f, Path file, Problems problems, List<EmployeeRef> refs) {
        List<Agreement> agreements = new ArrayList<>();
        ListNode list = f.list("agreements");
        if (list == null) {
            return agreements;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String path = f.field("agreements") + "[" + i + "]";
            Fields a = Fields.of(file, problems, item, path, AGREEMENT_KEYS);
            if (a == null) {
                f.markFailed();
                continue;
            }
            String kind = a.requiredText("kind");
            LocalDate from = a.value("from", true, Values::date);
            LocalDate to = a.value("to", false, Values::date);
            Set<String> employees = new LinkedHashSet<>();
            ListNode ids = a.list("employees");
            if (ids != null) {
                if (ids.items().isEmpty()) {
                    a.problem(ids.line(), a.field("employees"), Text.of("io.read.workplace.empty-employees"));
                }
                for (int j = 0; j < ids.items().size(); j++) {
                    Node idNode = ids.items().get(j);
                    String idPath = a.field("employees") + "[" + j + "]";
                    if (!(idNode instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
                        a.problem(idNode.line(), idPath, Text.of("io.read.workplace.expected-id", "found", idNode.kindText()));
                        continue;
                    }
                    String id = s.text().trim();
                    if (!employees.add(id)) {
                        a.problem(s.line(), idPath, Text.of("io.read.workplace.employee-twice", "id", id));
                        continue;
                    }
                    refs.add(new EmployeeRef(id, s.line(), idPath));
                }
            }
            Map<String, String> terms = a.stringMap("terms");
            VocabularyCheck.checkAgreement(problems, kind, terms, (term, message) -> {
                if (term == null) {
                    a.problem(a.line("kind"), a.field("kind"), message);
                } else {
                    a.problem(a.line("terms"), a.field("terms") + "." + term, message);
                }
            });
            if (from != null && to != null && to.isBefore(from)) {
                a.problem(a.line("to"), a.field("to"), Text.of("io.read.workplace.agreement-reversed", "to", to, "from", from));
            }
            if (a.failed()) {
                f.markFailed();
                continue;
            }
            LocalDateRange validity = to == null ? LocalDateRange.ofUnboundedEnd(from) : LocalDateRange.ofClosed(from, to);
            agreements.add(new Agreement(kind, validity, employees, terms));
        }
        return agreements;
    }
}
