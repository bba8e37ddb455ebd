package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.Report;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.io.write.ReportWriter;
import org.worktime.server.web.RequestLanguage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings and problems in the language the client asks for: the {@code lang} parameter, else Accept-Language, else
 * English. The findings are those the CLI writes in the same language for the same files; a 422 says its title, its
 * detail and the readers' problems in it.
 */
class LanguageTest extends H2Context {

    private static final String FINDINGS = "/findings?from=2026-03-02&to=2026-03-31";

    @LocalServerPort
    int port;

    @Test
    void theLanguageIsTheParameterElseTheFirstAcceptedLanguageWorktimeSpeaksElseEnglish() {
        assertThat(RequestLanguage.of("ja", "ko")).isEqualTo(Language.JA);
        assertThat(RequestLanguage.of(null, "ja-JP,ja;q=0.9,en;q=0.8")).isEqualTo(Language.JA);
        assertThat(RequestLanguage.of(null, "fr-FR,fr;q=0.9,ko;q=0.5,en;q=0.4")).isEqualTo(Language.KO);
        assertThat(RequestLanguage.of(null, "en;q=0.5,ko;q=0.8")).isEqualTo(Language.KO);
        assertThat(RequestLanguage.of(null, "de, fr")).isEqualTo(Language.EN);
        assertThat(RequestLanguage.of(null, "ko;q=0")).isEqualTo(Language.EN);
        assertThat(RequestLanguage.of(null, "not a header;;")).isEqualTo(Language.EN);
        assertThat(RequestLanguage.of(null, null)).isEqualTo(Language.EN);
    }

    @Test
    void findingsAreSaidInTheAskedLanguageAsTheCliSaysThem() throws Exception {
        Fixtures.Tenant t = Fixtures.tenant(port, "lang");
        String wp = Fixtures.enterKrTeam(t);
        assertThat(t.hr().upload("/api/v1/workplaces/" + wp + "/imports", "shifts.csv", Fixtures.krShifts(), Map.of()).status()).isEqualTo(201);
        Report report = Engine.of(Packs.find("KR").orElseThrow()).evaluate(DatasetReader.read(Fixtures.KR_TEAM),
                Evaluation.of(LocalDateRange.ofClosed(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31"))));
        String base = "/api/v1/workplaces/" + wp;

        Api.Response ko = t.hr().get(base + FINDINGS, Map.of("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8"));
        Api.Response ja = t.hr().get(base + FINDINGS, Map.of("Accept-Language", "ja"));
        Api.Response en = t.hr().get(base + FINDINGS, Map.of("Accept-Language", "fr"));
        Api.Response parameter = t.hr().get(base + FINDINGS + "&lang=ja", Map.of("Accept-Language", "ko"));

        String first = report.findings().get(0).ruleId();
        for (Object[] c : new Object[][] {{ko, Language.KO}, {ja, Language.JA}, {en, Language.EN}, {parameter, Language.JA}}) {
            Api.Response r = (Api.Response) c[0];
            Language language = (Language) c[1];
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("language").asString()).isEqualTo(language.code());
            assertThat(r.json()).isEqualTo(cli(report, language));
            JsonNode finding = firstFinding(r.json());
            assertThat(finding.get("ruleId").asString()).isEqualTo(first);
            assertThat(finding.get("message").asString()).isEqualTo(report.findings().get(0).message().in(language));
        }
        assertThat(firstFinding(ko.json()).get("message").asString()).isNotEqualTo(firstFinding(en.json()).get("message").asString());
        Api.Response bad = t.hr().get(base + FINDINGS + "&lang=fr");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).isEqualTo("lang: unknown language 'fr': use en, ko or ja");
    }

    @Test
    void aRefusedRecordSaysItsProblemsInTheAskedLanguage() {
        Fixtures.Tenant t = Fixtures.tenant(port, "lang422");
        Map<String, Object> workplace = Fixtures.krWorkplace();
        workplace.put("weekStrat", "MONDAY");
        String known = "id, name, jurisdiction, zone, weekStart, weekStartTime, publicSector, headcount, calendar, agreements, attributes, paySchedule";
        String path = "/api/v1/workplaces/hanbit-soft-seoul";

        Api.Response en = t.hr().put(path, workplace, Map.of("Accept-Language", "en-US"));
        Api.Response ko = t.hr().put(path, workplace, Map.of("Accept-Language", "ko"));
        Api.Response ja = t.hr().put(path + "?lang=ja", workplace, Map.of());

        assertThat(en.status()).isEqualTo(422);
        assertThat(en.json().get("title").asString()).isEqualTo("Invalid record");
        assertThat(en.json().get("detail").asString()).isEqualTo("the workplace is not valid");
        assertThat(ServerScenarios.problems(en)).containsExactly(
                "null:null:weekStrat: unknown key; did you mean weekStart? (known keys: " + known + ")");
        assertThat(ko.status()).isEqualTo(422);
        assertThat(ko.json().get("title").asString()).isEqualTo("올바르지 않은 기록");
        assertThat(ko.json().get("detail").asString()).isEqualTo("사업장 정보가 올바르지 않습니다");
        assertThat(ServerScenarios.problems(ko)).containsExactly(
                "null:null:weekStrat: 알 수 없는 키; 혹시 weekStart입니까? (알려진 키: " + known + ")");
        assertThat(ja.status()).isEqualTo(422);
        assertThat(ja.json().get("title").asString()).isEqualTo("不正な記録");
        assertThat(ja.json().get("detail").asString()).isEqualTo("事業場の情報が正しくありません");
        assertThat(ServerScenarios.problems(ja)).containsExactly(
                "null:null:weekStrat: 不明なキーです。weekStart の誤りではありませんか? (使用できるキー: " + known + ")");
    }

    private static JsonNode cli(Report report, Language language) throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportWriter(language, ReportWriter.Mode.CHECK).write(report, out);
        return JsonMapper.shared().readTree(out.toString());
    }

    private static JsonNode firstFinding(JsonNode report) {
        for (JsonNode employee : report.get("employees")) {
            if (!employee.get("findings").isEmpty()) {
                return employee.get("findings").get(0);
            }
        }
        throw new AssertionError("no finding in " + report);
    }
}
