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
import org.springframework.jdbc.core.JdbcTemplate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.core.i18n.Language;
import org.worktime.io.write.ReportWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server through HTTP against a real database: the same scenarios run on H2 ({@link H2ServerTest}) and on
 * PostgreSQL ({@link PostgresServerTest}). Each scenario makes a tenant of its own.
 */
interface ServerScenarios {

    String PROBLEM_JSON = "application/problem+json";

    /** The server's port. */
    int port();

    /** The server's own data source (its database user). */
    DataSource dataSource();

    /** Tampers with an audit row as someone with direct access to the database would (bypassing the guard). */
    void tamper(JdbcTemplate jdbc, String chain, long seq, String newReason);

    @Test
    default void healthAndTheOpenApiDescriptionAreServed() {
        Api anonymous = new Api(port());
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
    default void aWorkplaceIsReadByTheFileReaderWithItsMessages() {
        Fixtures.Tenant t = Fixtures.tenant(port(), "wp");
        Map<String, Object> workplace = Fixtures.krWorkplace();
        workplace.put("zone", "Asia/Seol");
        workplace.put("weekStrat", "MONDAY");
        Api.Response r = t.hr().put("/api/v1/workplaces/hanbit-soft-seoul", workplace);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(r.json().get("title").asString()).isEqualTo("Invalid record");
        assertThat(problems(r)).containsExactly(
                "null:null:weekStrat: unknown key; did you mean weekStart? (known keys: id, name, jurisdiction, zone, weekStart,"
                        + " weekStartTime, publicSector, headcount, calendar, agreements, attributes, paySchedule)",
                "null:null:zone: unknown time zone Asia/Seol; did you mean Asia/Seoul? (use an IANA zone id such as Asia/Seoul)");
        assertThat(t.hr().get("/api/v1/workplaces/hanbit-soft-seoul").status()).isEqualTo(404);
    }

    @Test
    default void aMisspeltWordOfAPackIsRefusedAsTheReadersRefuseIt() {
        // A status no pack declares would switch Art. 71 off in silence: the API refuses it as the file readers do.
        Fixtures.Tenant t = Fixtures.tenant(port(), "vocab");
        Map<String, Object> workplace = Fixtures.krWorkplace();
        assertThat(t.hr().put("/api/v1/workplaces/hanbit-soft-seoul", workplace).status()).isEqualTo(201);
        Map<String, Object> employee = new java.util.LinkedHashMap<>(Fixtures.krEmployees().get(0));
        employee.put("statuses", List.of(Map.of("status", "POST_PARTUM", "from", "2026-01-10")));
        Api.Response r = t.hr().put("/api/v1/workplaces/hanbit-soft-seoul/employees/" + employee.get("id"), employee);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(problems(r)).containsExactly(
                "null:null:statuses[0].status: unknown employee status POST_PARTUM; did you mean POSTPARTUM?");
        Map<String, Object> agreementTypo = Fixtures.krWorkplace();
        agreementTypo.put("agreements", List.of(Map.of("kind", "KR-LSA-69-1", "from", "2026-01-01")));
        Api.Response w = t.hr().put("/api/v1/workplaces/hanbit-soft-seoul", agreementTypo);
        assertThat(w.status()).as(w.toString()).isEqualTo(422);
        assertThat(problems(w)).containsExactly(
                "null:null:agreements[0].kind: unknown agreement kind KR-LSA-69-1; did you mean KR-LSA-69?");
    }

    @Test
    default void anImportIsEvaluatedExactlyAsTheCliEvaluatesTheSameFiles() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port(), "imp");
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
        assertThat(findings.json().get("schema").asString()).isEqualTo("worktime-report/3");
    }

    @Test
    default void aTimeRecordIsCorrectedAndVoidedNeverOverwrittenAndTheAuditChainCatchesATamperedRow() {
        Fixtures.Tenant t = Fixtures.tenant(port(), "ver");
        String wp = Fixtures.enterKrTeam(t);
        String shifts = "/api/v1/workplaces/" + wp + "/shifts";
        Api.Response created = t.hr().post(shifts, map("employee", "E001", "start", "2026-03-02T09:00", "end", "2026-03-02T18:00",
                "breaks", List.of("12:00-13:00")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String record = created.json().get("recordId").asString();
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(created.json().get("start").asString()).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(created.json().get("data").get("start").asString()).isEqualTo("2026-03-02T09:00:00+09:00");

        Api.Response overlap = t.hr().post(shifts, map("employee", "E001", "start", "2026-03-02T17:00", "end", "2026-03-02T20:00"));
        assertThat(overlap.status()).isEqualTo(422);
        assertThat(problems(overlap)).containsExactly("null:null:null: the shift of E001 from 2026-03-02T17:00:00+09:00 to"
                + " 2026-03-02T20:00:00+09:00 overlaps the shift " + record + " (2026-03-02T09:00:00+09:00 to 2026-03-02T18:00:00+09:00)");
        Api.Response badEnd = t.hr().post(shifts, map("employee", "E001", "start", "2026-03-03T09:00", "end", "2026-02-30T18:00"));
        assertThat(badEnd.status()).isEqualTo(422);
        assertThat(problems(badEnd)).containsExactly("null:null:end: 2026-02-30T18:00 is not a date-time (no February 30)");

        Map<String, Object> corrected = map("employee", "E001", "start", "2026-03-02T09:00", "end", "2026-03-02T19:30",
                "breaks", List.of("12:00-13:00"));
        Api.Response noReason = t.hr().put(shifts + "/" + record, map("shift", corrected));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(problems(noReason)).containsExactly(
                "null:null:reason: say why the record changes (kept in its history and the audit trail)");
        Api.Response correction = t.hr().put(shifts + "/" + record, map("shift", corrected, "reason", "forgot to clock out"));
        assertThat(correction.status()).as(correction.toString()).isEqualTo(200);
        assertThat(correction.json().get("version").asInt()).isEqualTo(2);
        Api.Response voided = t.hr().post(shifts + "/" + record + "/void", map("reason", "entered twice"));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().get("status").asString()).isEqualTo("VOID");
        assertThat(t.hr().post(shifts + "/" + record + "/void", map("reason", "again")).status()).isEqualTo(409);

        JsonNode history = t.hr().get(shifts + "/" + record).json();
        assertThat(history.get("current").get("version").asInt()).isEqualTo(3);
        List<String> versions = new ArrayList<>();
        history.get("versions").forEach(v -> versions.add(v.get("version").asInt() + " " + v.get("status").asString() + " "
                + v.get("data").get("end").asString() + " " + text(v, "reason") + " " + v.get("recordedBy").asString()));
        String hr = t.id() + "-hr";
        assertThat(versions).containsExactly("1 ACTIVE 2026-03-02T18:00:00+09:00 null " + hr,
                "2 ACTIVE 2026-03-02T19:30:00+09:00 forgot to clock out " + hr, "3 VOID 2026-03-02T19:30:00+09:00 entered twice " + hr);
        assertThat(t.hr().get(shifts + "?from=2026-03-02&to=2026-03-02").json().size()).isZero();

        Api.Response trail = t.hr().get("/api/v1/audit?entity=shift&entityId=" + record);
        List<String> rows = new ArrayList<>();
        trail.json().forEach(e -> rows.add(e.get("action").asString() + " " + text(e, "reason")));
        assertThat(rows).containsExactly("VOID entered twice", "CORRECT forgot to clock out", "CREATE null");
        long correctSeq = trail.json().get(1).get("seq").asLong();

        JsonNode intact = t.hr().get("/api/v1/audit/verify").json();
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        // the tenant, its HR administrator, the workplace, 8 employees, then the shift's three versions
        assertThat(intact.get("rows").asLong()).isEqualTo(14);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource());
        assertThatThrownBy(() -> jdbc.update("update audit_event set reason = 'nothing happened' where chain = ? and seq = ?", t.id(), correctSeq))
                .rootCause().hasMessageContaining("audit_event is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where chain = ?", t.id()))
                .rootCause().hasMessageContaining("audit_event is append-only: DELETE refused");

        tamper(jdbc, t.id(), correctSeq, "nothing happened");
        JsonNode broken = t.hr().get("/api/v1/audit/verify").json();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("brokenAt").asLong()).isEqualTo(correctSeq);
        assertThat(broken.get("problem").asString()).isEqualTo("row " + correctSeq + " was changed after it was written");
    }

    @Test
    default void aPunchIsAnsweredWithTheEmployeesStateAfterIt() {
        Fixtures.Tenant t = Fixtures.tenant(port(), "pun");
        String wp = Fixtures.enterKrTeam(t);
        Api employee = Fixtures.user(port(), t, "minji", map("role", "EMPLOYEE", "workplace", wp, "employee", "E001"));
        String punches = "/api/v1/workplaces/" + wp + "/employees/E001/punches";

        Api.Response in = employee.post(punches, map("kind", "IN", "at", "2026-03-09T09:00+09:00"));
        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        assertThat(in.json().get("shift").isNull()).isTrue();
        JsonNode before = in.json().get("state").get("employees").get(0);
        assertThat(before.get("recordedMinutes").asInt()).isZero();
        assertThat(employee.post(punches, map("kind", "IN", "at", "2026-03-09T09:30+09:00")).status()).isEqualTo(409);

        Api.Response out = employee.post(punches, map("kind", "OUT", "at", "2026-03-09T19:00+09:00"));
        assertThat(out.status()).as(out.toString()).isEqualTo(201);
        assertThat(out.json().get("shift").get("data").get("end").asString()).isEqualTo("2026-03-09T19:00:00+09:00");
        JsonNode state = out.json().get("state");
        assertThat(state.get("schema").asString()).isEqualTo("worktime-watch/2");
        assertThat(state.get("week").get("start").asString()).isEqualTo("2026-03-09");
        JsonNode after = state.get("employees").get(0);
        assertThat(after.get("id").asString()).isEqualTo("E001");
        assertThat(after.get("recordedMinutes").asInt()).isEqualTo(600);
        assertThat(after.get("ceilingMinutes").asInt()).isEqualTo(3120);
        assertThat(after.get("leftMinutes").asInt()).isEqualTo(2520);
        assertThat(after.get("todayShiftStart").asString()).isEqualTo("2026-03-09T09:00:00");
        assertThat(after.get("latestLegalEnd").asString()).isEqualTo("2026-03-11T14:00:00");
        assertThat(out.json().get("findings").get("schema").asString()).isEqualTo("worktime-report/3");
        List<String> rules = new ArrayList<>();
        out.json().get("findings").get("employees").get(0).get("findings")
                .forEach(f -> rules.add(f.get("ruleId").asString() + " " + f.get("severity").asString() + " " + f.get("basis").asString()));
        assertThat(rules).as(out.body()).containsExactly("KR-LSA-54-1 VIOLATION ACTUAL");

        assertThat(employee.post(punches, map("kind", "OUT", "at", "2026-03-09T20:00+09:00")).json().get("detail").asString())
                .isEqualTo("E001 is not clocked in");
        Api.Response early = employee.post(punches, map("kind", "IN", "at", "2026-03-09T08:00+09:00"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).isEqualTo("punches come in order: the last punch of E001 is at 2026-03-09T19:00:00+09:00");
        Api.Response noOffset = employee.post(punches, map("kind", "IN", "at", "2026-03-10T09:00"));
        assertThat(problems(noOffset)).containsExactly("null:null:at: '2026-03-10T09:00' is not a date-time with an offset: a punch is"
                + " an instant, e.g. 2026-03-02T09:00+09:00 or 2026-03-02T00:00Z");
        // someone else's record is not there for an employee
        assertThat(employee.post("/api/v1/workplaces/" + wp + "/employees/E002/punches", map("kind", "IN")).status()).isEqualTo(404);

        // The latest punch is found however long ago it was (the service looks at the last seven days first).
        assertThat(employee.post(punches, map("kind", "OUT", "at", "2026-03-20T09:00+09:00")).json().get("detail").asString())
                .isEqualTo("E001 is not clocked in");
        assertThat(employee.post(punches, map("kind", "IN", "at", "2026-03-25T09:00+09:00")).status()).isEqualTo(201);
        assertThat(employee.post(punches, map("kind", "IN", "at", "2026-04-06T09:00+09:00")).json().get("detail").asString())
                .isEqualTo("E001 is clocked in since 2026-03-25T09:00:00+09:00: clock out first");
        assertThat(employee.post(punches, map("kind", "IN", "at", "2026-03-24T09:00+09:00")).json().get("detail").asString())
                .isEqualTo("punches come in order: the last punch of E001 is at 2026-03-25T09:00:00+09:00");
    }

    /** The malformed shifts of the CLI's reader tests, uploaded: each a 422 naming file, line and field; nothing kept. */
    @Test
    default void anImportIsAllOrNothingIdempotentAndNamesEveryRejectedRow() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port(), "bad");
        String wp = Fixtures.enterKrTeam(t);
        String imports = "/api/v1/workplaces/" + wp + "/imports";
        String header = "employee,start,end,breaks,origin,break_waiver\n";
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put(header + "E001,2026-02-27T09:00,2026-02-27T18:00,,,\nE001,2026-02-28T09:00,2026-02-30T09:00,,,\n",
                List.of("shifts.csv:3:end: 2026-02-30T09:00 is not a date-time (no February 30)"));
        cases.put(header + "E001,2026-03-03,2026-03-03T18:00,,,\nE001,2026-03-03T09:61,,,,\n",
                List.of("shifts.csv:2:start: 2026-03-03 is not a date-time (expected yyyy-MM-ddTHH:mm, e.g. 2025-03-03T09:00)",
                        "shifts.csv:3:start: 2026-03-03T09:61 is not a date-time (no minute 61)", "shifts.csv:3:end: missing value"));
        cases.put(header + "E001,2026-03-03T22:00,2026-03-03T06:00,,,\n",
                List.of("shifts.csv:2:end: the shift must end after it starts, but it ends at 2026-03-03T06:00 and starts at"
                        + " 2026-03-03T22:00 (a shift that crosses midnight ends on the next date)"));
        cases.put(header + "E001,2026-03-03T09:00,2026-03-04T15:15,,,\n",
                List.of("shifts.csv:2:end: the shift from 2026-03-03T09:00 to 2026-03-04T15:15 lasts 30 h 15 min, more than 24 h:"
                        + " probably a missing clock-out; split it into shifts of at most 24 h"));
        cases.put(header + "E0001,2026-03-03T09:00,2026-03-03T18:00,,,\n",
                List.of("shifts.csv:2:employee: unknown employee E0001 (not in the employee list); did you mean E001?"));
        cases.put(header + "E001,2026-03-03T09:00,2026-03-03T13:00,,,\nE001,2026-03-03T12:00,2026-03-03T14:00,,,\n",
                List.of("shifts.csv:3:null: the shift of E001 from 2026-03-03T12:00 to 2026-03-03T14:00 overlaps the shift at"
                        + " shifts.csv:2 (2026-03-03T09:00 to 2026-03-03T13:00)"));
        cases.put(header + "E001,2026-03-03T09:00,2026-03-03T18:00,12:00-1300,SCHEDULED,yes\n",
                List.of("shifts.csv:2:origin: SCHEDULED is not an origin (expected ACTUAL or PLANNED)",
                        "shifts.csv:2:break_waiver: yes is not true or false",
                        "shifts.csv:2:breaks: 12:00-1300 is not a break (expected HH:MM-HH:MM, e.g. 12:00-13:00, or start/end date-times)"));
        cases.put("employee,strat,end\n", List.of(
                "shifts.csv:1:strat: unknown column; did you mean start? (known columns: employee, start, end, breaks, origin,"
                        + " break_waiver, notified_on, outside, rate, break_minutes)",
                "shifts.csv:1:start: required column missing from the header (header: employee,strat,end)"));
        cases.put("", List.of("shifts.csv:null:null: the file is empty (expected a header line:"
                + " employee,start,end,breaks,origin,break_waiver,notified_on,outside,rate,break_minutes)"));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            Api.Response r = t.hr().upload(imports, "shifts.csv", c.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
            assertThat(r.status()).as(c.getKey()).isEqualTo(422);
            assertThat(r.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
            assertThat(problems(r)).as(c.getKey()).containsExactlyElementsOf(c.getValue());
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        Api.Response wrongType = t.hr().upload(imports, "shifts.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.json().get("detail").asString()).isEqualTo("expected a shifts file ending in .csv or .xlsx, found shifts.txt");

        // one shift overlapping a stored one refuses the whole file
        assertThat(t.hr().post("/api/v1/workplaces/" + wp + "/shifts", map("employee", "E002", "start", "2026-03-05T09:00",
                "end", "2026-03-05T18:00")).status()).isEqualTo(201);
        byte[] clash = (header + "E001,2026-03-04T09:00,2026-03-04T18:00,,,\nE002,2026-03-05T17:00,2026-03-05T20:00,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response refused = t.hr().upload(imports, "clash.csv", clash, Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).isEqualTo("the file was not imported: 1 of its shifts overlap stored shifts");
        assertThat(t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-03-01&to=2026-03-31").json().size()).isEqualTo(1);

        // accepted once; the same file again, or the same key, is answered with the first import
        byte[] good = (header + "E001,2026-03-04T09:00,2026-03-04T18:00,12:00-13:00,,\nE003,2026-03-04T09:00,2026-03-04T18:00,,PLANNED,\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response first = t.hr().upload(imports, "good.csv", good, Map.of("Idempotency-Key", "batch-1"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("shifts").asInt()).isEqualTo(2);
        assertThat(first.json().get("employees").asInt()).isEqualTo(2);
        Api.Response retry = t.hr().upload(imports, "good.csv", good, Map.of("Idempotency-Key", "batch-1"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("replayed").asBoolean()).isTrue();
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        Api.Response otherFile = t.hr().upload(imports, "good.csv", clash, Map.of("Idempotency-Key", "batch-1"));
        assertThat(otherFile.status()).isEqualTo(409);
        assertThat(t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-03-01&to=2026-03-31").json().size()).isEqualTo(3);

        // an XLSX sheet, read by the same reader as the CLI's
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Shifts");
            String[][] rows = {{"employee", "start", "end"}, {"E004", "2026-03-06T09:00", "2026-03-06T13:00"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(xlsx);
        }
        Api.Response sheet = t.hr().upload(imports, "shifts.xlsx", xlsx.toByteArray(), Map.of());
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(201);
        assertThat(sheet.json().get("shifts").asInt()).isEqualTo(1);
        assertThat(t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-03-06&to=2026-03-06&employee=E004").json().get(0)
                .get("data").get("end").asString()).isEqualTo("2026-03-06T13:00:00+09:00");

        // a shift's own rate, in the employee's wage currency (KRW), as the CLI reads it; a bad one names its cell
        byte[] rated = ("employee,start,end,rate\nE005,2026-03-06T09:00,2026-03-06T13:00,15000\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response withRate = t.hr().upload(imports, "rated.csv", rated, Map.of());
        assertThat(withRate.status()).as(withRate.toString()).isEqualTo(201);
        assertThat(t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-03-06&to=2026-03-06&employee=E005").json().get(0)
                .get("data").get("rate").asString()).isEqualTo("15000");
        byte[] badRate = ("employee,start,end,rate\nE005,2026-03-07T09:00,2026-03-07T13:00,-1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(problems(t.hr().upload(imports, "rated.csv", badRate, Map.of())))
                .containsExactly("rated.csv:2:rate: -1 is not positive");
    }

    /** A user of tenant B finds nothing of tenant A, even with A's ids in the path. */
    @Test
    default void anotherTenantsRecordsAreNotFoundEvenByGuessedIds() {
        Fixtures.Tenant a = Fixtures.tenant(port(), "ta");
        Fixtures.Tenant b = Fixtures.tenant(port(), "tb");
        String wp = Fixtures.enterKrTeam(a);
        String shift = a.hr().post("/api/v1/workplaces/" + wp + "/shifts", map("employee", "E001", "start", "2026-03-02T09:00",
                "end", "2026-03-02T18:00")).json().get("recordId").asString();
        Api.Response punch = a.hr().post("/api/v1/workplaces/" + wp + "/employees/E002/punches", map("kind", "IN", "at", "2026-03-02T09:00Z"));
        assertThat(punch.status()).isEqualTo(201);

        String base = "/api/v1/workplaces/" + wp;
        for (String path : List.of(base, base + "/employees", base + "/employees/E001", base + "/shifts/" + shift,
                base + "/shifts?from=2026-03-01&to=2026-03-31", base + "/findings?from=2026-03-02&to=2026-03-08",
                base + "/pay?from=2026-03-02&to=2026-03-08", base + "/watch?asOf=2026-03-02T12:00",
                base + "/exempt?on=2026-03-02", base + "/employees/E002/punches?from=2026-03-01&to=2026-03-31")) {
            Api.Response r = b.hr().get(path);
            assertThat(r.status()).as(path + " " + r).isEqualTo(404);
        }
        assertThat(b.hr().put(base + "/shifts/" + shift, map("shift", map("employee", "E001", "start", "2026-03-02T09:00",
                "end", "2026-03-02T10:00"), "reason", "x")).status()).isEqualTo(404);
        assertThat(b.hr().post(base + "/shifts/" + shift + "/void", map("reason", "x")).status()).isEqualTo(404);
        assertThat(b.hr().post(base + "/employees/E001/punches", map("kind", "IN")).status()).isEqualTo(404);
        assertThat(b.hr().upload(base + "/imports", "shifts.csv", Fixtures.krShifts(), Map.of()).status()).isEqualTo(404);
        assertThat(b.hr().get("/api/v1/workplaces").json().size()).isZero();

        // B enters a workplace with the same id: A's shift id still names nothing there
        Fixtures.enterKrTeam(b);
        assertThat(b.hr().get(base + "/shifts/" + shift).status()).isEqualTo(404);
        assertThat(b.hr().post(base + "/shifts/" + shift + "/void", map("reason", "x")).status()).isEqualTo(404);
        assertThat(b.hr().get(base + "/shifts?from=2026-03-01&to=2026-03-31").json().size()).isZero();
        assertThat(b.hr().get(base + "/employees/E002/punches?from=2026-03-01&to=2026-03-31").json().size()).isZero();
        Api.Response findings = b.hr().get(base + "/findings?from=2026-03-02&to=2026-03-08&employee=E001");
        assertThat(findings.json().get("employees").get(0).get("workedMinutes").asInt()).isZero();
        b.hr().get("/api/v1/audit?limit=1000").json().forEach(e -> assertThat(e.get("entityId").asString()).isNotEqualTo(shift));
        assertThat(a.hr().get(base + "/shifts/" + shift).status()).isEqualTo(200);
    }

    /** An attestation read as the bundle's, decisive for an exemption; voided, it no longer counts. */
    @Test
    default void attestationsAndEarningsAreReadAsTheBundlesAndCountInTheEvaluations() {
        Fixtures.Tenant t = Fixtures.tenant(port(), "att");
        String wp = Fixtures.enterKrTeam(t);
        String base = "/api/v1/workplaces/" + wp;
        Api.Response bad = t.hr().post(base + "/attestations", map("employee", "E008", "subject", "kr.duties.managerial", "holds", "yes",
                "attestedBy", "HR", "attestedOn", "2026-01-05", "from", "2026-01-01"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(problems(bad)).containsExactly("null:null:holds: yes is not true or false");
        Api.Response unknown = t.hr().post(base + "/earnings", map("employee", "E099", "kind", "bonus", "amount", "100000", "currency", "KRW",
                "from", "2026-03-01", "to", "2026-03-31"));
        assertThat(problems(unknown)).hasSize(1).first().asString().startsWith("null:null:employee: unknown employee E099");

        Map<String, Object> manager = Fixtures.krEmployees().stream().filter(e -> e.get("id").equals("E008")).findFirst().orElseThrow();
        manager.put("exclusion", map("category", "MANAGERIAL_CONFIDENTIAL"));
        assertThat(t.hr().put(base + "/employees/E008", manager).status()).isEqualTo(200);
        assertThat(verdict(t.hr(), base)).isEqualTo("INDETERMINATE");
        Api.Response attested = t.hr().post(base + "/attestations", map("employee", "E008", "subject", "kr.duties.managerial", "holds", "true",
                "attestedBy", "Labour attorney Choi", "attestedOn", "2026-01-05", "from", "2026-01-01"));
        assertThat(attested.status()).as(attested.toString()).isEqualTo(201);
        assertThat(verdict(t.hr(), base)).isEqualTo("EXEMPT");
        assertThat(t.hr().get(base + "/attestations").json().size()).isEqualTo(1);

        Api.Response voided = t.hr().post(base + "/attestations/" + attested.json().get("id").asString() + "/void", map("reason", "withdrawn"));
        assertThat(voided.json().get("status").asString()).isEqualTo("VOID");
        assertThat(verdict(t.hr(), base)).isEqualTo("INDETERMINATE");
    }

    private static String verdict(Api api, String base) {
        Api.Response r = api.get(base + "/exempt?on=2026-03-02&employee=E008");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("employees").get(0).get("regimes").get(0).get("verdict").asString();
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


    /**
     * A simulation job with the CLI's sweep and rate is stored (issue 14): its row is in the database, the result is
     * the CLI's on the same files and options, the past jobs are listed and the HTML report (with its charts) is served.
     */
    @Test
    default void aSimulationJobIsStoredWithItsSweepAndRatesAndListed() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port(), "simdb");
        String wp = Fixtures.enterKrTeam(t);
        assertThat(t.hr().upload("/api/v1/workplaces/" + wp + "/imports", "shifts.csv", Fixtures.krShifts(), Map.of()).status()).isEqualTo(201);
        java.nio.file.Path policy = java.nio.file.Path.of("..", "examples", "policies", "kr-adopts-us-rule.yaml");
        Api.Response bad = t.hr().post("/api/v1/workplaces/" + wp + "/simulations", map("policies", List.of(java.nio.file.Files.readString(policy)),
                "from", "2026-03-02", "to", "2026-03-31", "sweep", map("from", "100M", "to", "50M", "step", "10M"), "rates", List.of("USD/KRW")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("problems").get(0).get("field").asString()).isEqualTo("sweep.to");
        assertThat(bad.json().get("problems").get(1).get("field").asString()).isEqualTo("rates[0]");

        Api.Response submitted = t.hr().post("/api/v1/workplaces/" + wp + "/simulations", map("policies",
                List.of(java.nio.file.Files.readString(policy)), "from", "2026-03-02", "to", "2026-03-31",
                "sweep", map("from", "50M", "to", "150M", "step", "50M"), "rates", List.of("USD/KRW=1400@2026-03-02")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        JsonNode job = null;
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            job = t.hr().get("/api/v1/simulations/" + id).json();
            if (job.get("status").asString().equals("DONE") || job.get("status").asString().equals("FAILED")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("parameters").get("sweep").get("step").asString()).isEqualTo("50000000");
        assertThat(job.get("parameters").get("rates").get(0).asString()).isEqualTo("USD/KRW=1400@2026-03-02");
        assertThat(job.get("parameters").get("policies").get(0).get("id").asString()).isEqualTo("KR-ADOPTS-US-HCE");

        org.worktime.policy.sim.Simulation simulation = org.worktime.policy.sim.Simulation.korean();
        var options = org.worktime.policy.sim.SimulationOptions.of(LocalDateRange.ofClosed(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31")))
                .withRates(org.worktime.core.exempt.ExchangeRates.of(List.of(new org.worktime.core.exempt.ExchangeRate(
                        org.joda.money.CurrencyUnit.USD, org.joda.money.CurrencyUnit.of("KRW"), new java.math.BigDecimal("1400"),
                        LocalDate.parse("2026-03-02"), "rates USD/KRW=1400@2026-03-02"))))
                .withSweep(List.of(org.joda.money.Money.parse("KRW 50000000"), org.joda.money.Money.parse("KRW 100000000"),
                        org.joda.money.Money.parse("KRW 150000000")));
        var result = simulation.run(DatasetReader.read(Fixtures.KR_TEAM), List.of(org.worktime.policy.PolicyFiles.read(policy, simulation.pack())),
                options, org.worktime.policy.sim.Progress.NONE);
        StringWriter cli = new StringWriter();
        org.worktime.policy.out.JsonSimulationWriter.write(result, cli);
        assertThat(job.get("result")).isEqualTo(JsonMapper.shared().readTree(cli.toString()));
        assertThat(job.get("result").get("policies").get(0).get("sweep").size()).isEqualTo(3);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource());
        assertThat(jdbc.queryForObject("select status from simulation_job where id = ?", String.class, id)).isEqualTo("DONE");
        Api.Response list = t.hr().get("/api/v1/workplaces/" + wp + "/simulations");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("id").asString()).isEqualTo(id);
        assertThat(list.json().get(0).has("result")).isFalse();
        Api.Response report = t.hr().get("/api/v1/simulations/" + id + "/report?lang=ko");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).startsWith("<!DOCTYPE html>\n<html lang=\"ko\">").contains("<svg class=\"chart\"", "id=\"sweep-share\"");
        Fixtures.Tenant other = Fixtures.tenant(port(), "simdb2");
        assertThat(other.hr().get("/api/v1/simulations/" + id + "/report").status()).isEqualTo(404);
        assertThat(other.hr().get("/api/v1/workplaces/" + wp + "/simulations").status()).isEqualTo(404);
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
