package org.worktime.plan.out;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.plan.OptionPlan;
import org.worktime.plan.PlanResult;
import static org.worktime.plan.out.Words.hours;
import static org.worktime.plan.out.Words.t;


/**
 * A plan for people to read: the comparison of the options, then each option's answer (hours, paperwork, premium,
 * health measures, rest owed, shortfall) and its weekly hours per employee. The shifts themselves are in the JSON, the
 * HTML chart and the shifts CSV files.
 */
public final class PlanTextWriter {

    private PlanTextWriter() {
    }

    public static void write(PlanResult r, Language lang, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        var p = r.project();
        int weeks = p.window().lengthInDays() / 7;
        s.append(t(lang, "plan.text.header", "id", p.id(), "workplace", r.workplace().name(), "jurisdiction", r.workplace().jurisdiction(),
                "from", p.window().getStart(), "to", p.window().getEndInclusive(), "weeks", weeks, "plannedOn", p.plannedOn())).append('\n');
        s.append(t(lang, "plan.text.team", "count", r.team().size(), "ids", ids(r.team()))).append('\n');
        long target = r.options().isEmpty() ? 0 : r.options().get(0).targetSeconds();
        String kind = switch (p.work().kind()) {
            case PER_WEEK -> "perWeek";
            case PER_EMPLOYEE -> "perEmployee";
            default -> "total";
        };
        s.append(t(lang, "plan.text.work", "hours", Duration.ofSeconds(target), "kind", kind, "each", Duration.ofSeconds(p.work().seconds())));
        s.append("\n\n");

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(lang, "plan.text.column.option"), t(lang, "plan.text.column.fits"), t(lang, "plan.text.column.planned"),
            t(lang, "plan.text.column.difference"), t(lang, "plan.text.column.premium"), t(lang, "plan.text.column.paperwork"),
            t(lang, "plan.text.column.warnings"), t(lang, "plan.text.column.solve")});
        for (OptionPlan o : r.options()) {
            long todo = o.paperwork().stream().filter(w -> !w.onFile()).count();
            rows.add(new String[] {o.id(), Words.yesNo(lang, o.fits()), hours(o.plannedSeconds()),
                hours(o.differenceSeconds()), Words.money(o.premium()), Long.toString(todo), Integer.toString(o.warnings().size()),
                Long.toString(o.solveMillis())});
        }
        table(s, rows);

        for (OptionPlan o : r.options()) {
            s.append("\n== ").append(o.id()).append(": ").append(o.title().in(lang)).append(" ==\n");
            s.append(t(lang, "plan.text.fits", "fits", o.fits() ? "yes" : "no", "planned", Duration.ofSeconds(o.plannedSeconds()),
                    "target", Duration.ofSeconds(o.targetSeconds()), "violations", o.violationsLeft().size())).append('\n');
            if (!o.shifts().isEmpty()) {
                s.append(t(lang, "plan.text.hours-per-employee")).append('\n');
                weekly(s, r, o, lang);
            }
            list(s, t(lang, "plan.section.paperwork"), Words.paperwork(o.paperwork(), lang));
            s.append(t(lang, "plan.text.premium", "count", o.premium().size(), "amounts", Words.amounts(o.premium()))).append('\n');
            list(s, t(lang, "plan.section.warnings"), warnings(o.warnings(), lang));
            list(s, t(lang, "plan.section.rest"), texts(o.restAfter(), lang));
            list(s, t(lang, "plan.section.gap"), texts(o.shortfall(), lang));
            list(s, t(lang, "plan.section.notes"), texts(o.notes(), lang));
        }
        out.write(s.toString());
    }

    private static String ids(List<Employee> team) {
        List<String> ids = team.stream().map(Employee::id).toList();
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + ", ...";
    }

    private static void weekly(StringBuilder s, PlanResult r, OptionPlan o, Language lang) {
        LocalDate start = r.project().window().getStart();
        int weeks = r.project().window().lengthInDays() / 7;
        Map<String, long[]> byEmployee = new LinkedHashMap<>();
        for (String id : o.hoursByEmployee().keySet()) {
            byEmployee.put(id, new long[weeks]);
        }
        for (Shift sh : o.shifts()) {
            LocalDate day = sh.start().atZone(r.workplace().zone()).toLocalDate();
            int w = (int) ((day.toEpochDay() - start.toEpochDay()) / 7);
            byEmployee.get(sh.employeeId())[w] += sh.workedSeconds();
        }
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[weeks + 2];
        head[0] = "";
        for (int w = 0; w < weeks; w++) {
            head[w + 1] = start.plusWeeks(w).toString().substring(5);
        }
        head[weeks + 1] = t(lang, "plan.text.total");
        rows.add(head);
        byEmployee.forEach((id, week) -> {
            String[] row = new String[weeks + 2];
            row[0] = id;
            long total = 0;
            for (int w = 0; w < weeks; w++) {
                row[w + 1] = hours(week[w]);
                total += week[w];
            }
            row[weeks + 1] = hours(total);
            rows.add(row);
        });
        table(s, rows);
    }


    /** The engine's warnings grouped by rule and message, with how many employees or periods each concerns. */
    private static List<String> warnings(List<Finding> findings, Language lang) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (Finding f : findings) {
            counts.merge(List.of(f.severity().name(), f.ruleId(), f.message()), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((k, n) -> lines.add(t(lang, "plan.text.warning", "severity", k.get(0), "rule", k.get(1), "message", k.get(2), "count", n)));
        return lines;
    }

    private static List<String> texts(List<Text> texts, Language lang) {
        return texts.stream().map(x -> x.in(lang)).toList();
    }

    private static void list(StringBuilder s, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        s.append(title).append(":\n");
        for (String l : lines) {
            s.append("  - ").append(l).append('\n');
        }
    }

    /** The rows as a table: the first column left-aligned, the others right-aligned (worktime-io's text table). */
    private static void table(StringBuilder s, List<String[]> rows) {
        boolean[] right = new boolean[rows.get(0).length];
        java.util.Arrays.fill(right, true);
        right[0] = false;
        org.worktime.io.write.TextTable table = new org.worktime.io.write.TextTable(right);
        rows.forEach(table::row);
        table.lines("").forEach(line -> s.append(line).append('\n'));
    }
}
