package org.worktime.server.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;

/** Users of a tenant (created by its HR administrator, or the first one by the system administrator), and tokens. */
@RestController
class UserController {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final PasswordChange passwordChange;

    UserController(UserRepository users, PasswordEncoder passwords, AuditTrail audit, JdbcClient jdbc, Clock clock,
            PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record NewUser(String username, Role role, String workplace, String employee, String team) {
    }

    /** The created user and the one-time password (shown here once; only its hash is kept). */
    record CreatedUser(long id, String username, Role role, String tenant, String password) {
    }

    record UserView(long id, String username, Role role, String workplace, String employee, String team) {
    }

    @GetMapping("/api/v1/session/csrf")
    @Allowed(group = "public", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @GetMapping("/api/v1/me")
    @Allowed(group = "me", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    UserView me() {
        return view(CurrentUser.get());
    }

    record NewPassword(String current, String next) {
    }

    @PostMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Allowed(group = "me", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    @Transactional
    void changePassword(@RequestBody NewPassword body) {
        PasswordChange.Refusal refused = passwordChange.change(CurrentUser.get().getUsername(), body.current(), body.next());
        if (refused == PasswordChange.Refusal.CURRENT) {
            throw ApiException.invalid("the password was not changed", List.of(FieldProblem.field("current", "not the current password")));
        }
        if (refused == PasswordChange.Refusal.NEXT) {
            throw ApiException.invalid("the password was not changed", List.of(FieldProblem.field("next", "at least 12 characters")));
        }
    }

    @GetMapping("/api/v1/users")
    @Allowed(group = "users", value = Role.HR_ADMIN)
    List<UserView> list() {
        return users.ofTenant(CurrentUser.tenant()).stream().map(UserController::view).toList();
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(group = "users", value = Role.HR_ADMIN)
    @Transactional
    CreatedUser create(@RequestBody NewUser body) {
        return create(CurrentUser.tenant(), body);
    }

    /** The system administrator creates a tenant's users (its first HR administrator). */
    @PostMapping("/api/v1/tenants/{tenant}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(group = "tenants", value = Role.SYSTEM_ADMIN)
    @Transactional
    CreatedUser createInTenant(@PathVariable String tenant, @RequestBody NewUser body) {
        if (jdbc.sql("select count(*) from tenant where id = ?").param(tenant).query(Long.class).single() == 0) {
            throw ApiException.notFound("the tenant " + tenant);
        }
        return create(tenant, body);
    }

    private CreatedUser create(String tenant, NewUser body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.username() == null || !NAME.matcher(body.username()).matches()) {
            problems.add(FieldProblem.field("username", "expected 1 to 100 letters, digits or . _ @ -"));
        }
        if (body.role() == null || body.role() == Role.SYSTEM_ADMIN) {
            problems.add(FieldProblem.field("role", "expected one of HR_ADMIN, MANAGER, EMPLOYEE, AUDITOR"));
        }
        if (body.role() == Role.EMPLOYEE && (body.workplace() == null || body.employee() == null)) {
            problems.add(FieldProblem.field("employee", "an EMPLOYEE user needs the workplace and employee id of their own record"));
        }
        if (body.role() == Role.EMPLOYEE && body.workplace() != null && body.employee() != null
                && jdbc.sql("select count(*) from employee where tenant_id = ? and workplace_id = ? and id = ?")
                        .params(tenant, body.workplace(), body.employee()).query(Long.class).single() == 0) {
            problems.add(FieldProblem.field("employee", "no employee " + body.employee() + " in workplace " + body.workplace()));
        }
        if (body.role() == Role.MANAGER && (body.team() == null || body.team().isBlank())) {
            problems.add(FieldProblem.field("team", "a MANAGER needs a team: the value of the attribute 'team' of their employees"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("the user is not valid", problems);
        }
        if (users.byUsername(body.username()).isPresent()) {
            throw ApiException.conflict("the user name " + body.username() + " is taken");
        }
        String password = ApiTokens.newPassword();
        Instant now = clock.instant();
        long id = users.create(body.username(), passwords.encode(password), tenant, body.role(),
                body.role() == Role.EMPLOYEE ? body.workplace() : null, body.role() == Role.EMPLOYEE ? body.employee() : null,
                body.role() == Role.MANAGER ? body.team() : null, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", body.username());
        after.put("role", body.role().name());
        audit.record(tenant, CurrentUser.get().getUsername(), "CREATE", "user", body.username(), null,
                tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(after), null);
        return new CreatedUser(id, body.username(), body.role(), tenant, password);
    }

    record NewToken(String name) {
    }

    record CreatedToken(long id, String name, String token) {
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(group = "tokens", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    @Transactional
    CreatedToken createToken(@RequestBody NewToken body) {
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            throw ApiException.invalid("the token is not valid", List.of(FieldProblem.field("name", "a name of 1 to 100 characters, "
                    + "saying which integration uses it")));
        }
        WorktimeUser me = CurrentUser.get();
        String token = ApiTokens.newToken();
        long id = users.createToken(me.id(), body.name().strip(), ApiTokens.hash(token), clock.instant());
        audit.record(chain(me), me.getUsername(), "CREATE", "api_token", Long.toString(id), null, null, null);
        return new CreatedToken(id, body.name().strip(), token);
    }

    @GetMapping("/api/v1/tokens")
    @Allowed(group = "tokens", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    List<UserRepository.Token> tokens() {
        return users.tokensOf(CurrentUser.get().id());
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Allowed(group = "tokens", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    @Transactional
    void revoke(@PathVariable long id) {
        WorktimeUser me = CurrentUser.get();
        if (!users.revokeToken(me.id(), id, clock.instant())) {
            throw ApiException.notFound("the token " + id);
        }
        audit.record(chain(me), me.getUsername(), "REVOKE", "api_token", Long.toString(id), null, null, null);
    }

    private static String chain(WorktimeUser user) {
        return user.tenantId() == null ? AuditTrail.SYSTEM : user.tenantId();
    }

    private static UserView view(WorktimeUser u) {
        return new UserView(u.id(), u.getUsername(), u.role(), u.workplaceId(), u.employeeId(), u.team());
    }
}
