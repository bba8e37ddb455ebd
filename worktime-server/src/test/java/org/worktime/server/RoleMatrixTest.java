package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.Role;

/**
 * Each role against each endpoint group, through HTTP: the table below is the specification. A handler without an
 * access rule, a group missing from the table, or a rule that differs from it fails the test; then every role calls
 * one endpoint of every group and is let through or refused (403) as the table says.
 */
class RoleMatrixTest extends H2Context {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> TENANT_READERS = EnumSet.of(Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR);

    /** Who may call each group. */
    static final Map<String, Set<Role>> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("public", ALL);
        TABLE.put("me", ALL);
        TABLE.put("tokens", ALL);
        TABLE.put("tenants", EnumSet.of(Role.SYSTEM_ADMIN));
        TABLE.put("users", EnumSet.of(Role.HR_ADMIN));
        TABLE.put("workplaces.read", TENANT_READERS);
        TABLE.put("workplaces.write", EnumSet.of(Role.HR_ADMIN));
        TABLE.put("employees.read", TENANT_READERS);
        TABLE.put("employees.write", EnumSet.of(Role.HR_ADMIN));
        TABLE.put("shifts.read", TENANT_READERS);
        TABLE.put("shifts.write", EnumSet.of(Role.HR_ADMIN, Role.MANAGER));
        TABLE.put("punches.read", TENANT_READERS);
        TABLE.put("punches.write", EnumSet.of(Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE));
        TABLE.put("imports", EnumSet.of(Role.HR_ADMIN));
        TABLE.put("extras.read", TENANT_READERS);
        TABLE.put("extras.write", EnumSet.of(Role.HR_ADMIN));
        TABLE.put("simulations", EnumSet.of(Role.HR_ADMIN, Role.AUDITOR));
        TABLE.put("plans", EnumSet.of(Role.HR_ADMIN, Role.MANAGER));
        TABLE.put("plans.read", EnumSet.of(Role.HR_ADMIN, Role.MANAGER, Role.AUDITOR));
        TABLE.put("evaluations", TENANT_READERS);
        TABLE.put("audit.read", EnumSet.of(Role.HR_ADMIN, Role.AUDITOR));
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Map<Role, Api> users;
    static String wp;

    @BeforeAll
    static void users(@Autowired org.springframework.core.env.Environment env) {
        int port = Integer.parseInt(env.getProperty("local.server.port"));
        Fixtures.Tenant t = Fixtures.tenant(port, "roles");
        wp = Fixtures.enterKrTeam(t);
        users = new EnumMap<>(Role.class);
        users.put(Role.SYSTEM_ADMIN, Api.session(port, "admin", Fixtures.ADMIN_PASSWORD));
        users.put(Role.HR_ADMIN, t.hr());
        users.put(Role.MANAGER, Fixtures.user(port, t, "lead", ServerScenarios.map("role", "MANAGER", "team", "platform")));
        users.put(Role.EMPLOYEE, Fixtures.user(port, t, "minji", ServerScenarios.map("role", "EMPLOYEE", "workplace", wp, "employee", "E001")));
        users.put(Role.AUDITOR, Fixtures.user(port, t, "audit", ServerScenarios.map("role", "AUDITOR")));
    }

    @Test
    void everyEndpointHasTheRuleOfItsGroupInTheTable() {
        List<String> missing = new ArrayList<>();
        Set<String> groups = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<String> paths = e.getKey().getPatternValues();
            if (paths.stream().noneMatch(p -> p.startsWith("/api/v1/"))) {
                continue;
            }
            Allowed allowed = e.getValue().getMethodAnnotation(Allowed.class);
            if (allowed == null) {
                missing.add(e.getKey() + " has no @Allowed rule");
                continue;
            }
            groups.add(allowed.group());
            Set<Role> declared = allowed.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(allowed.value()));
            if (!TABLE.containsKey(allowed.group())) {
                missing.add(e.getKey() + ": group " + allowed.group() + " is not in the table");
            } else if (!declared.equals(TABLE.get(allowed.group()))) {
                missing.add(e.getKey() + ": allows " + declared + " but the table says " + TABLE.get(allowed.group()));
            }
        }
        assertThat(missing).isEmpty();
        assertThat(groups).isEqualTo(new TreeSet<>(TABLE.keySet()));
    }

    @Test
    void eachRoleIsLetThroughOrRefusedAsTheTableSays() {
        Map<String, Function<Api, Api.Response>> calls = new LinkedHashMap<>();
        String base = "/api/v1/workplaces/" + wp;
        calls.put("public", api -> api.get("/api/v1/session/csrf"));
        calls.put("me", api -> api.get("/api/v1/me"));
        calls.put("tokens", api -> api.get("/api/v1/tokens"));
        calls.put("tenants", api -> api.get("/api/v1/tenants"));
        calls.put("users", api -> api.get("/api/v1/users"));
        calls.put("workplaces.read", api -> api.get(base));
        calls.put("workplaces.write", api -> api.put(base, Map.of("id", wp, "zone", "nowhere")));
        calls.put("employees.read", api -> api.get(base + "/employees"));
        calls.put("employees.write", api -> api.put(base + "/employees/E001", Map.of("id", "E001", "wage", "none")));
        calls.put("shifts.read", api -> api.get(base + "/shifts?from=2026-03-02&to=2026-03-08"));
        calls.put("shifts.write", api -> api.post(base + "/shifts", Map.of("employee", "E001")));
        calls.put("punches.read", api -> api.get(base + "/employees/E001/punches?from=2026-03-02&to=2026-03-08"));
        calls.put("punches.write", api -> api.post(base + "/employees/E001/punches", Map.of("kind", "SIDEWAYS")));
        calls.put("imports", api -> api.upload(base + "/imports", "shifts.csv", new byte[0], Map.of()));
        calls.put("extras.read", api -> api.get(base + "/earnings"));
        calls.put("extras.write", api -> api.post(base + "/attestations", Map.of("employee", "E001")));
        calls.put("simulations", api -> api.post(base + "/simulations", Map.of("from", "2026-03-02")));
        calls.put("plans", api -> api.post("/api/v1/plans", Map.of("workplace", wp)));
        calls.put("plans.read", api -> api.get("/api/v1/plans/no-such-job"));
        calls.put("evaluations", api -> api.get(base + "/findings?from=2026-03-02&to=2026-03-08"));
        calls.put("audit.read", api -> api.get("/api/v1/audit?limit=1"));
        assertThat(calls.keySet()).isEqualTo(TABLE.keySet());

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Function<Api, Api.Response>> call : calls.entrySet()) {
            for (Role role : Role.values()) {
                Api.Response r = call.getValue().apply(users.get(role));
                boolean allowed = TABLE.get(call.getKey()).contains(role);
                // Let through: the handler answers (200, or 422 for the deliberately invalid bodies); refused: 403.
                boolean ok = allowed ? r.status() != 403 && r.status() != 401 && r.status() < 500 : r.status() == 403;
                if (!ok) {
                    wrong.add(call.getKey() + " as " + role + ": " + r.status() + " " + r.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
