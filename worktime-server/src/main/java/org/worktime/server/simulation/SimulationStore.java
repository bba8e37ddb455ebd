package org.worktime.server.simulation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.worktime.core.i18n.Language;

/**
 * The simulation jobs in the database (table {@code simulation_job}, migration V40): a job is written when it is
 * queued, its progress while it runs, and its result and reports when it ends, so that a restart loses none of them.
 * Every query names the tenant, and reads only simulations (plan jobs share the table since V80, kind {@code plan}).
 */
@Repository
class SimulationStore {

    /** A job as stored; {@code result} and the reports are read only when asked for. */
    record Row(String id, String workplace, String status, String stage, int done, int total, String parameters, String error,
            String submittedBy, Instant createdAt, Instant finishedAt) {
    }

    private static final String COLUMNS = "id, workplace_id, status, stage, done, total, parameters, error, submitted_by, created_at, finished_at";

    private final JdbcClient jdbc;

    SimulationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tenant, String id, String workplace, String parameters, String submittedBy, Instant createdAt) {
        jdbc.sql("insert into simulation_job (id, tenant_id, workplace_id, status, done, total, parameters, submitted_by, created_at)"
                + " values (?, ?, ?, 'QUEUED', 0, 0, ?, ?, ?)")
                .params(id, tenant, workplace, parameters, submittedBy, utc(createdAt)).update();
    }

    void delete(String tenant, String id) {
        // Only a job that could not be queued (the queue was full) is removed: it never existed for its caller.
        jdbc.sql("delete from simulation_job where tenant_id = ? and id = ? and status = 'QUEUED'").params(tenant, id).update();
    }

    void progress(String id, String status, String stage, int done, int total) {
        jdbc.sql("update simulation_job set status = ?, stage = ?, done = ?, total = ? where id = ?")
                .params(status, stage, done, total, id).update();
    }

    void done(String id, String result, String en, String ko, String ja, Instant at) {
        jdbc.sql("update simulation_job set status = 'DONE', result = ?, report_en = ?, report_ko = ?, report_ja = ?, finished_at = ?"
                + " where id = ?").params(result, en, ko, ja, utc(at), id).update();
    }

    void failed(String id, String error, Instant at) {
        jdbc.sql("update simulation_job set status = 'FAILED', error = ?, finished_at = ? where id = ?").params(error, utc(at), id).update();
    }

    /**
     * Simulation jobs that were queued or running when the server stopped: their thread is gone, so they are failed, with
     * why ({@link JobFailure}, as JSON). Plan jobs, in the same table, are swept by their own service ({@code server.planning}).
     */
    int interrupted(String error, Instant at) {
        return jdbc.sql("update simulation_job set status = 'FAILED', error = ?, finished_at = ? where status in ('QUEUED', 'RUNNING')"
                + " and kind = 'simulation'").params(error, utc(at)).update();
    }

    Optional<Row> find(String tenant, String id) {
        return jdbc.sql("select " + COLUMNS + " from simulation_job where tenant_id = ? and id = ? and kind = 'simulation'").params(tenant, id)
                .query(SimulationStore::row).optional();
    }

    /** The workplace's jobs, newest first. */
    List<Row> list(String tenant, String workplace, int limit) {
        return jdbc.sql("select " + COLUMNS + " from simulation_job where tenant_id = ? and workplace_id = ? and kind = 'simulation' order by created_at desc, id"
                + " fetch first " + limit + " rows only").params(tenant, workplace).query(SimulationStore::row).list();
    }

    Optional<String> result(String tenant, String id) {
        return jdbc.sql("select result from simulation_job where tenant_id = ? and id = ? and kind = 'simulation'").params(tenant, id).query(String.class).optional()
                .filter(s -> s != null);
    }

    Optional<String> report(String tenant, String id, Language language) {
        String column = switch (language) {
            case EN -> "report_en";
            case KO -> "report_ko";
            case JA -> "report_ja";
        };
        return jdbc.sql("select " + column + " from simulation_job where tenant_id = ? and id = ? and kind = 'simulation'").params(tenant, id).query(String.class)
                .optional().filter(s -> s != null);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7),
                rs.getString(8), rs.getString(9), instant(rs.getObject(10, OffsetDateTime.class)), instant(rs.getObject(11, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
