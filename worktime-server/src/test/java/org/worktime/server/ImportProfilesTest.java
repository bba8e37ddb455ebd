package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST .../imports} with an import profile: a built-in one by name ({@code profile}, as the CLI's
 * {@code --profile} and the Imports page take it) or a profile file uploaded with the file ({@code profileFile}), over
 * CSV and XLSX, all or nothing, with the readers' problems (file, line, field) for a bad row.
 */
class ImportProfilesTest extends H2Context {

    @LocalServerPort
    int port;

    private static final String KR_HR = """
            사번,성명,근무일자,출근,퇴근,휴게
            E001,김민지,2026-03-02,9:00,18:00,60
            E002,이서준,2026-03-02,9:00,18:00,60
            E001,김민지,2026-03-03,9:00,19:30,60
            """;

    @Test
    void aBuiltInProfileReadsTheHrSystemsExport() {
        Fixtures.Tenant t = Fixtures.tenant(port, "prof");
        String wp = Fixtures.enterKrTeam(t);
        String imports = "/api/v1/workplaces/" + wp + "/imports";

        Api.Response first = t.hr().upload(imports + "?profile=kr-hr", "근태.csv", KR_HR.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("shifts").asInt()).isEqualTo(3);
        assertThat(first.json().get("employees").asInt()).isEqualTo(2);
        JsonNode shifts = t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-03-01&to=2026-03-31&employee=E001").json();
        assertThat(shifts.size()).isEqualTo(2);
        assertThat(shifts.get(1).get("data").get("end").asString()).isEqualTo("2026-03-03T19:30:00+09:00");
        // the profile's break: 60 minutes placed 4 hours after the clock-in
        assertThat(shifts.get(1).get("data").get("breaks").get(0).asString()).isEqualTo("2026-03-03T13:00:00+09:00/2026-03-03T14:00:00+09:00");

        Api.Response again = t.hr().upload(imports + "?profile=kr-hr", "근태.csv", KR_HR.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-03-01&to=2026-03-31").json().size()).isEqualTo(3);
    }

    @Test
    void aBadRowRefusesTheFileWithItsLineAndField() {
        Fixtures.Tenant t = Fixtures.tenant(port, "profbad");
        String wp = Fixtures.enterKrTeam(t);
        String imports = "/api/v1/workplaces/" + wp + "/imports";
        String bad = "사번,성명,근무일자,출근,퇴근,휴게\nE001,김민지,2026-03-02,9:00,18:00,60\nE002,이서준,2026-02-30,9:00,18:00,60\n";

        Api.Response refused = t.hr().upload(imports + "?profile=kr-hr", "근태.csv", bad.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).isEqualTo("the file was not imported: 1 problem");
        JsonNode problem = refused.json().get("problems").get(0);
        assertThat(refused.json().get("problems").size()).isEqualTo(1);
        assertThat(problem.get("file").asString()).isEqualTo("근태.csv");
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("field").asString()).isEqualTo("근무일자");
        assertThat(problem.get("message").asString()).isEqualTo("'2026-02-30' does not match the pattern yyyy-MM-dd (Invalid date 'FEBRUARY 30')");
        assertThat(t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-02-01&to=2026-03-31").json().size()).as("nothing kept").isZero();

        Api.Response unknown = t.hr().upload(imports + "?profile=sap", "근태.csv", KR_HR.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("problems").get(0).get("field").asString()).isEqualTo("profile");
        assertThat(unknown.json().get("problems").get(0).get("message").asString())
                .isEqualTo("expected one of kr-hr, jp-attendance, us-timeclock, punches, or none for the shifts format, found 'sap'");
    }

    @Test
    void anUploadedProfileReadsAWorkbook() throws IOException {
        Fixtures.Tenant t = Fixtures.tenant(port, "profx");
        String wp = Fixtures.enterKrTeam(t);
        String profile = """
                name: our-hr
                columns:
                  employee: id
                  date: day
                  start: in
                  end: out
                patterns:
                  date: yyyy-MM-dd
                  time: H:mm
                overnight: next-day
                """;
        Api.Response r = t.hr().upload("/api/v1/workplaces/" + wp + "/imports", Map.of(
                "file", Map.entry("attendance.xlsx", workbook(new String[][] {{"id", "day", "in", "out"}, {"E004", "2026-03-06", "9:00", "13:00"},
                    {"E005", "2026-03-06", "10:00", "15:30"}})),
                "profileFile", Map.entry("our-hr.yaml", profile.getBytes(StandardCharsets.UTF_8))), Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("shifts").asInt()).isEqualTo(2);
        assertThat(t.hr().get("/api/v1/workplaces/" + wp + "/shifts?from=2026-03-06&to=2026-03-06&employee=E005").json().get(0)
                .get("data").get("end").asString()).isEqualTo("2026-03-06T15:30:00+09:00");

        Api.Response broken = t.hr().upload("/api/v1/workplaces/" + wp + "/imports", Map.of(
                "file", Map.entry("attendance.xlsx", workbook(new String[][] {{"id"}})),
                "profileFile", Map.entry("broken.yaml", "name: x\ncolums: {}\n".getBytes(StandardCharsets.UTF_8))), Map.of());
        assertThat(broken.status()).as(broken.toString()).isEqualTo(422);
        assertThat(broken.json().get("problems").get(0).get("file").asString()).isEqualTo("broken.yaml");
    }

    private static byte[] workbook(String[][] rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return out.toByteArray();
    }
}
