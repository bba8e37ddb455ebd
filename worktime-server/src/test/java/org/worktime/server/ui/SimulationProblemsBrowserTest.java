package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.testing.Browser;
import tools.jackson.databind.JsonNode;

/**
 * A bad threshold sweep (the highest below the lowest) and a bad rate, on the Simulation page and in the API, in
 * Korean and Japanese: the page names its own fields (its labels), the API keeps its field names, both say what is
 * wrong in the language of the request, money in the catalog's format.
 */
class SimulationProblemsBrowserTest extends UiServer {

    static int port;
    static Tenant t;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        t = tenant(port, "simp");
        seedKrTeam(t, "E001");
    }

    @Test
    void theApiSaysABadSweepInTheRequestsLanguage() throws Exception {
        String policy = Files.readString(Path.of("..", "examples", "policies", "kr-adopts-us-rule.yaml"));
        Map<String, Object> ask = Map.of("policies", List.of(policy), "from", "2026-03-02", "to", "2026-03-31",
                "sweep", Map.of("from", "100M", "to", "50M", "step", "10M"), "rates", List.of("USD/KRW"));
        Http.Response ko = t.hr().post("/api/v1/workplaces/" + WP + "/simulations?lang=ko", ask);
        assertThat(ko.status()).isEqualTo(422);
        assertThat(problems(ko.json())).containsExactly("sweep.to: sweep.from(100,000,000 KRW)보다 작습니다",
                "rates[0]: 'USD/KRW'은(는) FROM/TO=RATE@DATE 형식이 아닙니다(예: USD/KRW=1350@2026-03-01)");
        Http.Response ja = t.hr().post("/api/v1/workplaces/" + WP + "/simulations?lang=ja", ask);
        assertThat(problems(ja.json())).containsExactly("sweep.to: sweep.from（100,000,000 KRW）より小さい値です",
                "rates[0]: 「USD/KRW」はFROM/TO=RATE@DATEの形式ではありません（例：USD/KRW=1350@2026-03-01）");
        Http.Response en = t.hr().post("/api/v1/workplaces/" + WP + "/simulations", ask);
        assertThat(problems(en.json())).containsExactly("sweep.to: before sweep.from (100,000,000 KRW)",
                "rates[0]: 'USD/KRW' is not FROM/TO=RATE@DATE, e.g. USD/KRW=1350@2026-03-01");
        Http.Response many = t.hr().post("/api/v1/workplaces/" + WP + "/simulations?lang=ja", Map.of("policies", List.of(policy),
                "from", "2026-03-02", "to", "2026-03-31", "sweep", Map.of("from", "0", "to", "100M", "step", "1"), "rates", List.of()));
        assertThat(problems(many.json())).containsExactly("sweep.step: 閾値の分析点が100,000,001個あります。上限は1,000個です");
    }

    @Test
    void thePageSaysABadSweepInItsLanguageOnItsLabels(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        for (String language : List.of("ko", "ja")) {
            try (Browser b = Browser.open(dir.resolve("profile-" + language), language)) {
                signIn(b, base, t.id() + "-hr", t.hrPassword());
                b.get(base + "/workplaces/" + WP + "/simulations");
                b.find("input[name=policy][value='kr-high-income-white-collar.yaml']").click();
                b.find("#sweep-from").sendKeys("100M");
                b.find("#sweep-to").sendKeys("50M");
                b.find("#sweep-step").sendKeys("10M");
                b.find("#rates").sendKeys("USD/KRW=0@2026-03-01\nUSD/KRW=1400@2026-13-01");
                b.find("#run").click();
                b.await("the problems", () -> !b.driver().findElements(org.openqa.selenium.By.cssSelector("#simulation-problems")).isEmpty());
                List<String> shown = b.driver().findElements(org.openqa.selenium.By.cssSelector("#simulation-problems li")).stream()
                        .map(e -> e.getText()).toList();
                if (language.equals("ko")) {
                    assertThat(shown).containsExactly("최고 기준: 최저 기준(100,000,000 KRW)보다 작습니다",
                            "환율 1번째 줄: 'USD/KRW=0@2026-03-01': 환율은 0보다 커야 하며 서로 다른 두 통화 사이의 환율이어야 합니다",
                            "환율 2번째 줄: 'USD/KRW=1400@2026-13-01': 날짜가 ISO 형식(YYYY-MM-DD)이 아닙니다");
                } else {
                    assertThat(shown).containsExactly("最高額: 最低額（100,000,000 KRW）より小さい値です",
                            "為替レート 1行目: 「USD/KRW=0@2026-03-01」：為替レートは0より大きく、異なる2つの通貨の間で指定してください",
                            "為替レート 2行目: 「USD/KRW=1400@2026-13-01」：日付がISO形式（YYYY-MM-DD）ではありません");
                }
            }
        }
    }

    static List<String> problems(JsonNode body) {
        List<String> said = new java.util.ArrayList<>();
        body.get("problems").forEach(p -> said.add(p.get("field").asString() + ": " + p.get("message").asString()));
        return said;
    }
}
