package org.worktime.server.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;

/** Tenants (organisations), managed by the system administrator. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantController {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    TenantController(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Tenant(String id, String name, Instant createdAt) {
    }

    record NewTenant(String id, String name) {
    }

    @GetMapping
    @Allowed(group = "tenants", value = Role.SYSTEM_ADMIN)
    List<Tenant> list() {
        return jdbc.sql("select * from tenant order by id")
                .query((rs, n) -> new Tenant(rs.getString("id"), rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed(group = "tenants", value = Role.SYSTEM_ADMIN)
    @Transactional
    Tenant create(@RequestBody NewTenant body) {
        if (body.id() == null || !ID.matcher(body.id()).matches()) {
            throw ApiException.invalid("the tenant is not valid", List.of(FieldProblem.field("id",
                    "expected 1 to 64 lower-case letters, digits and dashes, starting with a letter or digit"
                            + (body.id() == null ? "" : ", found '" + body.id() + "'"))));
        }
        if (jdbc.sql("select count(*) from tenant where id = ?").param(body.id()).query(Long.class).single() > 0) {
            throw ApiException.conflict("the tenant " + body.id() + " exists already");
        }
        String name = body.name() == null || body.name().isBlank() ? body.id() : body.name().strip();
        Instant now = clock.instant();
        jdbc.sql("insert into tenant (id, name, created_at) values (?, ?, ?)").params(body.id(), name, now.atOffset(ZoneOffset.UTC)).update();
        audit.openChain(body.id());
        String after = "{\"id\":\"" + body.id() + "\"}";
        audit.record(AuditTrail.SYSTEM, CurrentUser.get().getUsername(), "CREATE", "tenant", body.id(), null, after, null);
        audit.record(body.id(), CurrentUser.get().getUsername(), "CREATE", "tenant", body.id(), null, after, null);
        return new Tenant(body.id(), name, now);
    }
}
