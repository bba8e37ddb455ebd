package org.worktime.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scenarios on the default store: an H2 file database in a data folder. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2ServerTest extends ServerScenarios {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("worktime.data", () -> data.toString());
        registry.add("worktime.admin.initial-password", () -> Fixtures.ADMIN_PASSWORD);
    }

    @Override
    void tamper(JdbcTemplate jdbc, String chain, long seq, String newReason) {
        jdbc.execute("drop trigger audit_event_append_only");
        try {
            jdbc.update("update audit_event set reason = ? where chain = ? and seq = ?", newReason, chain, seq);
        } finally {
            jdbc.execute("create trigger audit_event_append_only before update, delete on audit_event for each row call"
                    + " 'org.worktime.server.audit.AppendOnlyTrigger'");
        }
    }
}
