package org.worktime.server.security;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.worktime.server.audit.AuditTrail;

/**
 * On the first start (no system administrator yet), creates the user {@code admin} with a random password and prints
 * it once on standard output. Only its Argon2 hash is stored: a lost password is replaced, never recovered. For an
 * unattended installation (and the tests) {@code worktime.admin.initial-password} (env
 * {@code WORKTIME_ADMIN_PASSWORD}) gives the password instead, which is then not printed. The printed one must be
 * changed at the first sign-in ({@link PasswordChangeRequired}); a configured one is the operator's own and need not.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final String initialPassword;
    private final PasswordChangeRequired changeRequired;

    FirstAdministrator(UserRepository users, PasswordEncoder passwords, AuditTrail audit, JdbcClient jdbc, TransactionTemplate transaction,
            Clock clock, @org.springframework.beans.factory.annotation.Value("${worktime.admin.initial-password:}") String initialPassword,
            PasswordChangeRequired changeRequired) {
        this.initialPassword = initialPassword;
        this.changeRequired = changeRequired;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = transaction.execute(status -> {
            if (users.anySystemAdmin()) {
                return null;
            }
            if (jdbc.sql("select count(*) from audit_head where chain = ?").param(AuditTrail.SYSTEM).query(Long.class).single() == 0) {
                audit.openChain(AuditTrail.SYSTEM);
            }
            String secret = initialPassword.isEmpty() ? ApiTokens.newPassword() : initialPassword;
            users.create(USERNAME, passwords.encode(secret), null, Role.SYSTEM_ADMIN, null, null, null, clock.instant());
            if (initialPassword.isEmpty()) {
                // The printed password is one-time: the API refuses everything else until it is changed.
                changeRequired.setByUsername(USERNAME, true);
            }
            audit.record(AuditTrail.SYSTEM, "worktime", "CREATE", "user", USERNAME, null, "{\"username\":\"admin\",\"role\":\"SYSTEM_ADMIN\"}",
                    "first start");
            return secret;
        });
        if (password != null && initialPassword.isEmpty()) {
            System.out.println();
            System.out.println("Worktime: the system administrator is 'admin' with the one-time password " + password);
            System.out.println("          It is shown only now (only its hash is stored): sign in and change it (POST /api/v1/me/password).");
            System.out.println();
            System.out.flush();
        }
    }
}
