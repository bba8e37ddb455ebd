package org.worktime.server.ui.schedule;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.worktime.core.domain.Workplace;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.imports.ImportService;
import org.worktime.server.schedule.ScheduleService;
import org.worktime.server.schedule.WhatIf;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.timerecord.ShiftRepository;
import org.worktime.server.timerecord.ShiftService;
import org.worktime.server.timerecord.ShiftVersion;
import org.worktime.server.ui.Pages;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Schedule: a week of planned shifts for the employees the user may see, one row each. Typing a planned shift asks the
 * engine at once (htmx, {@code /schedule/check}) what it would cause before it is saved; saving, removing (a void with
 * its reason), copying the week to the next and importing a plan file go through the same services as the API, with
 * their checks and audit rows. HR and managers write; auditors read. {@code ?team=} shows one team's employees only.
 */
@Controller
class SchedulePageController {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final ShiftRepository shifts;
    private final ShiftService shiftService;
    private final ScheduleService schedule;
    private final ImportService imports;
    private final org.worktime.server.records.Bundles bundles;
    private final Clock clock;

    SchedulePageController(WorkplaceRepository workplaces, EmployeeRepository employees, ShiftRepository shifts, ShiftService shiftService,
            ScheduleService schedule, ImportService imports, org.worktime.server.records.Bundles bundles, Clock clock) {
        this.bundles = bundles;
        this.workplaces = workplaces;
        this.employees = employees;
        this.shifts = shifts;
        this.shiftService = shiftService;
        this.schedule = schedule;
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping("/workplaces/{workplace}/schedule")
    String page(@PathVariable String workplace, @RequestParam(required = false) String week, @RequestParam(required = false) String team,
            @RequestParam(required = false) String edit, Model model) {
        WorktimeUser user = reader();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        LocalDate first = firstDay(wp, week);
        fill(user, wp, first, team, model);
        if (edit != null && !edit.isBlank()) {
            // A saved planned shift to change in place: the form filled with it, saved as a correction with a reason.
            writer();
            ShiftVersion current = schedule.planned(user, workplace, edit.strip());
            model.addAttribute("editing", current.recordId());
            model.addAttribute("form", ScheduleForm.of(current, ZoneId.of(wp.zone())));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ScheduleForm.empty(first));
        }
        return "schedule/schedule";
    }

    /** The warning the changed planned shift would cause, in place of its saved version; nothing is written. */
    @PostMapping("/workplaces/{workplace}/schedule/{record}/check")
    String checkChange(@PathVariable String workplace, @PathVariable String record, @ModelAttribute ScheduleForm form, Model model) {
        WorktimeUser user = writer();
        workplaces.get(user.tenantId(), workplace);
        model.addAttribute("checked", true);
        if (!form.complete()) {
            model.addAttribute("incomplete", true);
            return "schedule/schedule :: whatif";
        }
        try {
            model.addAttribute("whatIf", schedule.whatIfChange(user, workplace, record, form.shift()));
        } catch (ApiException e) {
            model.addAttribute("problem", e);
        }
        return "schedule/schedule :: whatif";
    }

    /** Saves the change of a planned shift through the API's correction: a new version with the reason given. */
    @PostMapping("/workplaces/{workplace}/schedule/{record}/change")
    String change(@PathVariable String workplace, @PathVariable String record, @ModelAttribute ScheduleForm form,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String team, Model model) {
        WorktimeUser user = writer();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        if (form.complete()) {
            try {
                ShiftVersion saved = schedule.change(user, workplace, record, form.shift(), reason);
                LocalDate day = saved.start().atZone(ZoneId.of(wp.zone())).toLocalDate();
                return back(workplace, day.toString(), team, "changed=" + saved.recordId());
            } catch (ApiException e) {
                model.addAttribute("problem", e);
            }
        } else {
            model.addAttribute("incomplete", true);
        }
        fill(user, wp, firstDay(wp, form.date()), team, model);
        model.addAttribute("editing", record);
        model.addAttribute("reason", reason);
        model.addAttribute("form", form);
        model.addAttribute("checked", true);
        return "schedule/schedule";
    }

    /** The warning the typed shift would cause, for htmx to put under the form; nothing is written. */
    @PostMapping("/workplaces/{workplace}/schedule/check")
    String check(@PathVariable String workplace, @ModelAttribute ScheduleForm form, Model model) {
        WorktimeUser user = writer();
        workplaces.get(user.tenantId(), workplace);
        model.addAttribute("checked", judge(user, workplace, form, model));
        return "schedule/schedule :: whatif";
    }

    @PostMapping("/workplaces/{workplace}/schedule")
    String save(@PathVariable String workplace, @ModelAttribute ScheduleForm form, @RequestParam(required = false) String team, Model model) {
        WorktimeUser user = writer();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        if (form.complete()) {
            try {
                ShiftVersion saved = schedule.save(user, workplace, form.shift());
                LocalDate day = saved.start().atZone(ZoneId.of(wp.zone())).toLocalDate();
                return back(workplace, day.toString(), team, "saved=" + saved.recordId());
            } catch (ApiException e) {
                model.addAttribute("problem", e);
            }
        } else {
            model.addAttribute("incomplete", true);
        }
        LocalDate first = firstDay(wp, form.date());
        fill(user, wp, first, team, model);
        model.addAttribute("form", form);
        model.addAttribute("checked", true);
        return "schedule/schedule";
    }

    @PostMapping("/workplaces/{workplace}/schedule/{record}/remove")
    String remove(@PathVariable String workplace, @PathVariable String record, @RequestParam String week,
            @RequestParam(required = false) String team) {
        WorktimeUser user = writer();
        ShiftVersion current = shiftService.visible(user, workplace, record);
        if (!current.origin().equals("PLANNED")) {
            throw ApiException.notFound("the planned shift " + record);
        }
        shiftService.voidRecord(user, workplace, record, "removed from the schedule");
        return back(workplace, safeDate(week), team, "removed");
    }

    @PostMapping("/workplaces/{workplace}/schedule/copy")
    String copy(@PathVariable String workplace, @RequestParam String week, @RequestParam(required = false) String team) {
        WorktimeUser user = writer();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        LocalDate first = firstDay(wp, week);
        ScheduleService.Copied copied = schedule.copyWeek(user, workplace, first);
        return back(workplace, first.plusDays(7).toString(), team, "copied=" + copied.copied() + "&skipped=" + copied.skipped());
    }

    /** A plan file (shifts.csv with origin PLANNED, as {@code worktime plan} writes it) through the import service. */
    @PostMapping("/workplaces/{workplace}/schedule/import")
    String importPlan(@PathVariable String workplace, @RequestParam String week, @RequestParam(required = false) String team,
            @RequestParam("file") MultipartFile file, Model model) throws IOException {
        WorktimeUser user = writer();
        if (user.role() != Role.HR_ADMIN) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "Forbidden", "imports are for HR", List.of());
        }
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "plan.csv" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        try {
            ImportService.Result result = imports.importShifts(user.tenantId(), user.getUsername(), workplace, name, file.getBytes(), null);
            return back(workplace, safeDate(week), team, "imported=" + result.shifts());
        } catch (ApiException e) {
            model.addAttribute("importProblem", e);
            fill(user, wp, firstDay(wp, week), team, model);
            model.addAttribute("form", ScheduleForm.empty(firstDay(wp, week)));
            return "schedule/schedule";
        }
    }

    private boolean judge(WorktimeUser user, String workplace, ScheduleForm form, Model model) {
        if (!form.complete()) {
            model.addAttribute("incomplete", true);
            return true;
        }
        try {
            WhatIf whatIf = schedule.whatIf(user, workplace, form.shift());
            model.addAttribute("whatIf", whatIf);
        } catch (ApiException e) {
            model.addAttribute("problem", e);
        }
        return true;
    }

    /**
     * The grid of the week: the employees the user may see, of one team when {@code team} names one of theirs (as This
     * week's picker); the form's employee list is the grid's rows.
     */
    private void fill(WorktimeUser user, StoredWorkplace wp, LocalDate first, String team, Model model) {
        ZoneId zone = ZoneId.of(wp.zone());
        List<StoredEmployee> all = employees.visible(user, wp.id());
        List<String> teams = all.stream().map(StoredEmployee::team).filter(t -> t != null && !t.isBlank()).distinct().sorted().toList();
        String picked = team != null && teams.contains(team.strip()) ? team.strip() : null;
        List<StoredEmployee> visible = picked == null ? all : all.stream().filter(e -> picked.equals(e.team())).toList();
        Set<String> ids = visible.stream().map(StoredEmployee::id).collect(Collectors.toSet());
        List<LocalDate> days = first.datesUntil(first.plusDays(7)).toList();
        Map<String, Map<LocalDate, List<ScheduleCell>>> grid = new LinkedHashMap<>();
        visible.forEach(e -> grid.put(e.id(), new HashMap<>()));
        for (ShiftVersion v : shifts.live(user.tenantId(), wp.id(), ids, first.atStartOfDay(zone).toInstant(),
                first.plusDays(7).atStartOfDay(zone).toInstant())) {
            ZonedDateTime start = v.start().atZone(zone);
            ScheduleCell cell = new ScheduleCell(v.recordId(), v.origin().equals("PLANNED"), HM.format(start), HM.format(v.end().atZone(zone)));
            grid.get(v.employeeId()).computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(cell);
        }
        List<Row> rows = visible.stream().map(e -> new Row(e.id(), name(e), days.stream()
                .map(d -> grid.get(e.id()).getOrDefault(d, List.of())).toList())).toList();
        model.addAttribute("workplace", wp);
        model.addAttribute("teams", teams);
        model.addAttribute("team", picked);
        model.addAttribute("days", days);
        model.addAttribute("rows", rows);
        model.addAttribute("first", first);
        model.addAttribute("previous", first.minusDays(7));
        model.addAttribute("next", first.plusDays(7));
        model.addAttribute("writes", user.role() == Role.HR_ADMIN || user.role() == Role.MANAGER);
        model.addAttribute("imports", user.role() == Role.HR_ADMIN);
        model.addAttribute("range", org.threeten.extra.LocalDateRange.ofClosed(first, first.plusDays(6)));
    }

    /** An employee row: id, name and the shifts of each of the seven days. */
    public record Row(String id, String name, List<List<ScheduleCell>> days) {
    }

    private static String name(StoredEmployee e) {
        return e.definition().get("name") instanceof String n ? n : e.id();
    }

    /** The first day of the workweek holding {@code week} (a date), else the current week, in the workplace's zone. */
    private LocalDate firstDay(StoredWorkplace wp, String week) {
        Workplace workplace = bundles.workplace(wp.definition());
        ZoneId zone = workplace.zone();
        LocalDate day;
        try {
            day = week == null || week.isBlank() ? clock.instant().atZone(zone).toLocalDate() : LocalDate.parse(week.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("week: expected a date such as 2026-03-09, found '" + week + "'");
        }
        return workplace.weekStartOf(day.atTime(12, 0).atZone(zone).toInstant()).toLocalDate();
    }

    /**
     * The schedule's address after a change: the week, the team that was picked (so the user stays on the rows they were
     * working on; a team that is not theirs is no filter there, as on the page) and the change's notice.
     */
    private static String back(String workplace, String week, String team, String notice) {
        String picked = team == null || team.isBlank() ? ""
                : "&team=" + java.net.URLEncoder.encode(team.strip(), java.nio.charset.StandardCharsets.UTF_8);
        return "redirect:/workplaces/" + workplace + "/schedule?week=" + week + picked + "&" + notice;
    }

    private static String safeDate(String week) {
        try {
            return LocalDate.parse(week.strip()).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            return "";
        }
    }

    private static WorktimeUser reader() {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the schedule");
        }
        return user;
    }

    private static WorktimeUser writer() {
        WorktimeUser user = reader();
        if (user.role() != Role.HR_ADMIN && user.role() != Role.MANAGER) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "Forbidden", "the schedule is read-only for this role", List.of());
        }
        return user;
    }
}
