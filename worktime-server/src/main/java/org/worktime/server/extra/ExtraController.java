package org.worktime.server.extra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;

/**
 * Earnings (pay beyond the wage), attestations (facts a person vouches for) and leave (annual, sick, maternity ... as
 * an HR system records it), as the bundle's {@code earnings:}, {@code attestations:} and {@code leave:} maps of
 * docs/FORMATS.md, read by worktime-io with the workplace and its employees. Voided,
 * never deleted; the evaluations read the live ones.
 */
@RestController
@RequestMapping("/api/v1/workplaces/{workplace}/{kind:earnings|attestations|leave}")
class ExtraController {

    record Extra(String id, String employee, String status, Map<String, Object> data) {
    }

    record Voiding(String reason) {
    }

    private final JdbcClient jdbc;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final Bundles bundles;
    private final AuditTrail audit;
    private final ExtraRecords records;

    ExtraController(JdbcClient jdbc, WorkplaceRepository workplaces, EmployeeRepository employees, Bundles bundles, AuditTrail audit,
            ExtraRecords records) {
        this.jdbc = jdbc;
        this.workplaces = workplaces;
        this.employees = employees;
        this.bundles = bundles;
        this.audit = audit;
        this.records = records;
    }

    @GetMapping
    @Allowed(group = "extras.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    List<Extra> list(@PathVariable String workplace, @PathVariable String kind) {
        WorktimeUser user = CurrentUser.get();
        workplaces.get(user.tenantId(), workplace);
        Set<String> visible = employees.visible(user, workplace).stream().map(EmployeeRepository.StoredEmployee::id).collect(Collectors.toSet());
        return jdbc.sql("select id, employee_id, status, data from extra_record where tenant_id = ? and workplace_id = ? and kind = ?"
                + " order by recorded_at, id")
                .params(user.tenantId(), workplace, kindOf(kind))
                .query((rs, n) -> new Extra(rs.getString(1), rs.getString(2), rs.getString(3), bundles.parse(rs.getString(4)))).list()
                .stream().filter(e -> visible.contains(e.employee())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(group = "extras.write", value = Role.HR_ADMIN)
    Extra create(@PathVariable String workplace, @PathVariable String kind, @RequestBody Map<String, Object> body) {
        ExtraRecords.Created created = records.create(CurrentUser.get(), workplace, kind, body);
        return new Extra(created.id(), created.employee(), "ACTIVE", body);
    }

    @PostMapping("/{id}/void")
    @Allowed(group = "extras.write", value = Role.HR_ADMIN)
    @Transactional
    Extra voidRecord(@PathVariable String workplace, @PathVariable String kind, @PathVariable String id, @RequestBody Voiding body) {
        WorktimeUser user = CurrentUser.get();
        if (body.reason() == null || body.reason().isBlank()) {
            throw ApiException.invalid("a reason is required", List.of(FieldProblem.field("reason", "say why the record is voided")));
        }
        Extra extra = jdbc.sql("select id, employee_id, status, data from extra_record where tenant_id = ? and workplace_id = ? and kind = ?"
                + " and id = ?").params(user.tenantId(), workplace, kindOf(kind), id)
                .query((rs, n) -> new Extra(rs.getString(1), rs.getString(2), rs.getString(3), bundles.parse(rs.getString(4)))).optional()
                .orElseThrow(() -> ApiException.notFound("the record " + id));
        if (!extra.status().equals("ACTIVE")) {
            throw ApiException.conflict("the record " + id + " is void already");
        }
        // The one status change of an extra record; its content is never touched, and the audit row says who and why.
        jdbc.sql("update extra_record set status = 'VOID' where tenant_id = ? and id = ?").params(user.tenantId(), id).update();
        audit.record(user.tenantId(), user.getUsername(), "VOID", what(kind), id,
                bundles.toJson(extra.data()), null, body.reason().strip());
        return new Extra(id, extra.employee(), "VOID", extra.data());
    }

    static String kindOf(String path) {
        return switch (path) {
            case "earnings" -> "EARNING";
            case "leave" -> "LEAVE";
            default -> "ATTESTATION";
        };
    }

    /** The record's name in the audit trail and in problems. */
    static String what(String path) {
        return switch (path) {
            case "earnings" -> "earning";
            case "leave" -> "leave";
            default -> "attestation";
        };
    }
}
