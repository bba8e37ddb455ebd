package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.Browser;
import org.worktime.server.simulation.SimulationJobs;
import org.worktime.server.web.ApiException;

/**
 * The simulation's refusals before a job exists, from the server's catalog in the request's language: a workplace
 * outside Korea (409), a request without a policy or with its dates the wrong way round (422, the API's field names
 * kept), an unknown job (404), a full queue (503); on the Simulation page, in the page's language (the one chosen with
 * the switch, not the browser's).
 */
class SimulationRefusalsBrowserTest extends UiServer {

    static final String JP = "jp-tokyo";
    static int port;
    static Tenant t;
    static String policy;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        t = tenant(port, "simr");
        seedKrTeam(t, "E001");
        Map<String, Object> jp = new ObjectMapper(new YAMLFactory()).readValue(Path.of("..", "examples", "jp-team", "workplace.yaml").toFile(),
                LinkedHashMap.class);
        Http.Response put = t.hr().put("/api/v1/workplaces/" + JP, jp);
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        policy = Files.readString(Path.of("..", "examples", "policies", "kr-adopts-us-rule.yaml"));
    }

    static String said(Http.Response r) {
        return r.status() + " " + r.json().get("title").asString() + ": " + r.json().get("detail").asString();
    }

    @Test
    void theApiRefusesInTheRequestsLanguage() {
        Map<String, Object> march = Map.of("policies", List.of(policy), "from", "2026-03-01", "to", "2026-03-31");
        String jp = "/api/v1/workplaces/" + JP + "/simulations";
        assertThat(said(t.hr().post(jp, march)))
                .isEqualTo("409 Conflict: a simulation compares with the Korean Labor Standards Act; the workplace's jurisdiction is 'JP'");
        assertThat(said(t.hr().post(jp + "?lang=ko", march))).isEqualTo("409 충돌: 시뮬레이션은 근로기준법과 비교합니다. 이 사업장의 관할은 'JP'입니다");
        assertThat(said(t.hr().post(jp + "?lang=ja", march)))
                .isEqualTo("409 競合: シミュレーションは韓国勤労基準法（근로기준법）との比較です。この事業場の法域は「JP」です");

        String kr = "/api/v1/workplaces/" + WP + "/simulations";
        Http.Response none = t.hr().post(kr + "?lang=ko", Map.of("policies", List.of(), "from", "2026-03-01", "to", "2026-03-31"));
        assertThat(said(none)).startsWith("422 ").endsWith(": 시뮬레이션 요청이 올바르지 않습니다");
        assertThat(SimulationProblemsBrowserTest.problems(none.json())).containsExactly("policies: 정책 파일(docs/POLICY.md)이 텍스트로 하나 이상 필요합니다");
        Http.Response backwards = t.hr().post(kr + "?lang=ja", Map.of("policies", List.of(policy), "from", "2026-03-31", "to", "2026-03-01"));
        assertThat(said(backwards)).endsWith(": シミュレーションの指定が正しくありません");
        assertThat(SimulationProblemsBrowserTest.problems(backwards.json())).containsExactly("to: from（2026-03-31）より前の日付です");
        Http.Response noDates = t.hr().post(kr + "?lang=ja", Map.of("policies", List.of(policy)));
        assertThat(SimulationProblemsBrowserTest.problems(noDates.json())).containsExactly("from: 必須：判定する勤務記録の期間（日付）");
        Http.Response badPolicy = t.hr().post(kr + "?lang=ko", Map.of("policies", List.of("id: [unclosed"), "from", "2026-03-01", "to", "2026-03-31"));
        assertThat(said(badPolicy)).endsWith(": 정책 파일이 올바르지 않습니다");
        assertThat(badPolicy.json().get("problems").get(0).get("file").asString()).isEqualTo("policies[0]");

        assertThat(said(t.hr().get("/api/v1/simulations/no-such-job?lang=ja"))).endsWith(": シミュレーションno-such-jobは存在しません");
        assertThat(said(t.hr().get("/api/v1/simulations/no-such-job?lang=ko"))).endsWith(": 시뮬레이션 no-such-job이(가) 없습니다");
    }

    @Test
    void aFullQueueIsRefusedInEachLanguage() {
        ApiException busy = SimulationJobs.busy();
        assertThat(busy.status().value()).isEqualTo(503);
        assertThat(busy.title(Language.EN) + ": " + busy.detail(Language.EN)).isEqualTo("Busy: 8 simulations are waiting already: try again later");
        assertThat(busy.title(Language.KO) + ": " + busy.detail(Language.KO)).isEqualTo("처리 대기 초과: 이미 시뮬레이션 8건이 대기 중입니다. 잠시 후 다시 시도하십시오");
        assertThat(busy.title(Language.JA) + ": " + busy.detail(Language.JA))
                .isEqualTo("混雑中: すでに8件のシミュレーションが待機中です。しばらくしてから再度お試しください");
    }

    @Test
    void thePageSaysTheRefusalInItsLanguage(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        // The browser asks for English; the page is switched to Korean, then Japanese: the refusal follows the page.
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            Map<String, String> expected = Map.of(
                    "ko", "시뮬레이션은 근로기준법과 비교합니다. 이 사업장의 관할은 'JP'입니다",
                    "ja", "シミュレーションは韓国勤労基準法（근로기준법）との比較です。この事業場の法域は「JP」です");
            for (String language : List.of("ko", "ja")) {
                b.get(base + "/workplaces/" + JP + "/simulations");
                b.find(".languages a[lang=" + language + "]").click();
                b.await(language, () -> language.equals(b.attribute("html", "lang")));
                // The page offers no form outside Korea; the form's post, as the browser sends one, with the page's token.
                b.js("const f = document.createElement('form'); f.method = 'post'; f.action = location.pathname;"
                        + " const add = (n, v) => { const i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v; f.append(i); };"
                        + " add('_csrf', document.querySelector('input[name=_csrf]').value); add('policy', 'kr-high-income-white-collar.yaml');"
                        + " add('from', '2026-03-01'); add('to', '2026-03-31'); document.body.append(f); f.submit();");
                b.await("the refusal", () -> !b.driver().findElements(org.openqa.selenium.By.cssSelector("#simulation-problems")).isEmpty());
                assertThat(b.texts("#simulation-problems li")).containsExactly(expected.get(language));
            }
        }
    }
}
