package org.worktime.server;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scenarios on the default store: an H2 file database in a data folder. */
class H2ServerTest extends H2Context implements ServerScenarios {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Override
    public int port() {
        return port;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    /** In H2 whoever opens the database file may drop the guard (docs/SERVER.md says so); the chain still tells. */
    @Override
    public void tamper(JdbcTemplate jdbc, String chain, long seq, String newReason) {
        jdbc.execute("drop trigger audit_event_append_only");
        try {
            jdbc.update("update audit_event set reason = ? where chain = ? and seq = ?", newReason, chain, seq);
        } finally {
            jdbc.execute("create trigger audit_event_append_only before update, delete on audit_event for each row call"
                    + " 'org.worktime.server.audit.AppendOnlyTrigger'");
        }
    }
}
