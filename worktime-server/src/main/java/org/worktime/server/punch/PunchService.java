package org.worktime.server.punch;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Workplace;
import org.worktime.io.write.ReportWriter;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.evaluation.Evaluations;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.timerecord.ShiftService;
import org.worktime.server.timerecord.ShiftVersion;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clock in and out. A clock-in opens; the clock-out closes it into a recorded shift (read and checked as any shift);
 * the answer is the employee's state after the punch: the watch as of the punch (hours this week, hours left before
 * each cap, the latest lawful end of today) and the findings of the punch's week, both computed by the engine over the
 * stored records of that employee only.
 */
@Service
public class PunchService {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The watch's default for "at risk", as the CLI's {@code --risk-hours}. */
    private static final long RISK_SECONDS = 4 * 3600;

    private final JdbcClient jdbc;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final ShiftService shifts;
    private final Evaluations evaluations;
    private final Bundles bundles;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PunchService(JdbcClient jdbc, WorkplaceRepository workplaces, EmployeeRepository employees, ShiftService shifts, Evaluations evaluations,
            Bundles bundles, AuditTrail audit, JsonMapper json, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.workplaces = workplaces;
        this.employees = employees;
        this.shifts = shifts;
        this.evaluations = evaluations;
        this.bundles = bundles;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public record Punch(String id, String employee, String kind, Instant at, String shift) {
    }

    public record Result(Punch punch, ShiftVersion shift, JsonNode state, JsonNode findings) {
    }

    public record Request(String kind, String at) {
    }

    /** What a punch wrote, for the evaluation after its commit. */
    public record Recorded(Punch punch, ShiftVersion shift, StoredWorkplace workplace, StoredEmployee employee) {
    }

    /**
     * Records the punch (and the shift a clock-out closes) in a short transaction of its own, then evaluates after the
     * commit: the tenant's audit chain is locked only while the punch is written, not while the engine works.
     */
    public Result punch(WorktimeUser user, String workplace, String employee, Request request) {
        Recorded r = transaction.execute(status -> record(user, workplace, employee, request));
        Instant at = r.punch().at();
        Workplace definition = bundles.workplace(r.workplace().definition());
        LocalDate weekStart = definition.weekStartOf(at).toLocalDate();
        LocalDate today = at.atZone(definition.zone()).toLocalDate();
        // One read of the employee's records serves the watch and the week's findings (the two windows joined).
        Dataset dataset = evaluations.punchDataset(user.tenantId(), r.workplace(), List.of(r.employee()), weekStart, today, at);
        return new Result(r.punch(), r.shift(), state(dataset, r.workplace(), at), findings(dataset, r.workplace(), weekStart, today, at));
    }

    Recorded record(WorktimeUser user, String workplace, String employee, Request request) {
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        StoredEmployee e = employees.visibleOne(user, workplace, employee);
        if (user.role() == Role.AUDITOR) {
            throw new ApiException(org.springframework.http.HttpStatus.FORBIDDEN, "Forbidden", "an auditor changes nothing", List.of());
        }
        String kind = request.kind() == null ? null : request.kind().strip().toUpperCase(Locale.ROOT);
        if (!"IN".equals(kind) && !"OUT".equals(kind)) {
            throw ApiException.invalid("the punch is not valid", List.of(FieldProblem.field("kind",
                    "expected IN or OUT" + (request.kind() == null ? "" : ", found '" + request.kind() + "'"))));
        }
        Instant at = at(request.at());
        ZoneId zone = ZoneId.of(wp.zone());
        // One punch of an employee at a time: the employee row is the lock, so two clock-ins cannot both open.
        jdbc.sql("select id from employee where tenant_id = ? and workplace_id = ? and id = ? for update")
                .params(user.tenantId(), workplace, employee).query(String.class).single();
        LastPunch last = lastPunch(user.tenantId(), workplace, employee);
        if (last != null && !at.isAfter(last.at)) {
            throw ApiException.conflict("punches come in order: the last punch of " + employee + " is at "
                    + OFFSET.format(last.at.atZone(zone).toOffsetDateTime()));
        }
        ShiftVersion shift = null;
        if (kind.equals("IN") && last != null && last.kind.equals("IN")) {
            throw ApiException.conflict(employee + " is clocked in since " + OFFSET.format(last.at.atZone(zone).toOffsetDateTime())
                    + ": clock out first");
        }
        if (kind.equals("OUT")) {
            if (last == null || !last.kind.equals("IN")) {
                throw ApiException.conflict(employee + " is not clocked in");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("employee", employee);
            body.put("start", OFFSET.format(last.at.atZone(zone).toOffsetDateTime()));
            body.put("end", OFFSET.format(at.atZone(zone).toOffsetDateTime()));
            shift = shifts.insertNew(user.tenantId(), user.getUsername(), wp, body, "clock-out", null);
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jdbc.sql("insert into punch (id, tenant_id, workplace_id, employee_id, kind, at, shift_record, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.tenantId(), workplace, employee, kind, at.atOffset(java.time.ZoneOffset.UTC), shift == null ? null : shift.recordId(),
                        user.getUsername(), now.atOffset(java.time.ZoneOffset.UTC))
                .update();
        Punch punch = new Punch(id, employee, kind, at, shift == null ? null : shift.recordId());
        audit.record(user.tenantId(), user.getUsername(), "CREATE", "punch", id, null, bundles.toJson(punch), null);
        return new Recorded(punch, shift, wp, e);
    }

    private JsonNode state(Dataset dataset, StoredWorkplace wp, Instant at) {
        if (!org.worktime.core.watch.Watch.supports(Evaluations.pack(wp.jurisdiction()))) {
            return null;
        }
        return json.readTree(evaluations.watch(dataset, wp, at, RISK_SECONDS, org.worktime.server.web.RequestLanguage.current()));
    }

    /** The findings of the workplace week the punch falls in, up to its day, as of the punch. */
    private JsonNode findings(Dataset dataset, StoredWorkplace wp, LocalDate from, LocalDate to, Instant at) {
        return json.readTree(evaluations.report(dataset, wp, from, to, at, ReportWriter.Mode.CHECK, org.worktime.server.web.RequestLanguage.current()));
    }

    private Instant at(String text) {
        if (text == null) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException ex) {
            throw ApiException.invalid("the punch is not valid", List.of(FieldProblem.field("at",
                    "'" + text + "' is not a date-time with an offset: a punch is an instant, e.g. 2026-03-02T09:00+09:00 or 2026-03-02T00:00Z")));
        }
    }

    private record LastPunch(String kind, Instant at) {
    }

    /**
     * The employee's latest punch (at any time, also after {@code at}). One query over the employee's punches: a variant
     * that first looked only at the last seven days was slower under load on H2, whose statement cache kept the plan it
     * made on the empty table at start-up (docs/BENCHMARKS.md, session 7).
     */
    private LastPunch lastPunch(String tenant, String workplace, String employee) {
        return jdbc.sql("select kind, at from punch where tenant_id = ? and workplace_id = ? and employee_id = ? order by at desc limit 1")
                .params(tenant, workplace, employee)
                .query((rs, n) -> new LastPunch(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant())).optional().orElse(null);
    }

    /** The punches of an employee the user may see, in [from, to). */
    public List<Punch> list(WorktimeUser user, String workplace, String employee, Instant from, Instant to) {
        employees.visibleOne(user, workplace, employee);
        return jdbc.sql("select id, employee_id, kind, at, shift_record from punch where tenant_id = ? and workplace_id = ? and employee_id = ?"
                + " and at >= ? and at < ? order by at")
                .params(user.tenantId(), workplace, employee, from.atOffset(java.time.ZoneOffset.UTC), to.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Punch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5)))
                .list();
    }
}
