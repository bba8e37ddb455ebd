package org.worktime.server.timerecord;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;

/**
 * Recorded shifts ({@code origin: ACTUAL}) and the schedule ({@code origin: PLANNED}) of a workplace. The body of a
 * new shift is a bundle shift map of docs/FORMATS.md; a correction and a void need a reason.
 */
@RestController
@RequestMapping("/api/v1/workplaces/{workplace}/shifts")
class ShiftController {

    private final ShiftService service;
    private final ShiftRepository shifts;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;

    ShiftController(ShiftService service, ShiftRepository shifts, WorkplaceRepository workplaces, EmployeeRepository employees) {
        this.service = service;
        this.shifts = shifts;
        this.workplaces = workplaces;
        this.employees = employees;
    }

    /** The live shifts starting or running on the dates [from, to] (workplace days), of the employees the user may see. */
    @GetMapping
    @Allowed(group = "shifts.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    List<ShiftVersion> list(@PathVariable String workplace, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) String employee) {
        WorktimeUser user = CurrentUser.get();
        var wp = workplaces.get(user.tenantId(), workplace);
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        ZoneId zone = ZoneId.of(wp.zone());
        Set<String> ids = employees.visible(user, workplace).stream().map(EmployeeRepository.StoredEmployee::id)
                .filter(id -> employee == null || id.equals(employee)).collect(Collectors.toSet());
        return shifts.live(user.tenantId(), workplace, ids, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(group = "shifts.write", value = {Role.HR_ADMIN, Role.MANAGER})
    ShiftVersion create(@PathVariable String workplace, @RequestBody Map<String, Object> shift) {
        return service.create(CurrentUser.get(), workplace, shift);
    }

    record History(ShiftVersion current, List<ShiftVersion> versions) {
    }

    /** The record's current version and its whole history. */
    @GetMapping("/{record}")
    @Allowed(group = "shifts.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    History get(@PathVariable String workplace, @PathVariable String record) {
        WorktimeUser user = CurrentUser.get();
        ShiftVersion current = service.visible(user, workplace, record);
        return new History(current, shifts.versions(user.tenantId(), workplace, record));
    }

    record Correction(Map<String, Object> shift, String reason) {
    }

    @PutMapping("/{record}")
    @Allowed(group = "shifts.write", value = {Role.HR_ADMIN, Role.MANAGER})
    ShiftVersion correct(@PathVariable String workplace, @PathVariable String record, @RequestBody Correction body) {
        if (body.shift() == null) {
            throw ApiException.invalid("the correction is not valid", List.of(org.worktime.server.web.FieldProblem.field("shift",
                    "missing: the corrected shift, a bundle shift map")));
        }
        return service.correct(CurrentUser.get(), workplace, record, body.shift(), body.reason());
    }

    record Voiding(String reason) {
    }

    @PostMapping("/{record}/void")
    @Allowed(group = "shifts.write", value = {Role.HR_ADMIN, Role.MANAGER})
    ShiftVersion voidRecord(@PathVariable String workplace, @PathVariable String record, @RequestBody Voiding body) {
        return service.voidRecord(CurrentUser.get(), workplace, record, body.reason());
    }
}
