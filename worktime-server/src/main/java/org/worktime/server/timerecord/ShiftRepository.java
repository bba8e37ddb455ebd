package org.worktime.server.timerecord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.worktime.server.records.Bundles;

/**
 * The versions of time records. Nothing here updates or deletes a row: the current state of a record is its
 * highest version, and a query for "the shifts" reads the current versions that are not void.
 */
@Repository
public class ShiftRepository {

    /**
     * The row is its record's current version: no higher version exists. Said as "not exists" rather than
     * {@code v.version = (select max(...))}: both databases answer it with one seek in the (record_id, version) index,
     * where H2 computed the aggregate for every row read (a tenth of the server's CPU under the punch load, session 7).
     */
    private static final String CURRENT = " and not exists (select 1 from shift_version w where w.record_id = v.record_id and w.version > v.version)";

    /**
     * Longer than any stored shift (the readers refuse one over 24 h): a shift overlapping [from, to) starts after
     * {@code from} minus this, so a query for a window reads the index from there, not every earlier shift of the
     * employee (which grows with every day recorded).
     */
    static final java.time.Duration LONGEST_SHIFT = java.time.Duration.ofHours(48);

    private final JdbcClient jdbc;
    private final Bundles bundles;
    private final RowMapper<ShiftVersion> rows;

    ShiftRepository(JdbcClient jdbc, Bundles bundles) {
        this.jdbc = jdbc;
        this.bundles = bundles;
        this.rows = (rs, n) -> new ShiftVersion(rs.getString("record_id"), rs.getInt("version"), rs.getString("workplace_id"),
                rs.getString("employee_id"), rs.getString("origin"), rs.getString("status"), instant(rs.getObject("start_at", OffsetDateTime.class)),
                instant(rs.getObject("end_at", OffsetDateTime.class)), bundles.parse(rs.getString("data")), rs.getString("recorded_by"),
                instant(rs.getObject("recorded_at", OffsetDateTime.class)), rs.getString("reason"), rs.getString("import_id"));
    }

    public void insert(String tenant, ShiftVersion v) {
        jdbc.sql("insert into shift_version (tenant_id, workplace_id, record_id, version, employee_id, origin, status, start_at, end_at, data,"
                + " recorded_by, recorded_at, reason, import_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(tenant, v.workplaceId(), v.recordId(), v.version(), v.employeeId(), v.origin(), v.status(), utc(v.start()), utc(v.end()),
                        bundles.toJson(v.data()), v.recordedBy(), utc(v.recordedAt()), v.reason(), v.importId())
                .update();
    }

    /** The record's current version, in the tenant and workplace only. */
    public Optional<ShiftVersion> current(String tenant, String workplace, String recordId) {
        return jdbc.sql("select v.* from shift_version v where v.tenant_id = ? and v.workplace_id = ? and v.record_id = ?" + CURRENT)
                .params(tenant, workplace, recordId).query(rows).optional();
    }

    /** Every version of the record, oldest first. */
    public List<ShiftVersion> versions(String tenant, String workplace, String recordId) {
        return jdbc.sql("select v.* from shift_version v where v.tenant_id = ? and v.workplace_id = ? and v.record_id = ? order by v.version")
                .params(tenant, workplace, recordId).query(rows).list();
    }

    /** The live shifts of these employees that overlap [from, to), by start. */
    public List<ShiftVersion> live(String tenant, String workplace, Collection<String> employees, Instant from, Instant to) {
        if (employees.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select v.* from shift_version v where v.tenant_id = :tenant and v.workplace_id = :workplace"
                + " and v.employee_id in (:employees) and v.start_at < :to and v.start_at > :earliest and v.end_at > :from"
                + " and v.status = 'ACTIVE'" + CURRENT + " order by v.employee_id, v.start_at")
                .param("tenant", tenant).param("workplace", workplace).param("employees", List.copyOf(employees))
                .param("from", utc(from)).param("to", utc(to)).param("earliest", utc(from.minus(LONGEST_SHIFT))).query(rows).list();
    }

    /**
     * Every version of the employee's records that were corrected or voided (those with more than one version), by
     * record and version, the newest records first; at most {@code limit} records (for the Employee page's history).
     */
    public List<ShiftVersion> corrected(String tenant, String workplace, String employee, int limit) {
        return jdbc.sql("select v.* from shift_version v where v.tenant_id = :tenant and v.workplace_id = :workplace and v.record_id in"
                + " (select c.record_id from shift_version c where c.tenant_id = :tenant and c.workplace_id = :workplace"
                + " and c.employee_id = :employee and c.version > 1 group by c.record_id order by max(c.recorded_at) desc limit :limit)"
                + " order by v.record_id, v.version")
                .param("tenant", tenant).param("workplace", workplace).param("employee", employee).param("limit", limit).query(rows).list();
    }

    /** A live shift of the employee with this origin overlapping [start, end) (half-open), other than {@code except}. */
    public Optional<ShiftVersion> overlapping(String tenant, String workplace, String employee, String origin, Instant start, Instant end,
            String except) {
        return jdbc.sql("select v.* from shift_version v where v.tenant_id = ? and v.workplace_id = ? and v.employee_id = ? and v.origin = ?"
                + " and v.start_at < ? and v.start_at > ? and v.end_at > ? and v.status = 'ACTIVE' and v.record_id <> ?" + CURRENT
                + " order by v.start_at")
                .params(tenant, workplace, employee, origin, utc(end), utc(start.minus(LONGEST_SHIFT)), utc(start), except == null ? "" : except)
                .query(rows).list().stream()
                .findFirst();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
