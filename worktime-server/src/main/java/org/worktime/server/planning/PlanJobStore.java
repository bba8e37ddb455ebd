package org.worktime.server.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan jobs, in the simulation jobs' table (V40) with kind {@code plan} (V80): the same columns, status values and
 * life (a job still queued or running when the server stops is failed at the next start, by {@link PlanJobs}'s start-up
 * sweep), and the same {@code error}: a stored {@code JobFailure}. Every query names the tenant and the kind, except
 * the start-up sweep, which fails every tenant's interrupted plans.
 */
@Repository
class PlanJobStore {

    record Row(String id, String workplace, String status, String stage, int done, int total, String parameters, String error,
            String submittedBy, Instant createdAt, Instant finishedAt) {
    }

    private static final String COLUMNS = "id, workplace_id, status, stage, done, total, parameters, error, submitted_by, created_at, finished_at";

    private final JdbcClient jdbc;

    PlanJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tenant, String id, String workplace, String parameters, String submittedBy, Instant createdAt, int total) {
        jdbc.sql("insert into simulation_job (id, tenant_id, workplace_id, kind, status, done, total, parameters, submitted_by, created_at)"
                + " values (?, ?, ?, 'plan', 'QUEUED', 0, ?, ?, ?, ?)")
                .params(id, tenant, workplace, total, parameters, submittedBy, createdAt.atOffset(ZoneOffset.UTC)).update();
    }

    void delete(String tenant, String id) {
        jdbc.sql("delete from simulation_job where tenant_id = ? and id = ? and kind = 'plan' and status = 'QUEUED'").params(tenant, id).update();
    }

    void progress(String id, String status, String stage, int done, int total) {
        jdbc.sql("update simulation_job set status = ?, stage = ?, done = ?, total = ? where id = ? and kind = 'plan'")
                .params(status, stage, done, total, id).update();
    }

    void done(String id, String result, Instant at) {
        jdbc.sql("update simulation_job set status = 'DONE', result = ?, finished_at = ? where id = ? and kind = 'plan'")
                .params(result, at.atOffset(ZoneOffset.UTC), id).update();
    }

    void failed(String id, String error, Instant at) {
        jdbc.sql("update simulation_job set status = 'FAILED', error = ?, finished_at = ? where id = ? and kind = 'plan'")
                .params(error, at.atOffset(ZoneOffset.UTC), id).update();
    }

    /** The plan jobs, of every tenant, left queued or running by the last stop of the server: failed, with why. */
    int interrupted(String error, Instant at) {
        return jdbc.sql("update simulation_job set status = 'FAILED', error = ?, finished_at = ? where status in ('QUEUED', 'RUNNING')"
                + " and kind = 'plan'").params(error, at.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<Row> find(String tenant, String id) {
        return jdbc.sql("select " + COLUMNS + " from simulation_job where tenant_id = ? and id = ? and kind = 'plan'").params(tenant, id)
                .query(PlanJobStore::row).optional();
    }

    /** The tenant's plan jobs, newest first (the id breaks ties, so pages are stable). */
    java.util.List<Row> all(String tenant) {
        return jdbc.sql("select " + COLUMNS + " from simulation_job where tenant_id = ? and kind = 'plan' order by created_at desc, id")
                .params(tenant).query(PlanJobStore::row).list();
    }

    Optional<String> result(String tenant, String id) {
        return jdbc.sql("select result from simulation_job where tenant_id = ? and id = ? and kind = 'plan'").params(tenant, id)
                .query(String.class).optional().filter(s -> s != null);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
                rs.getString(8), rs.getString(9), instant(rs.getObject(10, OffsetDateTime.class)), instant(rs.getObject(11, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
