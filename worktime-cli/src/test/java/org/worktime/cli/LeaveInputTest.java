package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * leave.csv end to end: a 20-hour part-timer's Wednesday of annual leave keeps the weekly holiday allowance, is no
 * worked time, and a mistyped kind is a usage error naming file, line and field.
 */
class LeaveInputTest {

    @TempDir
    Path dir;

    private void dataset(String leave) throws Exception {
        Files.writeString(dir.resolve("workplace.yaml"), """
                id: cafe
                jurisdiction: KR
                zone: Asia/Seoul
                headcount:
                  - {from: 2026-01-01, count: 8}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("employees.csv"), """
                id,name,hire_date,workdays,daily_hours,wage_type,wage_amount,currency
                P1,Yoon Seoa,2025-01-06,MON-FRI,4h,hourly,10320,KRW
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("shifts.csv"), """
                employee,start,end,breaks
                P1,2026-03-09T09:00,2026-03-09T13:00,
                P1,2026-03-10T09:00,2026-03-10T13:00,
                P1,2026-03-12T09:00,2026-03-12T13:00,
                P1,2026-03-13T09:00,2026-03-13T13:00,
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("leave.csv"), leave, StandardCharsets.UTF_8);
    }

    @Test
    void aDayOfAnnualLeaveKeepsTheAllowanceAndAddsNoWork() throws Exception {
        dataset("""
                employee_id,kind,from,to,hours,note
                P1,annual,2026-03-11,,,
                """);
        Cli.Result result = Cli.run("pay", dir.toString(), "--from", "2026-03-09", "--to", "2026-03-15", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode employee = new ObjectMapper().readTree(result.out()).at("/employees/0");
        List<String> lines = new ArrayList<>();
        employee.get("payLines").forEach(p -> lines.add(p.get("ruleId").asText() + " " + p.get("minutes").asInt() + " "
                + p.at("/amount/amount").asText()));
        // (20 / 40) x 8 h x 10,320 = 41,280.
        assertThat(lines).containsExactly("KR-LSA-55-1-ALLOWANCE 240 41280");
    }

    @Test
    void aSickDayForfeitsTheAllowance() throws Exception {
        dataset("""
                employee_id,kind,from,to,hours,note
                P1,sick,2026-03-11,,,
                """);
        Cli.Result result = Cli.run("pay", dir.toString(), "--from", "2026-03-09", "--to", "2026-03-15", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).at("/employees/0/payLines").size()).isZero();
    }

    @Test
    void aMistypedKindIsBadInputWithFileLineAndField() throws Exception {
        dataset("""
                employee_id,kind,from,to,hours,note
                P1,anual,2026-03-11,,,
                """);
        Cli.Result result = Cli.run("pay", dir.toString(), "--from", "2026-03-09", "--to", "2026-03-15");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(dir.resolve("leave.csv") + ":2: field 'kind': unknown leave kind anual (expected one of annual,"
                + " sick, maternity, compensatory, unpaid, other); did you mean annual?");
    }
}
