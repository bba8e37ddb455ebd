package org.worktime.server.extra;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.workplace.WorkplaceRepository;

/**
 * Records an earning, an attestation or a leave: read by worktime-io with the workplace and the employee (the same
 * reader, the same messages as a file's), stored, audited. {@code POST /api/v1/workplaces/{wp}/{earnings|attestations|leave}}
 * and the Employee page's leave form both come here; the caller has checked the role (HR administrators).
 */
@Service
public class ExtraRecords {

    /** The stored record's id and employee. */
    public record Created(String id, String employee) {
    }

    private final JdbcClient jdbc;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final Bundles bundles;
    private final AuditTrail audit;
    private final Clock clock;

    ExtraRecords(JdbcClient jdbc, WorkplaceRepository workplaces, EmployeeRepository employees, Bundles bundles, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.workplaces = workplaces;
        this.employees = employees;
        this.bundles = bundles;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param kind {@code earnings}, {@code attestations} or {@code leave} (the API's path)
     * @param body the bundle's map of the record (docs/FORMATS.md)
     * @throws org.worktime.server.web.ApiException 422 with the reader's problems, in the request's language
     */
    @Transactional
    public Created create(WorktimeUser user, String workplace, String kind, Map<String, Object> body) {
        var wp = workplaces.get(user.tenantId(), workplace);
        // Only the record's employee when they exist, with the workplace's agreements scoped to them (as a shift is read):
        // an agreement naming employees not entered yet must not refuse the record. Otherwise all, so that the
        // reader's "unknown employee ...; did you mean ...?" can name the nearest.
        EmployeeRepository.StoredEmployee own = body.get("employee") instanceof String who
                ? employees.find(user.tenantId(), workplace, who).orElse(null) : null;
        Bundles.Parts parts = (own != null
                ? Bundles.Parts.of(Bundles.scoped(wp.definition(), Set.of(own.id())), List.of(own.definition()))
                : Bundles.Parts.of(wp.definition(), employees.all(user.tenantId(), workplace).stream()
                        .map(EmployeeRepository.StoredEmployee::definition).toList())).withLeaveRecorded();
        (kind.equals("earnings") ? parts.earnings() : kind.equals("leave") ? parts.leave() : parts.attestations()).add(body);
        String what = ExtraController.what(kind);
        bundles.dataset(parts, kind + "[0]", org.worktime.core.finding.Text.of("server.problem.record-invalid", "what", what));
        String id = UUID.randomUUID().toString();
        String employee = (String) body.get("employee");
        String data = bundles.toJson(body);
        jdbc.sql("insert into extra_record (id, tenant_id, workplace_id, kind, employee_id, data, status, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
                .params(id, user.tenantId(), workplace, ExtraController.kindOf(kind), employee, data, user.getUsername(),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        audit.record(user.tenantId(), user.getUsername(), "CREATE", what, id, null, data, null);
        return new Created(id, employee);
    }
}
