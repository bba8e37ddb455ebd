package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Exclusion;
import org.worktime.core.domain.StatusPeriod;
import org.worktime.core.rule.Vocabulary;
import org.worktime.core.domain.Wage;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.Node;
import org.worktime.io.read.YamlTree.Scalar;

/**
 * Reads the employees: {@code employees.yaml} / {@code .yml} / {@code .json} (a top-level {@code employees:} list)
 * or {@code employees.csv}. See {@code docs/FORMATS.md}.
 */
public final class EmployeeReader {

    static final List<String> KEYS = List.of("id", "name", "birthDate", "hireDate", "endDate", "contract", "wage",
            "statuses", "exclusion", "attributes");
    static final List<String> CONTRACT_KEYS = List.of("workdays", "dailyHours");
    static final List<String> WAGE_KEYS = List.of("type", "amount", "currency", "monthlyHours", "per", "weeklyHours");
    static final List<String> STATUS_KEYS = List.of("status", "from", "to");
    static final List<String> EXCLUSION_KEYS = List.of("category", "approvedOn");
    static final List<String> FILE_KEYS = List.of("employees");
    static final List<String> COLUMNS = List.of("id", "name", "birth_date", "hire_date", "end_date", "workdays",
            "daily_hours", "wage_type", "wage_amount", "currency", "monthly_hours", "salary_per", "weekly_hours", "exclusion", "exclusion_approved_on",
            "statuses");
    /** CSV columns named {@code attr.KEY} become attributes. */
    static final String ATTRIBUTE_PREFIX = "attr.";

    private EmployeeReader() {
    }

    /** Reads {@code .csv} as CSV, anything else as YAML (JSON by a {@code .json} name). */
    public static List<Employee> read(Path file) throws InputException {
        Problems problems = new Problems();
        Result result = readInto(file, problems);
        problems.throwIfAny();
        return result.employees;
    }

    public static List<Employee> readCsv(Reader reader, Path name) throws InputException {
        Problems problems = new Problems();
        Result result = new Result();
        readCsv(reader, name, problems, result);
        problems.throwIfAny();
        return result.employees;
    }

    /** Reads a YAML (or, by a {@code .json} name, JSON) document with a top-level {@code employees:} list. */
    public static List<Employee> readYaml(Reader reader, Path name) throws InputException {
        return readYaml(reader, name, org.worktime.core.rule.Vocabulary.EMPTY);
    }

    /** As {@link #readYaml(Reader, Path)}, checking the packs' words (statuses, exclusions...) against the vocabulary. */
    public static List<Employee> readYaml(Reader reader, Path name, org.worktime.core.rule.Vocabulary vocabulary) throws InputException {
        Problems problems = new Problems(vocabulary);
        Result result = new Result();
        Node root = YamlTree.read(reader, name, YamlTree.isJson(name), problems);
        if (root != null) {
            parseFile(root, name, problems, result);
        }
        problems.throwIfAny();
        return result.employees;
    }

    /** What was read: the employees that parsed, and every id seen (with its line) even where the rest did not. */
    static final class Result {
        final List<Employee> employees = new ArrayList<>();
        final Map<String, Integer> ids = new LinkedHashMap<>();
        /** Whether the file could be read as a whole (so that {@link #ids} are all the ids). */
        boolean readable;
    }

    static boolean isCsv(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static Result readInto(Path file, Problems problems) {
        Result result = new Result();
        if (isCsv(file)) {
            Reader reader = InputFiles.csv(file, problems);
            if (reader == null) {
                return result;
            }
            try (reader) {
                readCsv(reader, file, problems, result);
            } catch (IOException e) {
                problems.ioFailure(file, e);
            }
        } else {
            Node root = YamlTree.read(file, problems);
            if (root != null) {
                parseFile(root, file, problems, result);
            }
        }
        return result;
    }

    // ---- YAML ----------------------------------------------------------------------------------------------

    private static void parseFile(Node root, Path file, Problems problems, Result result) {
        Fields f = Fields.of(file, problems, root, "", FILE_KEYS);
        if (f == null) {
            return;
        }
        if (!f.has("employees")) {
            f.missing("employees");
            return;
        }
        parseList(f.node("employees"), file, problems, "employees", result);
    }

    /** Parses a list of employee maps (the file's or the bundle's {@code employees:}). */
    static void parseList(Node node, Path file, Problems problems, String path, Result result) {
        if (!(node instanceof ListNode list)) {
            problems.add(file, node.line(), path, Text.of("io.read.employee.expected-list", "found", node.kindText()));
            return;
        }
        result.readable = true;
        for (int i = 0; i < list.items().size(); i++) {
            if (problems.isFull(file)) {
                return;
            }
            parseEmployee(list.items().get(i), file, problems, path + "[" + i + "]", result);
        }
    }

    private static void parseEmployee(Node node, Path file, Problems problems, String path, Result result) {
        Fields f = Fields.of(file, problems, node, path, KEYS);
        if (f == null) {
            return;
        }
        String id = f.requiredText("id");
        if (id != null && !registerId(id, f.line("id"), f.field("id"), file, problems, result)) {
            f.markFailed();
        }
        String name = f.text("name", false);
        LocalDate birth = f.value("birthDate", false, Values::date);
        LocalDate hire = f.value("hireDate", false, Values::date);
        LocalDate end = f.value("endDate", false, Values::date);
        if (hire != null && end != null && end.isBefore(hire)) {
            f.problem(f.line("endDate"), f.field("endDate"), Text.of("io.read.employee.end-before-hire", "end", end, "hire", hire));
        }
        ContractualHours contract = ContractualHours.fullTime();
        Node contractNode = f.node("contract");
        if (contractNode != null) {
            Fields c = Fields.of(file, problems, contractNode, f.field("contract"), CONTRACT_KEYS);
            if (c == null) {
                f.markFailed();
            } else {
                Set<DayOfWeek> days = c.has("workdays") ? workdays(c) : ContractualHours.fullTime().workdays();
                Integer minutes = c.has("dailyHours") ? c.value("dailyHours", false, Values::dailyMinutes) : Integer.valueOf(480);
                if (c.failed() || days == null || minutes == null) {
                    f.markFailed();
                } else {
                    contract = new ContractualHours(days, minutes);
                }
            }
        }
        Wage wage = null;
        Node wageNode = f.node("wage");
        if (wageNode != null) {
            Fields w = Fields.of(file, problems, wageNode, f.field("wage"), WAGE_KEYS);
            if (w == null) {
                f.markFailed();
            } else {
                wage = wage(w.text("type", false), w.text("amount", false), w.text("currency", false),
                        w.text("monthlyHours", false), w.text("per", false), w.text("weeklyHours", false), (key, message) -> w.problem(w.line(key), w.field(key), message));
                if (w.failed()) {
                    f.markFailed();
                }
            }
        }
        List<StatusPeriod> statuses = new ArrayList<>();
        ListNode statusList = f.list("statuses");
        if (statusList != null) {
            for (int i = 0; i < statusList.items().size(); i++) {
                Fields s = Fields.of(file, problems, statusList.items().get(i), f.field("statuses") + "[" + i + "]", STATUS_KEYS);
                if (s == null) {
                    f.markFailed();
                    continue;
                }
                String status = s.requiredText("status");
                VocabularyCheck.check(problems, Vocabulary.Field.STATUS, status,
                        message -> s.problem(s.line("status"), s.field("status"), message));
                LocalDate from = s.value("from", true, Values::date);
                LocalDate to = s.value("to", false, Values::date);
                if (from != null && to != null && to.isBefore(from)) {
                    s.problem(s.line("to"), s.field("to"), Text.of("io.read.employee.period-reversed", "to", to, "from", from));
                }
                if (s.failed()) {
                    f.markFailed();
                    continue;
                }
                statuses.add(new StatusPeriod(status, to == null ? LocalDateRange.ofUnboundedEnd(from) : LocalDateRange.ofClosed(from, to)));
            }
        }
        Exclusion exclusion = null;
        Node exclusionNode = f.node("exclusion");
        if (exclusionNode != null) {
            Fields x = Fields.of(file, problems, exclusionNode, f.field("exclusion"), EXCLUSION_KEYS);
            if (x == null) {
                f.markFailed();
            } else {
                String category = x.requiredText("category");
                VocabularyCheck.check(problems, Vocabulary.Field.EXCLUSION, category,
                        message -> x.problem(x.line("category"), x.field("category"), message));
                LocalDate approved = x.value("approvedOn", false, Values::date);
                if (x.failed()) {
                    f.markFailed();
                } else {
                    exclusion = new Exclusion(category, approved);
                }
            }
        }
        Map<String, String> attributes = f.stringMap("attributes");
        VocabularyCheck.checkAttributes(problems, attributes, (key, message) -> f.problem(f.line("attributes"), f.field("attributes") + "." + key, message));
        if (f.failed()) {
            return;
        }
        build(id, name, birth, hire, end, contract, wage, statuses, exclusion, attributes, result,
                message -> problems.add(file, f.line(), path, message));
    }

    private static Set<DayOfWeek> workdays(Fields c) {
        Node node = c.node("workdays");
        if (node instanceof ListNode list) {
            List<String> parts = new ArrayList<>();
            for (Node item : list.items()) {
                if (item instanceof Scalar s && !s.isNull()) {
                    parts.add(s.text());
                } else {
                    c.problem(item.line(), c.field("workdays"), Text.of("io.read.employee.expected-day", "found", item.kindText()));
                    return null;
                }
            }
            return c.parse(String.join(",", parts), node.line(), c.field("workdays"), Values::workdays);
        }
        return c.value("workdays", false, Values::workdays);
    }

    // ---- CSV -----------------------------------------------------------------------------------------------

    static void readCsv(Reader reader, Path file, Problems problems, Result result) {
        CsvRecords records = new CsvRecords(reader);
        try {
            if (!records.next()) {
                problems.add(file, 0, null, Text.of("io.read.employee.empty-file"));
                return;
            }
            CsvColumns columns = CsvColumns.of(records, file, problems, COLUMNS, List.of("id"),
                    name -> name.startsWith(ATTRIBUTE_PREFIX) && name.length() > ATTRIBUTE_PREFIX.length());
            if (columns == null) {
                return;
            }
            result.readable = true;
            while (records.next()) {
                if (problems.isFull(file)) {
                    return;
                }
                if (records.size() != columns.size()) {
                    problems.add(file, records.line(), null, Text.of("io.read.csv.field-count", "fields", records.size(),
                            "columns", columns.size()));
                    String id = records.size() > 0 && columns.index("id") < records.size() ? records.get(columns.index("id")) : "";
                    if (!id.isEmpty()) {
                        result.ids.putIfAbsent(id, records.line());
                    }
                    continue;
                }
                csvEmployee(records, columns, file, problems, result);
            }
        } catch (CsvRecords.FormatException e) {
            problems.add(file, e.line, null, e.text());
            result.readable = false;
        } catch (IOException e) {
            problems.ioFailure(file, e);
            result.readable = false;
        }
    }

    private static void csvEmployee(CsvRecords records, CsvColumns columns, Path file, Problems problems, Result result) {
        int line = records.line();
        boolean[] ok = {true};
        CsvRow row = new CsvRow(records, columns, file, line, problems, ok);
        String id = row.text("id");
        if (id.isEmpty()) {
            row.problem("id", Text.of("io.read.value.missing"));
        } else if (!registerId(id, line, "id", file, problems, result)) {
            ok[0] = false;
        }
        String name = row.text("name");
        LocalDate birth = row.value("birth_date", Values::date);
        LocalDate hire = row.value("hire_date", Values::date);
        LocalDate end = row.value("end_date", Values::date);
        if (hire != null && end != null && end.isBefore(hire)) {
            row.problem("end_date", Text.of("io.read.employee.end-before-hire", "end", end, "hire", hire));
        }
        Set<DayOfWeek> days = row.text("workdays").isEmpty() ? ContractualHours.fullTime().workdays() : row.value("workdays", Values::workdays);
        Integer minutes = row.text("daily_hours").isEmpty() ? Integer.valueOf(480) : row.value("daily_hours", Values::dailyMinutes);
        Map<String, String> wageColumns = Map.of("type", "wage_type", "amount", "wage_amount", "currency", "currency",
                "monthlyHours", "monthly_hours", "per", "salary_per", "weeklyHours", "weekly_hours");
        Wage wage = wage(row.text("wage_type"), row.text("wage_amount"), row.text("currency"), row.text("monthly_hours"),
                row.text("salary_per"), row.text("weekly_hours"),
                (key, message) -> row.problem(wageColumns.get(key), message));
        List<StatusPeriod> statuses = new ArrayList<>();
        for (String part : Values.split(row.text("statuses"), ";")) {
            StatusPeriod p = row.parse("statuses", part, EmployeeReader::statusPeriod);
            if (p != null) {
                VocabularyCheck.check(problems, Vocabulary.Field.STATUS, p.status(), message -> row.problem("statuses", message));
                statuses.add(p);
            }
        }
        Exclusion exclusion = null;
        String category = row.text("exclusion");
        LocalDate approved = row.value("exclusion_approved_on", Values::date);
        if (!category.isEmpty()) {
            VocabularyCheck.check(problems, Vocabulary.Field.EXCLUSION, category, message -> row.problem("exclusion", message));
            exclusion = new Exclusion(category, approved);
        } else if (!row.text("exclusion_approved_on").isEmpty()) {
            row.problem("exclusion_approved_on", Text.of("io.read.employee.approval-without-exclusion"));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : columns.names()) {
            if (column.startsWith(ATTRIBUTE_PREFIX)) {
                String value = row.text(column);
                if (!value.isEmpty()) {
                    VocabularyCheck.checkAttribute(problems, column.substring(ATTRIBUTE_PREFIX.length()), value,
                            message -> row.problem(column, message));
                    attributes.put(column.substring(ATTRIBUTE_PREFIX.length()), value);
                }
            }
        }
        if (!ok[0] || days == null || minutes == null) {
            return;
        }
        build(id, name.isEmpty() ? null : name, birth, hire, end, new ContractualHours(days, minutes), wage, statuses, exclusion,
                attributes, result, message -> problems.add(file, line, null, message));
    }

    /** {@code PREGNANT:2026-01-01..2026-09-30}, or open-ended {@code PREGNANT:2026-01-01..}. */
    static StatusPeriod statusPeriod(String text) throws ValueException {
        String s = text.trim();
        int colon = s.indexOf(':');
        int dots = s.indexOf("..");
        if (colon <= 0 || dots < colon) {
            throw new ValueException(Text.of("io.read.employee.status-period", "text", s));
        }
        String status = s.substring(0, colon).trim();
        LocalDate from = Values.date(s.substring(colon + 1, dots));
        String toText = s.substring(dots + 2).trim();
        if (toText.isEmpty()) {
            return new StatusPeriod(status, LocalDateRange.ofUnboundedEnd(from));
        }
        LocalDate to = Values.date(toText);
        if (to.isBefore(from)) {
            throw new ValueException(Text.of("io.read.employee.status-period-reversed", "text", s));
        }
        return new StatusPeriod(status, LocalDateRange.ofClosed(from, to));
    }

    /** The fields of one CSV record, by column name, reporting into the problems. */
    private static final class CsvRow {
        private final CsvRecords records;
        private final CsvColumns columns;
        private final Path file;
        private final int line;
        private final Problems problems;
        private final boolean[] ok;

        CsvRow(CsvRecords records, CsvColumns columns, Path file, int line, Problems problems, boolean[] ok) {
            this.records = records;
            this.columns = columns;
            this.file = file;
            this.line = line;
            this.problems = problems;
            this.ok = ok;
        }

        String text(String column) {
            return CsvColumns.get(records, columns.index(column));
        }

        <T> T value(String column, Fields.Parser<T> parser) {
            String text = text(column);
            return text.isEmpty() ? null : parse(column, text, parser);
        }

        <T> T parse(String column, String text, Fields.Parser<T> parser) {
            try {
                return parser.parse(text);
            } catch (ValueException e) {
                problem(column, e.text());
                return null;
            }
        }

        void problem(String column, Text message) {
            ok[0] = false;
            problems.add(file, line, column, message);
        }
    }

    // ---- shared --------------------------------------------------------------------------------------------

    private static boolean registerId(String id, int line, String field, Path file, Problems problems, Result result) {
        Integer first = result.ids.putIfAbsent(id, line);
        if (first != null) {
            problems.add(file, line, field, Text.of("io.read.employee.duplicate-id", "id", id, "first", first));
            return false;
        }
        return true;
    }

    interface WageReport {
        void problem(String key, Text message);
    }

    /**
     * A wage from its parts (keys {@code type}, {@code amount}, {@code currency}, {@code monthlyHours}, {@code per},
     * {@code weeklyHours}); null when all are blank (wage unknown) or when a part is wrong (reported).
     */
    static Wage wage(String type, String amount, String currency, String monthlyHours, String per, String weeklyHours,
            WageReport report) {
        type = blankToNull(type);
        amount = blankToNull(amount);
        currency = blankToNull(currency);
        monthlyHours = blankToNull(monthlyHours);
        per = blankToNull(per);
        weeklyHours = blankToNull(weeklyHours);
        if (type == null && amount == null && currency == null && monthlyHours == null && per == null && weeklyHours == null) {
            return null;
        }
        boolean ok = true;
        String kind = type == null ? null : type.trim().toLowerCase(java.util.Locale.ROOT);
        if (kind == null) {
            report.problem("type", Text.of("io.read.wage.missing-type"));
            ok = false;
        } else if (!kind.equals("monthly") && !kind.equals("hourly") && !kind.equals("salaried")) {
            report.problem("type", Text.of("io.read.wage.bad-type", "text", type.trim()));
            ok = false;
            kind = null;
        }
        CurrencyUnit unit = null;
        if (currency == null) {
            report.problem("currency", Text.of("io.read.wage.missing-currency"));
            ok = false;
        } else {
            try {
                unit = Values.currency(currency);
            } catch (ValueException e) {
                report.problem("currency", e.text());
                ok = false;
            }
        }
        Money money = null;
        if (amount == null) {
            report.problem("amount", Text.of("io.read.wage.missing-amount"));
            ok = false;
        } else if (unit != null) {
            try {
                money = Values.money(unit, amount);
            } catch (ValueException e) {
                report.problem("amount", e.text());
                ok = false;
            }
        }
        BigDecimal hours = null;
        if ("monthly".equals(kind) && monthlyHours == null) {
            report.problem("monthlyHours", Text.of("io.read.wage.monthly-needs-hours"));
            ok = false;
        } else if (monthlyHours != null && kind != null && !kind.equals("monthly")) {
            report.problem("monthlyHours", Text.of("io.read.wage.only-monthly-hours", "kind", kind));
            ok = false;
        } else if (monthlyHours != null) {
            try {
                hours = Values.positiveDecimal(monthlyHours);
            } catch (ValueException e) {
                report.problem("monthlyHours", e.text());
                ok = false;
            }
        }
        Wage.SalaryPeriod period = null;
        BigDecimal weekly = null;
        if ("salaried".equals(kind)) {
            if (per == null) {
                report.problem("per", Text.of("io.read.wage.salary-needs-period"));
                ok = false;
            } else {
                try {
                    period = Wage.SalaryPeriod.valueOf(per.trim().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    report.problem("per", Text.of("io.read.wage.bad-period", "text", per.trim()));
                    ok = false;
                }
            }
            if (weeklyHours == null) {
                report.problem("weeklyHours", Text.of("io.read.wage.salary-needs-hours"));
                ok = false;
            } else {
                try {
                    weekly = Values.positiveDecimal(weeklyHours);
                } catch (ValueException e) {
                    report.problem("weeklyHours", e.text());
                    ok = false;
                }
            }
        } else if (kind != null) {
            if (per != null) {
                report.problem("per", Text.of("io.read.wage.only-salaried-period", "kind", kind));
                ok = false;
            }
            if (weeklyHours != null) {
                report.problem("weeklyHours", Text.of("io.read.wage.only-salaried-hours", "kind", kind));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        return switch (kind) {
            case "monthly" -> new Wage.Monthly(money, hours);
            case "salaried" -> new Wage.Salaried(money, period, weekly);
            default -> new Wage.Hourly(money);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    interface BuildReport {
        void problem(Text message);
    }

    private static void build(String id, String name, LocalDate birth, LocalDate hire, LocalDate end, ContractualHours contract,
            Wage wage, List<StatusPeriod> statuses, Exclusion exclusion, Map<String, String> attributes, Result result,
            BuildReport report) {
        try {
            result.employees.add(new Employee(id, name, birth, hire, end, contract, wage, statuses, exclusion, attributes));
        } catch (RuntimeException e) {
            report.problem(Text.verbatim(String.valueOf(e.getMessage()))); // the domain's own check, said in English
        }
    }
}
