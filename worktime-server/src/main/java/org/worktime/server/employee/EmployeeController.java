package org.worktime.server.employee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.core.domain.Employee;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;

/** Employees: the body is one entry of the employees YAML of docs/FORMATS.md, as JSON. */
@RestController
@RequestMapping("/api/v1/workplaces/{workplace}/employees")
class EmployeeController {

    private final EmployeeRepository employees;
    private final WorkplaceRepository workplaces;
    private final Bundles bundles;
    private final AuditTrail audit;
    private final Clock clock;

    EmployeeController(EmployeeRepository employees, WorkplaceRepository workplaces, Bundles bundles, AuditTrail audit, Clock clock) {
        this.employees = employees;
        this.workplaces = workplaces;
        this.bundles = bundles;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    @Allowed(group = "employees.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    List<Map<String, Object>> list(@PathVariable String workplace) {
        WorktimeUser user = CurrentUser.get();
        workplaces.get(user.tenantId(), workplace);
        return employees.visible(user, workplace).stream().map(EmployeeRepository.StoredEmployee::definition).toList();
    }

    @GetMapping("/{id}")
    @Allowed(group = "employees.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    Map<String, Object> get(@PathVariable String workplace, @PathVariable String id) {
        return employees.visibleOne(CurrentUser.get(), workplace, id).definition();
    }

    /** Creates (201) or replaces (200) the employee; the audit row keeps the entry before and after. */
    @PutMapping("/{id}")
    @Allowed(group = "employees.write", value = Role.HR_ADMIN)
    @Transactional
    ResponseEntity<Map<String, Object>> put(@PathVariable String workplace, @PathVariable String id, @RequestBody Map<String, Object> document) {
        String tenant = CurrentUser.tenant();
        workplaces.get(tenant, workplace);
        if (!Objects.equals(document.get("id"), id)) {
            throw ApiException.invalid("the employee is not valid", List.of(FieldProblem.field("id",
                    "must be the id of the path, " + id + (document.get("id") == null ? "" : ", found " + document.get("id")))));
        }
        Employee employee = bundles.employee(document);
        String team = employee.attributes().get("team");
        String definition = bundles.toJson(document);
        Instant now = clock.instant();
        var existing = employees.find(tenant, workplace, id);
        String entityId = workplace + "/" + id;
        if (existing.isEmpty()) {
            employees.insert(tenant, workplace, id, team, definition, now);
            audit.record(tenant, CurrentUser.get().getUsername(), "CREATE", "employee", entityId, null, definition, null);
            return ResponseEntity.status(201).body(document);
        }
        employees.update(tenant, workplace, id, team, definition, now);
        audit.record(tenant, CurrentUser.get().getUsername(), "UPDATE", "employee", entityId, bundles.toJson(existing.get().definition()),
                definition, null);
        return ResponseEntity.ok(document);
    }
}
