package org.worktime.server.ui.employee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.engine.Ledger;
import org.worktime.core.engine.Timeline;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.WatchReport;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.evaluation.Evaluations;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.timerecord.ShiftRepository;
import org.worktime.server.ui.PageContext;
import org.worktime.server.ui.Pages;
import org.worktime.server.ui.Status;
import org.worktime.server.ui.Words;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * One employee's week: the hours of each day split ordinary / overtime / night / holiday (the engine's ledger and the
 * pack's pay lines), the caps, the findings with their citations and penalties, the pay lines, the arrangements in
 * force. An employee sees their own as "Me"; a record the user may not see is not found (404), as in the API.
 */
@Controller
class EmployeePageController {

    /** The corrected records shown in the history, newest first. */
    static final int HISTORY = 50;

    private final PageContext context;
    private final EmployeeRepository employees;
    private final ShiftRepository shifts;
    private final Evaluations evaluations;
    private final Clock clock;

    EmployeePageController(PageContext context, EmployeeRepository employees, ShiftRepository shifts, Evaluations evaluations, Clock clock) {
        this.context = context;
        this.employees = employees;
        this.shifts = shifts;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @GetMapping("/me")
    String me(Model model) {
        WorktimeUser user = CurrentUser.get();
        if (user.role() != Role.EMPLOYEE || user.workplaceId() == null || user.employeeId() == null) {
            return "redirect:/";
        }
        fill(user, user.workplaceId(), user.employeeId(), model);
        model.addAttribute("me", true);
        return "employee/employee";
    }

    @GetMapping("/workplaces/{workplace}/employees/{employee}")
    String employee(@PathVariable String workplace, @PathVariable String employee, Model model) {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user) && user.role() != Role.EMPLOYEE) {
            throw ApiException.notFound("the employee " + employee + " of workplace " + workplace);
        }
        fill(user, workplace, employee, model);
        model.addAttribute("me", user.role() == Role.EMPLOYEE);
        return "employee/employee";
    }

    private void fill(WorktimeUser user, String workplace, String id, Model model) {
        StoredWorkplace wp = context.workplace(user, workplace);
        StoredEmployee stored = employees.visibleOne(user, workplace, id);
        Instant now = clock.instant();
        WatchReport watch = evaluations.watchReport(user.tenantId(), wp, List.of(stored), now, Pages.RISK_SECONDS);
        WatchReport.EmployeeWatch line = watch.employees().get(0);
        Headroom h = line.headroom();
        LocalDateRange week = watch.week();
        LocalDate last = week.getEndInclusive();

        Dataset dataset = evaluations.dataset(user.tenantId(), wp, List.of(stored), week.getStart(), last);
        Evaluation evaluation = Evaluation.of(LocalDateRange.ofClosed(week.getStart(), last)).withAsOf(now);
        Report report = evaluations.evaluate(dataset, evaluation, wp.jurisdiction());
        EmployeeReport er = report.employees().get(0);
        JurisdictionPack pack = Evaluations.pack(wp.jurisdiction());
        List<Day> days = days(pack, dataset, evaluation, week, er.payLines());

        Words w = (Words) model.getAttribute("w");
        Employee employee = er.employee();
        Status status = Status.of(h.status(), h.weekBinds() || !h.hasUnit() ? h.recordedSeconds() : h.unitRecordedSeconds(),
                h.weekBinds() || !h.hasUnit() ? h.ceilingSeconds() : h.unitCeilingSeconds());
        model.addAttribute("workplace", wp);
        model.addAttribute("workplaceName", report.workplace().name());
        model.addAttribute("employee", employee);
        model.addAttribute("team", employee.attributes().getOrDefault("team", ""));
        model.addAttribute("week", week);
        model.addAttribute("asOf", now.atZone(report.workplace().zone()).toLocalDateTime());
        model.addAttribute("headroom", h);
        model.addAttribute("status", status);
        model.addAttribute("days", days);
        model.addAttribute("chartDays", Charts.perDay(days, h.dailyCeilingSeconds(), w));
        model.addAttribute("chartWeek", Charts.cumulative(days, h.weekBinds() ? h.ceilingSeconds() : null, w));
        model.addAttribute("findings", er.findings());
        model.addAttribute("payLines", er.payLines());
        model.addAttribute("payKinds", payKinds(pack, er.payLines()));
        model.addAttribute("totals", report.totalOwed().values());
        model.addAttribute("agreements", agreements(report.workplace().agreements(), employee.id(), now.atZone(report.workplace().zone()).toLocalDate()));
        model.addAttribute("contract", employee.contractualHours());
        month(user, wp, stored, pack, week, h, now, model, w);
        model.addAttribute("history", History.of(shifts.corrected(user.tenantId(), wp.id(), stored.id(), HISTORY), report.workplace().zone()));
    }

    /**
     * The month of today: its days (the engine's ledger and the pack's overtime, as the week's), the whole weeks that
     * overlap it against the weekly cap, and the employee's leave in it. The weeks are evaluated whole, so that a
     * week's total is the week's, not the part inside the month.
     */
    private void month(WorktimeUser user, StoredWorkplace wp, StoredEmployee stored, JurisdictionPack pack, LocalDateRange week, Headroom h,
            Instant now, Model model, Words w) {
        LocalDate today = now.atZone(java.time.ZoneId.of(wp.zone())).toLocalDate();
        LocalDate first = today.withDayOfMonth(1);
        LocalDate last = today.withDayOfMonth(today.lengthOfMonth());
        java.time.DayOfWeek weekStart = week.getStart().getDayOfWeek();
        LocalDate from = first.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekStart));
        LocalDate to = last.with(java.time.temporal.TemporalAdjusters.nextOrSame(weekStart.minus(1)));
        Dataset dataset = evaluations.dataset(user.tenantId(), wp, List.of(stored), from, to);
        Evaluation evaluation = Evaluation.of(LocalDateRange.ofClosed(from, to)).withAsOf(now);
        Report report = evaluations.evaluate(dataset, evaluation, wp.jurisdiction());
        List<Day> all = days(pack, dataset, evaluation, LocalDateRange.ofClosed(from, to), report.employees().get(0).payLines());
        List<Day> days = all.stream().filter(d -> !d.date().isBefore(first) && !d.date().isAfter(last)).toList();
        List<Charts.WeekTotal> weeks = new ArrayList<>();
        for (int i = 0; i + 7 <= all.size(); i += 7) {
            List<Day> seven = all.subList(i, i + 7);
            weeks.add(new Charts.WeekTotal(seven.get(0).date(), seven.stream().mapToLong(Day::worked).sum(),
                    seven.stream().mapToLong(Day::planned).sum()));
        }
        LocalDateRange month = LocalDateRange.ofClosed(first, last);
        model.addAttribute("month", month);
        model.addAttribute("monthDays", days);
        model.addAttribute("chartMonth", Charts.month(days, h.dailyCeilingSeconds(), w));
        model.addAttribute("chartMonthWeeks", Charts.weeks(weeks, h.weekBinds() ? h.ceilingSeconds() : null, w));
        model.addAttribute("monthTotal", days.stream().mapToLong(Day::worked).sum());
        model.addAttribute("leaveRecorded", dataset.leaveRecorded());
        model.addAttribute("leave", dataset.leaveOf(stored.id()).stream().filter(l -> l.dates().overlaps(month)).toList());
    }

    /** The engine's own day sums (the context the rules see) and the overtime the pack pays for each day. */
    private static List<Day> days(JurisdictionPack pack, Dataset dataset, Evaluation evaluation, LocalDateRange week, List<PayLine> lines) {
        Map<LocalDate, Long> overtime = new HashMap<>();
        for (PayLine l : lines) {
            LocalDateRange p = l.period();
            boolean oneDay = !p.isUnboundedEnd() && p.lengthInDays() == 1;
            if (oneDay && l.kind().equals("OVERTIME")) {
                overtime.merge(p.getStart(), l.seconds(), Long::sum);
            }
        }
        List<Day> days = new ArrayList<>();
        Engine.of(pack).forEachContext(dataset, evaluation, context -> {
            Ledger ledger = context.ledger();
            Timeline timeline = context.timeline();
            Map<LocalDate, Long> planned = new HashMap<>();
            for (int i = 0; i < timeline.size(); i++) {
                if (timeline.isPlanned(i)) {
                    planned.merge(timeline.workDate(i), timeline.seconds(i), Long::sum);
                }
            }
            for (LocalDate d : week.stream().toList()) {
                long worked = ledger.workedOn(d);
                long holiday = ledger.holidayOn(d);
                long ot = Math.min(overtime.getOrDefault(d, 0L), Math.max(0, worked - holiday));
                days.add(new Day(d, Math.max(0, worked - holiday - ot), ot, holiday, ledger.nightOn(d), planned.getOrDefault(d, 0L)));
            }
        });
        return days;
    }

    private static Map<String, Text> payKinds(JurisdictionPack pack, List<PayLine> lines) {
        Map<String, Text> kinds = new HashMap<>();
        lines.forEach(l -> kinds.computeIfAbsent(l.kind(), pack::payKindLabel));
        return kinds;
    }

    /** The workplace's agreements that cover the employee today, each with its name from the catalog when it has one. */
    private static List<Arrangement> agreements(List<Agreement> all, String employee, LocalDate today) {
        return all.stream().filter(a -> a.covers(employee, today)).map(a -> {
            String id = "server.ui.agreement." + a.kind();
            return new Arrangement(a.kind(), Catalog.contains(id) ? Text.of(id) : Text.verbatim(a.kind()), a.validity(), a.terms());
        }).toList();
    }

    /** An agreement in force: its kind, its name, its validity and terms as written. */
    public record Arrangement(String kind, Text name, LocalDateRange validity, Map<String, String> terms) {
    }

}
