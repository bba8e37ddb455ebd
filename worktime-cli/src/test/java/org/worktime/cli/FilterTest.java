package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --employee and --where on check, pay, watch and exempt (examples/kr-team; attr.team is platform for E001, E002, E008). */
class FilterTest {

    private static final String TEAM = java.nio.file.Path.of("..", "examples", "kr-team").toString();

    private static JsonNode json(Cli.Result r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> ids(JsonNode employees) {
        List<String> ids = new ArrayList<>();
        employees.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    @Test
    void anEmployeeFilterReportsThatEmployeeExactlyAsTheWholeRunDoes() throws Exception {
        JsonNode all = json(Cli.run("check", TEAM, "--format", "json"));
        Cli.Result one = Cli.run("check", TEAM, "--employee", "E006", "--format", "json");
        assertThat(one.exitCode()).isEqualTo(1);
        JsonNode filtered = json(one);
        assertThat(ids(filtered.get("employees"))).containsExactly("E006");
        JsonNode e006 = null;
        for (JsonNode e : all.get("employees")) {
            if (e.get("id").asText().equals("E006")) {
                e006 = e;
            }
        }
        assertThat(filtered.get("employees").get(0)).isEqualTo(e006);
        assertThat(filtered.at("/totals/violations").asInt()).isEqualTo(6);
        assertThat(filtered.get("period")).isEqualTo(all.get("period"));
    }

    @Test
    void whereSelectsByAttributeAndCombinesWithEmployee() throws Exception {
        assertThat(ids(json(Cli.run("check", TEAM, "--where", "attr.team=platform", "--format", "json")).get("employees")))
                .containsExactly("E001", "E002", "E008");
        assertThat(ids(json(Cli.run("pay", TEAM, "--where", "attr.team=platform", "--employee", "E001,E003", "--format", "json"))
                .get("employees"))).containsExactly("E001");
        Cli.Result cleanTeam = Cli.run("check", TEAM, "--where", "attr.team=qa", "--format", "json");
        assertThat(cleanTeam.exitCode()).isZero();
        assertThat(ids(json(cleanTeam).get("employees"))).containsExactly("E007");
    }

    @Test
    void watchAndExemptTakeTheFiltersToo() throws Exception {
        JsonNode watch = json(Cli.run("watch", TEAM, "--as-of", "2026-03-18T09:00", "--where", "attr.team=qa", "--format", "json"));
        assertThat(watch.toString()).contains("\"E007\"").doesNotContain("\"E001\"");
        Cli.Result exempt = Cli.run("exempt", TEAM, "--on", "2026-03-10", "--employee", "E008");
        assertThat(exempt.exitCode()).isZero();
        assertThat(exempt.out()).contains("\n  E008         Han Jiwoo  KR-LSA  NOT EXEMPT\n").doesNotContain("E001");
    }

    @Test
    void aTypoInAFilterIsAnErrorNotAnEmptyReport() {
        Cli.Result id = Cli.run("check", TEAM, "--employee", "E010");
        assertThat(id.exitCode()).isEqualTo(2);
        assertThat(id.err()).isEqualTo("worktime check: --employee E010: no such employee in the dataset; did you mean E001?\n");
        Cli.Result key = Cli.run("pay", TEAM, "--where", "attr.taem=platform");
        assertThat(key.exitCode()).isEqualTo(2);
        assertThat(key.err()).isEqualTo("worktime pay: --where attr.taem=platform: no employee has the attribute taem; did you mean attr.team?"
                + " (attributes: team)\n");
        Cli.Result none = Cli.run("check", TEAM, "--where", "attr.team=nobody");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("worktime check: no employee matches --where attr.team=nobody: nothing to report\n");
        Cli.Result form = Cli.run("check", TEAM, "--where", "team=platform");
        assertThat(form.exitCode()).isEqualTo(2);
        assertThat(form.err()).isEqualTo("worktime check: --where team=platform: expected attr.KEY=VALUE, e.g. --where attr.team=platform\n");
    }
}
