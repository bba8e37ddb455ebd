package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A first start without a configured password: the printed random one is one-time, the admin must change it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstAdministratorPasswordTest {

    static final Path DATA = Path.of("target", "h2-test-data", "first-admin-" + UUID.randomUUID());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("worktime.data", () -> DATA.toAbsolutePath().toString());
        registry.add("worktime.admin.initial-password", () -> "");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePrintedPasswordMustBeChanged() {
        assertThat(jdbc.sql("select password_change_required from app_user where username = 'admin'").query(Boolean.class).single())
                .isTrue();
    }
}
