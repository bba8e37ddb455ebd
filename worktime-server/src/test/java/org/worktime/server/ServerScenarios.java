package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.io.write.Language;
import org.worktime.io.write.ReportWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server through HTTP against a real database: the same scenarios run on H2 ({@link H2ServerTest}) and on
 * PostgreSQL ({@link PostgresServerTest}). Each scenario makes a tenant of its own.
 */
abstract class ServerScenarios {

    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /** Tampers with an audit row as someone with direct access to the database would (bypassing the guard). */
    abstract void tamper(JdbcTemplate jdbc, String chain, long seq, String newReason);

    @Test
    void healthAndTheOpenApiDescriptionAreServed() {
        Api anonymous = new Api(port);
        Api.Response health = anonymous.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        Api.Response docs = anonymous.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.");
        assertThat(docs.json().get("paths").has("/api/v1/workplaces/{workplace}/employees/{employee}/punches")).isTrue();
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        Api.Response api = anonymous.get("/api/v1/workplaces");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
    }

    @Test
    void aWorkplaceIsReadByTheFileReaderWithItsMessages() {
        Fixtures.Tenant t = Fixtures.tenant(port, "wp");
        Map<String, Object> workplace = Fixtures.krWorkplace();
        workplace.put("zone", "Asia/Seol");
        workplace.put("weekStrat", "MONDAY");
        Api.Response r = t.hr().put("/api/v1/workplaces/hanbit-soft-seoul", workplace);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(r.json().get("title").asString()).isEqualTo("Invalid record");
        assertThat(problems(r)).containsExactly(
                "null:null:weekStrat: unknown key; did you mean weekStart? (known keys: id, name, jurisdiction, zone, weekStart,"
                        + " weekStartTime, publicSector, headcount, calendar, agreements, attributes)",
                "null:null:zone: unknown time zone Asia/Seol; did you mean Asia/Seoul? (use an IANA zone id such as Asia/Seoul)");
        assertThat(t.hr().get("/api/v1/workplaces/hanbit-soft-seoul").status()).isEqualTo(404);
    }

    @Test
    void anImportIsEvaluatedExactlyAsTheCliEvaluatesTheSameFiles() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port, "imp");
        String wp = Fixtures.enterKrTeam(t);
        Api.Response imported = t.hr().upload("/api/v1/workplaces/" + wp + "/imports", "shifts.csv", Fixtures.krShifts(), Map.of());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("shifts").asInt()).isEqualTo(146);
        assertThat(imported.json().get("replayed").asBoolean()).isFalse();

        Api.Response findings = t.hr().get("/api/v1/workplaces/" + wp + "/findings?from=2026-03-02&to=2026-03-31");
        assertThat(findings.status()).as(findings.toString()).isEqualTo(200);

        Dataset files = DatasetReader.read(Fixtures.KR_TEAM);
        var report = Engine.of(Packs.find("KR").orElseThrow())
                .evaluate(files, Evaluation.of(LocalDateRange.ofClosed(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31"))));
        StringWriter cli = new StringWriter();
        new JsonReportWriter(Language.EN, ReportWriter.Mode.CHECK).write(report, cli);
        assertThat(findings.json()).isEqualTo(JsonMapper.shared().readTree(cli.toString()));
        assertThat(findings.json().get("schema").asString()).isEqualTo("worktime-report/1");
    }

    static List<String> problems(Api.Response r) {
        List<String> list = new ArrayList<>();
        for (JsonNode p : r.json().get("problems")) {
            list.add(text(p, "file") + ":" + text(p, "line") + ":" + text(p, "field") + ": " + text(p, "message"));
        }
        return list;
    }

    private static String text(JsonNode p, String key) {
        JsonNode v = p.get(key);
        return v == null || v.isNull() ? "null" : v.asString();
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
