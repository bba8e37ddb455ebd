package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Tenants, users and the bundled Korean team (examples/kr-team) entered through the API. */
final class Fixtures {

    static final String ADMIN_PASSWORD = "test-admin-password-1";
    static final Path KR_TEAM = Path.of("..", "examples", "kr-team");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Fixtures() {
    }

    /** A tenant of its own and its HR administrator. */
    record Tenant(String id, Api hr, String hrPassword) {
    }

    static Tenant tenant(int port, String prefix) {
        Api admin = Api.session(port, "admin", ADMIN_PASSWORD);
        String id = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
        Api.Response created = admin.post("/api/v1/tenants", Map.of("id", id, "name", "Tenant " + id));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response hr = admin.post("/api/v1/tenants/" + id + "/users", Map.of("username", id + "-hr", "role", "HR_ADMIN"));
        assertThat(hr.status()).as(hr.toString()).isEqualTo(201);
        String password = hr.json().get("password").asString();
        return new Tenant(id, Api.session(port, id + "-hr", password), password);
    }

    /** A user of the tenant (created by its HR administrator) signed in with a session. */
    static Api user(int port, Tenant tenant, String name, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("username", tenant.id() + "-" + name);
        Api.Response r = tenant.hr().post("/api/v1/users", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return Api.session(port, tenant.id() + "-" + name, r.json().get("password").asString());
    }

    /** The workplace document of examples/kr-team. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> krWorkplace() {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(KR_TEAM.resolve("workplace.yaml").toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The employees of examples/kr-team/employees.csv as entries of the employees YAML (docs/FORMATS.md). */
    static List<Map<String, Object>> krEmployees() {
        List<String> lines = lines(KR_TEAM.resolve("employees.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<Map<String, Object>> list = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = cells(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells[i]);
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", row.get("id"));
            e.put("name", row.get("name"));
            putIf(e, "birthDate", row.get("birth_date"));
            putIf(e, "hireDate", row.get("hire_date"));
            putIf(e, "endDate", row.get("end_date"));
            e.put("contract", Map.of("workdays", row.get("workdays"), "dailyHours", row.get("daily_hours")));
            Map<String, Object> wage = new LinkedHashMap<>();
            wage.put("type", row.get("wage_type"));
            wage.put("amount", row.get("wage_amount"));
            wage.put("currency", row.get("currency"));
            putIf(wage, "monthlyHours", row.get("monthly_hours"));
            e.put("wage", wage);
            assertThat(row.get("exclusion")).isEmpty();
            assertThat(row.get("statuses")).isEmpty();
            e.put("attributes", Map.of("team", row.get("attr.team")));
            list.add(e);
        }
        return list;
    }

    /** Enters the kr-team workplace and its employees; returns the workplace id. */
    static String enterKrTeam(Tenant tenant) {
        Map<String, Object> workplace = krWorkplace();
        String id = (String) workplace.get("id");
        Api.Response r = tenant.hr().put("/api/v1/workplaces/" + id, workplace);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        for (Map<String, Object> e : krEmployees()) {
            Api.Response put = tenant.hr().put("/api/v1/workplaces/" + id + "/employees/" + e.get("id"), e);
            assertThat(put.status()).as(put.toString()).isEqualTo(201);
        }
        return id;
    }

    static byte[] krShifts() {
        try {
            return Files.readAllBytes(KR_TEAM.resolve("shifts.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of a CSV line whose quoted cells hold no quotes. */
    private static String[] cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    private static void putIf(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }
}
