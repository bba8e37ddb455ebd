package org.worktime.server;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on its default store, an H2 file database in a data folder, shared by the test classes that extend
 * this (one Spring context, started once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class H2Context {

    /** Under target/, so that it outlives each class (the context is cached across classes). */
    static final Path DATA = Path.of("target", "h2-test-data", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("worktime.data", () -> DATA.toAbsolutePath().toString());
        registry.add("worktime.admin.initial-password", () -> Fixtures.ADMIN_PASSWORD);
        registry.add("worktime.security.login-attempts", () -> "3");
    }
}
