package org.worktime.plan.out;

import java.io.IOException;
import java.io.Writer;
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
        s.append(t(lang, "Plan ", "계획 ")).append(p.id()).append(": ").append(r.workplace().name()).append(" (").append(r.workplace().jurisdiction())
                .append("), ").append(p.window().getStart()).append(t(lang, " to ", " ~ ")).append(p.window().getEndInclusive()).append(" (")
                .append(weeks).append(t(lang, weeks == 1 ? " week" : " weeks", "주")).append(t(lang, "), planned on ", "), 계획일 ")).append(p.plannedOn()).append('\n');
        s.append(t(lang, "Team: ", "팀: ")).append(r.team().size()).append(t(lang, " employees (", "명 (")).append(ids(r.team())).append(")\n");
        long target = r.options().isEmpty() ? 0 : r.options().get(0).targetSeconds();
        s.append(t(lang, "Work asked for: ", "요청 작업량: ")).append(hours(target)).append(t(lang, " h in all", "시간 (합계)"));
        switch (p.work().kind()) {
            case PER_WEEK -> s.append(t(lang, " (" + hours(p.work().seconds()) + " h a week)", " (주 " + hours(p.work().seconds()) + "시간)"));
            case PER_EMPLOYEE -> s.append(t(lang, " (" + hours(p.work().seconds()) + " h each)", " (1인 " + hours(p.work().seconds()) + "시간)"));
            default -> {
            }
        }
        s.append("\n\n");

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t(lang, "option", "선택지"), t(lang, "fits", "충족"), t(lang, "planned h", "계획 시간"), t(lang, "vs work", "차이"),
            t(lang, "premium", "가산임금"), t(lang, "to sign/do", "필요 서류"), t(lang, "warnings", "경고"), t(lang, "solve ms", "계산 ms")});
        for (OptionPlan o : r.options()) {
            long todo = o.paperwork().stream().filter(w -> !w.onFile()).count();
            rows.add(new String[] {o.option().id(), o.fits() ? t(lang, "yes", "예") : t(lang, "no", "아니오"), hours(o.plannedSeconds()),
                hours(o.differenceSeconds()), Words.money(o.premium()), Long.toString(todo), Integer.toString(o.warnings().size()),
                Long.toString(o.solveMillis())});
        }
        table(s, rows);

        for (OptionPlan o : r.options()) {
            s.append("\n== ").append(o.option().id()).append(": ").append(o.option().title().in(lang.code())).append(" ==\n");
            s.append(o.fits() ? t(lang, "Fits: ", "충족: ") : t(lang, "Does not fit: ", "미충족: ")).append(hours(o.plannedSeconds()))
                    .append(t(lang, " h planned of ", "시간 계획 / 요청 ")).append(hours(o.targetSeconds())).append(t(lang, " h; every shift judged lawful by the engine ("
                            + o.violationsLeft().size() + " violations)", "시간; 엔진 검사 결과 위반 " + o.violationsLeft().size() + "건")).append('\n');
            if (!o.shifts().isEmpty()) {
                s.append(t(lang, "Hours per employee and week:", "근로자별 주간 시간:")).append('\n');
                weekly(s, r, o);
            }
            list(s, t(lang, "Paperwork", "서류·절차"), Words.paperwork(o.paperwork(), lang));
            s.append(t(lang, "Premium pay (engine's pay rules): ", "가산임금 (엔진 계산): ")).append(Words.money(o.premium())).append('\n');
            list(s, t(lang, "Health measures, warnings and open questions (engine)", "건강보호 조치·경고·판단 불가 (엔진)"), warnings(o.warnings(), lang));
            list(s, t(lang, "Rest afterwards", "집중 근로 후 휴식"), texts(o.restAfter(), lang));
            list(s, t(lang, "What would close the gap", "부족분 해소 방안"), texts(o.shortfall(), lang));
            list(s, t(lang, "Notes", "참고"), texts(o.notes(), lang));
        }
        out.write(s.toString());
    }

    private static String ids(List<Employee> team) {
        List<String> ids = team.stream().map(Employee::id).toList();
        return ids.size() <= 12 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 12)) + ", ...";
    }

    private static void weekly(StringBuilder s, PlanResult r, OptionPlan o) {
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
        head[weeks + 1] = "total";
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
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Finding f : findings) {
            counts.merge(f.severity() + " " + f.ruleId() + ": " + f.message().in(lang.code()), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((k, n) -> lines.add(k + (n > 1 ? t(lang, " (x" + n + ")", " (" + n + "건)") : "")));
        return lines;
    }

    private static List<String> texts(List<Text> texts, Language lang) {
        return texts.stream().map(x -> x.in(lang.code())).toList();
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
