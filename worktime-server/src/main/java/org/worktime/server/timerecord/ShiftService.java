package org.worktime.server.timerecord;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Shift;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Enters, corrects and voids time records. A shift is read as the bundle's shift map by worktime-io (its messages,
 * its checks: the end after the start, at most 24 h, breaks inside, the employee known, DST gaps and overlaps), then
 * checked against the stored shifts of the same employee and origin for overlap, then written as a new version with
 * its audit row in the same transaction.
 */
@Service
public class ShiftService {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ShiftRepository shifts;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final Bundles bundles;
    private final AuditTrail audit;
    private final Clock clock;
    /** Tells the alerts (issue 18) which employees changed; they check them after the commit. */
    private final org.springframework.context.ApplicationEventPublisher events;

    ShiftService(ShiftRepository shifts, WorkplaceRepository workplaces, EmployeeRepository employees, Bundles bundles, AuditTrail audit,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.shifts = shifts;
        this.workplaces = workplaces;
        this.employees = employees;
        this.bundles = bundles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enters a new shift (recorded or planned) for an employee the user may write for. */
    @Transactional
    public ShiftVersion create(WorktimeUser user, String workplace, Map<String, Object> body) {
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        requireWritable(user, wp, body);
        return insertNew(user.tenantId(), user.getUsername(), wp, body, null, null);
    }

    /**
     * A new shift read and checked exactly as {@link #create} would (the user's scope, the reader's checks, no overlap
     * with a stored shift), but not written: the bundle shift map it would be stored as, for a "what if" before saving.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> checkNew(WorktimeUser user, String workplace, Map<String, Object> body) {
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        requireWritable(user, wp, body);
        Read read = read(user.tenantId(), wp, body);
        checkOverlap(user.tenantId(), wp, read, null);
        return read.data;
    }

    /**
     * A correction of a live record read and checked exactly as {@link #correct} would (the record's scope, the user's
     * role, the reader's checks, no overlap with another stored shift), but not written: the bundle shift map it would
     * be stored as, for a "what if" before saving. The reason is asked at the saving.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> checkCorrection(WorktimeUser user, String workplace, String recordId, Map<String, Object> body) {
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        liveVersion(user, wp, recordId);
        requireWritable(user, wp, body);
        Read read = read(user.tenantId(), wp, body);
        checkOverlap(user.tenantId(), wp, read, recordId);
        return read.data;
    }

    /**
     * Enters a new shift without the role check (the punch service and imports, which check their own scope). Joins
     * the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ShiftVersion insertNew(String tenant, String actor, StoredWorkplace wp, Map<String, Object> body, String reason, String importId) {
        Read read = read(tenant, wp, body);
        checkOverlap(tenant, wp, read, null);
        return insert(tenant, actor, wp, read, reason, importId);
    }

    /**
     * Enters a shift that a file reader of worktime-io has already read (an import): refused, with nothing written,
     * when it overlaps a stored shift. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ShiftVersion insertRead(String tenant, String actor, StoredWorkplace wp, Shift shift, ZoneId zone, String reason, String importId) {
        Read read = new Read(shift, data(shift, zone));
        checkOverlap(tenant, wp, read, null);
        return insert(tenant, actor, wp, read, reason, importId);
    }

    private ShiftVersion insert(String tenant, String actor, StoredWorkplace wp, Read read, String reason, String importId) {
        ShiftVersion v = new ShiftVersion(UUID.randomUUID().toString(), 1, wp.id(), read.shift.employeeId(), read.shift.origin().name(),
                ShiftVersion.ACTIVE, read.shift.start(), read.shift.end(), read.data, actor, clock.instant(), reason, importId);
        shifts.insert(tenant, v);
        audit.record(tenant, actor, "CREATE", "shift", v.recordId(), null, bundles.toJson(v.data()), reason);
        events.publishEvent(new org.worktime.server.alert.RecordsChanged(tenant, wp.id(), v.employeeId(), v.start()));
        return v;
    }

    /** A shift read from a file as the bundle shift map that reads back to the same shift (instants with their offset). */
    static Map<String, Object> data(Shift shift, ZoneId zone) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("employee", shift.employeeId());
        data.put("start", OFFSET.format(shift.start().atZone(zone).toOffsetDateTime()));
        data.put("end", OFFSET.format(shift.end().atZone(zone).toOffsetDateTime()));
        if (!shift.breaks().isEmpty()) {
            data.put("breaks", shift.breaks().stream().map(b -> OFFSET.format(b.getStart().atZone(zone).toOffsetDateTime()) + "/"
                    + OFFSET.format(b.getEnd().atZone(zone).toOffsetDateTime())).toList());
        }
        data.put("origin", shift.origin().name());
        if (shift.breakWaiverRequested()) {
            data.put("breakWaiver", true);
        }
        if (shift.notifiedOn() != null) {
            data.put("notifiedOn", shift.notifiedOn().toString());
        }
        if (shift.outsideWorkplace()) {
            data.put("outside", true);
        }
        if (shift.rate() != null) {
            data.put("rate", shift.rate().getAmount().toPlainString());
        }
        return data;
    }

    /** A correction: a new version with the new content and the reason; the old versions stay. */
    @Transactional
    public ShiftVersion correct(WorktimeUser user, String workplace, String recordId, Map<String, Object> body, String reason) {
        requireReason(reason);
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        ShiftVersion current = liveVersion(user, wp, recordId);
        requireWritable(user, wp, body);
        Read read = read(user.tenantId(), wp, body);
        checkOverlap(user.tenantId(), wp, read, recordId);
        ShiftVersion v = new ShiftVersion(recordId, current.version() + 1, wp.id(), read.shift.employeeId(), read.shift.origin().name(),
                ShiftVersion.ACTIVE, read.shift.start(), read.shift.end(), read.data, user.getUsername(), clock.instant(), reason.strip(), null);
        shifts.insert(user.tenantId(), v);
        audit.record(user.tenantId(), user.getUsername(), "CORRECT", "shift", recordId, bundles.toJson(current.data()), bundles.toJson(v.data()),
                v.reason());
        events.publishEvent(new org.worktime.server.alert.RecordsChanged(user.tenantId(), wp.id(), v.employeeId(),
                current.start().isBefore(v.start()) ? current.start() : v.start()));
        return v;
    }

    /** Voids the record: a last version with status VOID; nothing is deleted. */
    @Transactional
    public ShiftVersion voidRecord(WorktimeUser user, String workplace, String recordId, String reason) {
        requireReason(reason);
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        ShiftVersion current = liveVersion(user, wp, recordId);
        ShiftVersion v = new ShiftVersion(recordId, current.version() + 1, wp.id(), current.employeeId(), current.origin(), ShiftVersion.VOID,
                current.start(), current.end(), current.data(), user.getUsername(), clock.instant(), reason.strip(), null);
        shifts.insert(user.tenantId(), v);
        audit.record(user.tenantId(), user.getUsername(), "VOID", "shift", recordId, bundles.toJson(current.data()), null, v.reason());
        return v;
    }

    /** The record's current version if the user may see its employee (else 404), refused when already void. */
    private ShiftVersion liveVersion(WorktimeUser user, StoredWorkplace wp, String recordId) {
        ShiftVersion current = visible(user, wp.id(), recordId);
        if (!current.active()) {
            throw ApiException.conflict("the shift " + recordId + " is void: enter a new one instead");
        }
        StoredEmployee owner = employees.find(user.tenantId(), wp.id(), current.employeeId()).orElseThrow();
        requireWriter(user, owner);
        return current;
    }

    /** The current version of a record whose employee the user may see; 404 otherwise (other tenants included). */
    public ShiftVersion visible(WorktimeUser user, String workplace, String recordId) {
        ShiftVersion current = shifts.current(user.tenantId(), workplace, recordId)
                .orElseThrow(() -> ApiException.notFound("the shift " + recordId));
        StoredEmployee owner = employees.find(user.tenantId(), workplace, current.employeeId()).orElse(null);
        if (owner == null || !EmployeeRepository.maySee(user, owner)) {
            throw ApiException.notFound("the shift " + recordId);
        }
        return current;
    }

    private void requireWritable(WorktimeUser user, StoredWorkplace wp, Map<String, Object> body) {
        if (body.get("employee") instanceof String id) {
            StoredEmployee e = employees.find(user.tenantId(), wp.id(), id).orElse(null);
            if (e != null && !EmployeeRepository.maySee(user, e)) {
                throw ApiException.invalid("the shift is not valid", List.of(FieldProblem.field("employee",
                        "the employee " + id + " is not in your team")));
            }
            if (e != null) {
                requireWriter(user, e);
            }
        }
    }

    private static void requireWriter(WorktimeUser user, StoredEmployee e) {
        boolean may = user.role() == Role.HR_ADMIN || (user.role() == Role.MANAGER && EmployeeRepository.maySee(user, e));
        if (!may) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "Forbidden", "the role " + user.role()
                    + " may not enter or correct shifts" + (user.role() == Role.EMPLOYEE ? ": clock in and out instead" : ""), List.of());
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("a reason is required", List.of(FieldProblem.field("reason",
                    "say why the record changes (kept in its history and the audit trail)")));
        }
    }

    private record Read(Shift shift, Map<String, Object> data) {
    }

    /** Reads the shift map through worktime-io with the workplace and all its employees, as a one-shift bundle. */
    private Read read(String tenant, StoredWorkplace wp, Map<String, Object> body) {
        // Only the shift's employee when they exist (the workplace's agreements scoped to them): reading every
        // employee for every punch would cost what the workplace's size is. Otherwise all, so that the reader's
        // "unknown employee ...; did you mean ...?" can name the nearest.
        StoredEmployee own = body.get("employee") instanceof String id ? employees.find(tenant, wp.id(), id).orElse(null) : null;
        Bundles.Parts parts = own != null
                ? Bundles.Parts.of(Bundles.scoped(wp.definition(), java.util.Set.of(own.id())), List.of(own.definition()))
                : Bundles.Parts.of(wp.definition(), employees.all(tenant, wp.id()).stream().map(StoredEmployee::definition).toList());
        parts.shifts().add(body);
        Dataset dataset = bundles.dataset(parts, "shifts[0]", org.worktime.core.finding.Text.of("server.problem.record-invalid", "what", "shift"));
        Shift shift = dataset.employees().stream().flatMap(e -> dataset.shiftsOf(e.id()).stream()).findFirst().orElseThrow();
        ZoneId zone = dataset.workplace().zone();
        Map<String, Object> data = new LinkedHashMap<>(body);
        data.put("employee", shift.employeeId());
        data.put("start", OFFSET.format(shift.start().atZone(zone).toOffsetDateTime()));
        data.put("end", OFFSET.format(shift.end().atZone(zone).toOffsetDateTime()));
        data.put("origin", shift.origin().name());
        return new Read(shift, data);
    }

    private void checkOverlap(String tenant, StoredWorkplace wp, Read read, String except) {
        Shift s = read.shift;
        shifts.overlapping(tenant, wp.id(), s.employeeId(), s.origin().name(), s.start(), s.end(), except).ifPresent(other -> {
            String planned = s.origin() == Shift.Origin.PLANNED ? "planned " : "";
            throw ApiException.invalid("the shift is not valid", List.of(FieldProblem.field(null, "the " + planned + "shift of "
                    + s.employeeId() + " from " + read.data.get("start") + " to " + read.data.get("end") + " overlaps the shift "
                    + other.recordId() + " (" + other.data().get("start") + " to " + other.data().get("end") + ")")));
        });
    }
}
