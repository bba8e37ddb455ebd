package org.worktime.server.punch;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;

/** {@code POST .../punches}: clock in or out, answered with the employee's state after it. */
@RestController
@RequestMapping("/api/v1/workplaces/{workplace}/employees/{employee}/punches")
class PunchController {

    private final PunchService punches;
    private final WorkplaceRepository workplaces;

    PunchController(PunchService punches, WorkplaceRepository workplaces) {
        this.punches = punches;
        this.workplaces = workplaces;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(group = "punches.write", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE})
    PunchService.Result punch(@PathVariable String workplace, @PathVariable String employee, @RequestBody PunchService.Request request) {
        return punches.punch(CurrentUser.get(), workplace, employee, request);
    }

    @GetMapping
    @Allowed(group = "punches.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    List<PunchService.Punch> list(@PathVariable String workplace, @PathVariable String employee,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        WorktimeUser user = CurrentUser.get();
        ZoneId zone = ZoneId.of(workplaces.get(user.tenantId(), workplace).zone());
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        return punches.list(user, workplace, employee, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
