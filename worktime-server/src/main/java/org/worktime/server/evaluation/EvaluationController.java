package org.worktime.server.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.core.i18n.Language;
import org.worktime.server.web.RequestLanguage;
import org.worktime.io.write.ReportWriter;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Evaluations of stored records, for the employees the user may see (an employee: themselves; a manager: the team),
 * optionally one ({@code employee=}), in the CLI's JSON contracts.
 */
@RestController
@RequestMapping("/api/v1/workplaces/{workplace}")
class EvaluationController {

    private final Evaluations evaluations;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;

    EvaluationController(Evaluations evaluations, WorkplaceRepository workplaces, EmployeeRepository employees) {
        this.evaluations = evaluations;
        this.workplaces = workplaces;
        this.employees = employees;
    }

    @GetMapping(value = "/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "evaluations", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    ResponseEntity<String> findings(@PathVariable String workplace, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String employee, @RequestParam(required = false) String lang) {
        return report(workplace, from, to, asOf, employee, lang, ReportWriter.Mode.CHECK);
    }

    @GetMapping(value = "/pay", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "evaluations", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    ResponseEntity<String> pay(@PathVariable String workplace, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String employee, @RequestParam(required = false) String lang) {
        return report(workplace, from, to, asOf, employee, lang, ReportWriter.Mode.PAY);
    }

    @GetMapping(value = "/watch", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "evaluations", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    ResponseEntity<String> watch(@PathVariable String workplace, @RequestParam String asOf, @RequestParam(defaultValue = "4") String riskHours,
            @RequestParam(required = false) String employee, @RequestParam(required = false) String lang) {
        WorktimeUser user = CurrentUser.get();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        Instant instant = Instants.parse("asOf", asOf, ZoneId.of(wp.zone()));
        return json(evaluations.watch(user.tenantId(), wp, scope(user, workplace, employee), instant, riskSeconds(riskHours), language(lang)));
    }

    @GetMapping(value = "/exempt", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "evaluations", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    ResponseEntity<String> exempt(@PathVariable String workplace, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String employee, @RequestParam(required = false) String lang) {
        WorktimeUser user = CurrentUser.get();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        return json(evaluations.exempt(user.tenantId(), wp, scope(user, workplace, employee), on, language(lang)));
    }

    private ResponseEntity<String> report(String workplace, LocalDate from, LocalDate to, String asOf, String employee, String lang,
            ReportWriter.Mode mode) {
        WorktimeUser user = CurrentUser.get();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        Instant instant = asOf == null ? null : Instants.parse("asOf", asOf, ZoneId.of(wp.zone()));
        return json(evaluations.report(user.tenantId(), wp, scope(user, workplace, employee), from, to, instant, mode, language(lang)));
    }

    /** The visible employees, or the one asked for (404 when not visible). */
    private List<StoredEmployee> scope(WorktimeUser user, String workplace, String employee) {
        if (employee != null) {
            return List.of(employees.visibleOne(user, workplace, employee));
        }
        return employees.visible(user, workplace);
    }

    /** The {@code lang} parameter, else the request's Accept-Language, else English (see {@link RequestLanguage}). */
    static Language language(String lang) {
        return lang == null ? RequestLanguage.current() : RequestLanguage.of(lang, null);
    }

    /** Hours as a non-negative decimal, as the CLI's --risk-hours, to whole seconds. */
    static long riskSeconds(String hours) {
        BigDecimal h;
        try {
            h = new BigDecimal(hours.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("riskHours: '" + hours + "' is not a number of hours: use e.g. 4 or 2.5");
        }
        if (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(168)) > 0) {
            throw ApiException.badRequest("riskHours: '" + hours + "' is out of range (0 to 168)");
        }
        return h.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
