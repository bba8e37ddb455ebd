package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.rule.Rule;

class RulesCommandTest {

    private static JurisdictionPack korea() {
        assumeTrue(Packs.find("KR").isPresent(), "the KR pack is not on the class path");
        return Packs.find("KR").orElseThrow();
    }

    private static List<String> ids(JurisdictionPack pack) {
        List<String> ids = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            ids.add(rule.info().id());
        }
        return ids;
    }

    @Test
    void listsEveryRuleOfTheKoreanPack() {
        JurisdictionPack kr = korea();
        Cli.Result result = Cli.run("rules", "--jurisdiction", "kr");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("KR: ").contains(ids(kr));
        assertThat(ids(kr)).contains("KR-LSA-53-1");
    }

    @Test
    void jsonCsvAndMarkdownListTheSameRules() throws Exception {
        JurisdictionPack kr = korea();
        JsonNode json = new ObjectMapper().readTree(Cli.run("rules", "-j", "KR", "--format", "json").out());
        List<String> listed = new ArrayList<>();
        json.get("rules").forEach(r -> listed.add(r.get("id").asText()));
        assertThat(listed).containsExactlyElementsOf(ids(kr));

        assertThat(Cli.run("rules", "-j", "KR", "--format", "csv").out().lines().count()).isEqualTo(ids(kr).size() + 1L);
        assertThat(Cli.run("rules", "-j", "KR", "--format", "md").out()).contains("| KR-LSA-53-1 |");
    }

    @Test
    void parametersListThePacksTable() throws Exception {
        JurisdictionPack kr = korea();
        Cli.Result result = Cli.run("rules", "--parameters", "--jurisdiction", "KR", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("schema").asText()).isEqualTo("worktime-parameters/1");
        List<String> keys = new ArrayList<>();
        json.get("parameters").forEach(p -> keys.add(p.get("key").asText()));
        assertThat(keys).containsAll(kr.parameters().keys());
        assertThat(Cli.run("rules", "--parameters", "-j", "KR").out()).contains(kr.parameters().keys().get(0));
    }

    @Test
    void anUnknownJurisdictionIsABadInput() {
        Cli.Result result = Cli.run("rules", "--jurisdiction", "QQ");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("worktime rules: unknown jurisdiction 'QQ'; installed: ");
    }

    @Test
    void explainShowsTheRuleAndWhereItsParametersAre() {
        korea();
        Cli.Result result = Cli.run("explain", "kr-lsa-53-1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("KR-LSA-53-1  ").contains("Labor Standards Act", "Parameters: see `worktime rules --parameters`");
    }

    @Test
    void explainOfAnUnknownIdExitsTwoWithAClearMessage() {
        Cli.Result result = Cli.run("explain", "KR-NOPE-1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("worktime explain: unknown rule id 'KR-NOPE-1': `worktime rules` lists the rules"
                + System.lineSeparator());
    }

    @Test
    void explainSuggestsIdsStartingWithWhatWasTyped() {
        korea();
        Cli.Result result = Cli.run("explain", "KR-LSA-53");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("did you mean KR-LSA-53-1");
    }
}
