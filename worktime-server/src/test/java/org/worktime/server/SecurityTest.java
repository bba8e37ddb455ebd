package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sessions with CSRF, login throttling, personal API tokens, password hashes. */
class SecurityTest extends H2Context {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aChangeWithoutTheCsrfTokenIsRefusedButATokenNeedsNone() {
        Fixtures.Tenant t = Fixtures.tenant(port, "csrf");
        Api.Response noCsrf = Api.session(port, t.id() + "-hr", t.hrPassword()).withoutCsrf().post("/api/v1/tokens", Map.of("name", "x"));
        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(noCsrf.json().get("detail").asString())
                .isEqualTo("the CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header");

        Api.Response created = t.hr().post("/api/v1/tokens", Map.of("name", "payroll export"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith("wt_").hasSize(46);
        Api integration = Api.token(port, token);
        assertThat(integration.get("/api/v1/me").json().get("username").asString()).isEqualTo(t.id() + "-hr");
        assertThat(integration.post("/api/v1/tokens", Map.of("name", "second")).status()).isEqualTo(201);
        String stored = new JdbcTemplate(dataSource).queryForObject("select token_hash from api_token where id = ?", String.class,
                created.json().get("id").asLong());
        assertThat(stored).hasSize(64).isNotEqualTo(token);

        assertThat(t.hr().delete("/api/v1/tokens/" + created.json().get("id").asLong()).status()).isEqualTo(204);
        Api.Response revoked = integration.get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asString()).isEqualTo("the API token is unknown or revoked");
        assertThat(Api.token(port, "wt_guessed").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void loginsAreThrottledPerUserNameAndPasswordsAreStoredAsArgon2Hashes() {
        Fixtures.Tenant t = Fixtures.tenant(port, "thr");
        String name = t.id() + "-hr";
        Api guesser = new Api(port);
        for (int i = 0; i < 3; i++) {
            Api.Response wrong = guesser.login(name, "guess-" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().get("detail").asString()).isEqualTo("wrong user name or password");
        }
        Api.Response throttled = guesser.login(name, t.hrPassword());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.json().get("title").asString()).isEqualTo("Too many failed logins");
        // another user name is not affected
        assertThat(new Api(port).login("admin", Fixtures.ADMIN_PASSWORD).status()).isEqualTo(200);

        String hash = new JdbcTemplate(dataSource).queryForObject("select password_hash from app_user where username = ?", String.class, name);
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(t.hrPassword());
    }

    @Test
    void aMalformedBodyIsAProblemWithoutAStackTrace() {
        Fixtures.Tenant t = Fixtures.tenant(port, "body");
        Api.Response r = t.hr().put("/api/v1/workplaces/x", "{\"id\": \"x\", ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.json().get("detail").asString()).isEqualTo("the request body is not valid JSON of the expected shape");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        Api.Response missing = t.hr().get("/api/v1/workplaces/x/findings?from=2026-03-02");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).doesNotContain("Exception");
    }

    @Test
    void signingOutEndsTheSession() {
        Fixtures.Tenant t = Fixtures.tenant(port, "out");
        assertThat(t.hr().get("/api/v1/me").status()).isEqualTo(200);
        assertThat(t.hr().post("/api/v1/session/logout", Map.of()).status()).isEqualTo(204);
        assertThat(t.hr().get("/api/v1/me").status()).isEqualTo(401);
    }
}
