package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExemptCommandTest {

    private static List<String> verdicts(JsonNode doc, String regime) {
        List<String> list = new ArrayList<>();
        doc.get("employees").forEach(e -> e.get("regimes").forEach(r -> {
            if (r.get("regime").asText().equals(regime)) {
                list.add(e.get("id").asText() + "=" + r.get("verdict").asText());
            }
        }));
        return list;
    }

    @Test
    void decidesEachEmployeeUnderTheWorkplacesRegimeWithEvidence() throws Exception {
        Cli.Result result = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        assertThat(doc.get("schema").asText()).isEqualTo("worktime-exempt/2");
        assertThat(doc.get("date").asText()).isEqualTo("2026-03-10");
        assertThat(verdicts(doc, "KR-LSA")).containsExactly("M1=EXEMPT", "R1=EXEMPT", "E1=NOT_EXEMPT");
        JsonNode managerTest = doc.at("/employees/0/regimes/0/tests/0");
        assertThat(managerTest.get("testId").asText()).isEqualTo("KR-EX-63");
        assertThat(managerTest.get("article").asText()).isEqualTo("Art. 63; Decree Art. 34");
        assertThat(managerTest.at("/evidence/1/observed").asText()).isEqualTo("attested by Labour attorney Choi on 2026-01-05");
        // Each text beside its message as data (worktime-exempt/2).
        assertThat(managerTest.at("/reasonRef/id").asText()).isEqualTo("core.exempt.all-met");
        assertThat(managerTest.at("/reasonRef/args/test")).isEqualTo(managerTest.get("titleRef"));
        assertThat(managerTest.at("/evidence/0/conditionRef").isObject()).isTrue();
        assertThat(managerTest.get("missingRefs").size()).isEqualTo(managerTest.get("missing").size());
        JsonNode summary = doc.at("/summary/0");
        assertThat(summary.get("regime").asText()).isEqualTo("KR-LSA");
        assertThat(summary.get("exempt").asInt()).isEqualTo(2);
        assertThat(summary.get("notExempt").asInt()).isEqualTo(1);
        assertThat(summary.get("indeterminate").asInt()).isZero();
    }

    @Test
    void writesOneCsvRowPerEmployeeAndTest() {
        Cli.Result result = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--format", "csv");
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("employeeId,employeeName,date,regime,regimeVerdict,testId,verdict,reason,missing,evidence,law,"
                + "article,lawVersion,source");
        assertThat(lines).hasSize(1 + 3 * 3);
        assertThat(lines.get(5)).startsWith("R1,Researcher,2026-03-10,KR-LSA,EXEMPT,KR-EX-58-3,EXEMPT,");
    }

    @Test
    void aMissingDateAnUnknownRegimeOrABadRateIsAUsageError() {
        Cli.Result noDate = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"));
        assertThat(noDate.exitCode()).isEqualTo(2);
        assertThat(noDate.err()).contains("Missing required option: '--on=DATE'");
        Cli.Result unknown = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--regime", "XX-NONE");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown regime 'XX-NONE' (installed: KR-LSA");
        Cli.Result badRate = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--rate", "USD-KRW=1400");
        assertThat(badRate.exitCode()).isEqualTo(2);
        assertThat(badRate.err()).contains("'USD-KRW=1400' is not FROM/TO=RATE@DATE, an exchange rate such as");
    }

    @Test
    void koreanTextNamesTheVerdictsInKorean() {
        Cli.Result result = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--lang", "ko");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("  제도    적용 제외  적용 대상  판단 불가  명칭", "  KR-LSA          2          1          0  ");
    }

    @Test
    void aPolicyFileIsDecidedBesideCurrentLawAsIfInForce() throws Exception {
        Cli.Result result = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--format", "json",
                "--policy", Cli.policy("kr-high-income-white-collar.yaml"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        String regime = doc.at("/summary/1/regime").asText();
        assertThat(doc.at("/summary/0/regime").asText()).isEqualTo("KR-LSA");
        assertThat(regime).isNotEmpty().isNotEqualTo("KR-LSA");
        // Monthly 9 M, 8 M and 5 M make 108 M, 96 M and 60 M a year: only the manager reaches KRW 100 M, and the
        // policy also needs a job family and the worker's consent, which nobody recorded for him: indeterminate.
        assertThat(regime).isEqualTo("KR-PROPOSAL-HIGH-INCOME");
        assertThat(verdicts(doc, regime)).containsExactly("M1=INDETERMINATE", "R1=NOT_EXEMPT", "E1=NOT_EXEMPT");
    }

    @Test
    void aBrokenPolicyFileIsAnInputErrorNamingTheFile() {
        Cli.Result result = Cli.run("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--policy",
                Cli.dataset("kr-exempt.yaml"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("kr-exempt.yaml");
    }
}
