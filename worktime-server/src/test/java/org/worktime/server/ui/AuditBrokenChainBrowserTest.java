package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.worktime.core.testing.Browser;
import tools.jackson.databind.JsonNode;

/**
 * The Audit page when the hash chain is broken: a row of the tenant's change log is changed through a direct JDBC
 * connection to the test's H2 database, as someone with the database file would (dropping the append-only guard for
 * the moment, as the server's own tamper scenario does). The API's verification and the page then name the first bad
 * entry, change 3 (the workplace's creation): the status on a red background, a link to the row, the row marked; in
 * English and Japanese, exact.
 */
class AuditBrokenChainBrowserTest extends UiServer {

    static int port;
    static Tenant t;

    @BeforeAll
    static void seed(@Autowired Environment env, @Autowired DataSource dataSource) throws Exception {
        port = port(env);
        t = tenant(port, "audx");
        seedKrTeam(t, "E001", "E002"); // the chain: 1 the tenant, 2 its HR user, 3 the workplace, 4 and 5 the employees
        assertThat(t.hr().get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop trigger audit_event_append_only");
        try {
            assertThat(jdbc.update("update audit_event set reason = ? where chain = ? and seq = ?", "nothing happened", t.id(), 3)).isEqualTo(1);
        } finally {
            jdbc.execute("create trigger audit_event_append_only before update, delete on audit_event for each row call"
                    + " 'org.worktime.server.audit.AppendOnlyTrigger'");
        }
    }

    @Test
    void theApiAndThePageNameTheFirstBadEntry(@TempDir Path dir) throws Exception {
        JsonNode verify = t.hr().get("/api/v1/audit/verify").json();
        assertThat(verify.get("intact").asBoolean()).isFalse();
        assertThat(verify.get("brokenAt").asLong()).isEqualTo(3);

        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + "/audit");
            assertThat(b.text("#chain")).isEqualTo("The chain is broken at change 3: a row was changed, removed or reordered after it was written.");
            assertThat(b.attribute("#chain", "class")).isEqualTo("audit-chain broken");
            assertThat(b.text("#chain-broken-link")).isEqualTo("Go to change 3");
            assertThat(b.attribute("#chain-broken-link", "href")).isEqualTo("#audit-3");
            assertThat(b.texts("tr.audit-broken")).hasSize(1);
            assertThat(b.attribute("tr.audit-broken", "id")).isEqualTo("audit-3");
            assertThat(b.attribute("tr.audit-broken", "data-entity")).isEqualTo("workplace");
            assertThat(b.text("#audit-3 td.num")).isEqualTo("3 first change that fails the check");
            assertThat(b.text("#audit-3 td.reason")).isEqualTo("nothing happened");
            assertThat(b.lowestContrast("#chain")).as("the broken status's contrast").isGreaterThanOrEqualTo(4.5);
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the broken chain").isEmpty();
            b.find("#chain-broken-link").click();
            b.await("the bad entry", () -> b.driver().getCurrentUrl().endsWith("#audit-3"));

            b.find(".languages a[lang=ja]").click();
            b.await("Japanese", () -> "ja".equals(b.attribute("html", "lang")));
            assertThat(b.text("#chain")).isEqualTo("ハッシュチェーンが変更 3番で途切れています: 記録後に行が変更、削除または並べ替えられました。");
            assertThat(b.text("#chain-broken-link")).isEqualTo("変更 3番へ移動");
            assertThat(b.text("#audit-3 td.num")).isEqualTo("3 検証に失敗した最初の変更");
            // A filter that leaves the bad entry out: the status still says it, with no link to a row not shown.
            b.get(base + "/audit?entity=employee");
            assertThat(b.text("#chain")).isEqualTo("ハッシュチェーンが変更 3番で途切れています: 記録後に行が変更、削除または並べ替えられました。");
            assertThat(b.driver().findElements(org.openqa.selenium.By.id("chain-broken-link"))).isEmpty();
        }
    }
}
