package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.worktime.server.security.PasswordChangeRequired;

/**
 * The sign-in page and a one-time password, over real HTTP (no browser needed: the pages are plain forms): signed in
 * with it, the administrator is sent to the change-password form, every page leads there until the password is
 * changed, each refusal is said in the catalog's words, and once changed the administrator lands on the home page and
 * the API answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstPasswordTest {

    static final String PASSWORD = "first-password-test-one-time";
    static final Path DATA = Path.of("target", "h2-first-password-data", UUID.randomUUID().toString());
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("worktime.data", () -> DATA.toAbsolutePath().toString());
        registry.add("worktime.admin.initial-password", () -> PASSWORD);
    }

    @LocalServerPort
    int port;

    @Autowired
    PasswordChangeRequired changeRequired;

    @Test
    void theOneTimePasswordLeadsToTheChangeFormThenHome() {
        // A configured password need not be changed: mark it one-time, as a printed one is.
        long id = Http.api(port, "admin", PASSWORD).get("/api/v1/me").json().get("id").asLong();
        changeRequired.set(id, true);

        Http h = new Http(port);
        Http.Response signedIn = h.signIn("admin", PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/signin/password");
        Http.Response home = h.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/signin/password");

        Http.Response form = h.get("/signin/password");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>Choose your password</h1>",
                "The password you signed in with was for one use only: choose your own to go on.", "New password (at least 12 characters)");

        assertThat(change(h, "not-the-password", "my-own-password-1", "my-own-password-1").body())
                .contains("That is not the current password.");
        assertThat(change(h, PASSWORD, "short", "short").body()).contains("The new password needs at least 12 characters.");
        assertThat(change(h, PASSWORD, "my-own-password-1", "my-own-password-2").body()).contains("The two new passwords are not the same.");
        assertThat(changeRequired.of(id)).as("nothing changed yet").isTrue();

        h.get("/language?lang=ko&back=/signin/password");
        Http.Response korean = h.get("/signin/password");
        assertThat(korean.body()).contains("<h1>비밀번호 정하기</h1>", "새 비밀번호 (12자 이상)");
        h.get("/language?lang=ja&back=/signin/password");
        assertThat(change(h, "x", "my-own-password-1", "my-own-password-1").body()).contains("<h1>パスワードの設定</h1>",
                "現在のパスワードが正しくありません。");
        h.get("/language?lang=en&back=/");

        Http.Response changed = change(h, PASSWORD, "my-own-password-1", "my-own-password-1");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(h.get("/").status()).isEqualTo(200);
        assertThat(changeRequired.of(id)).isFalse();
        assertThat(Http.api(port, "admin", "my-own-password-1").get("/api/v1/tenants").status()).isEqualTo(200);
    }

    private static Http.Response change(Http h, String current, String next, String confirm) {
        Matcher m = CSRF.matcher(h.get("/signin/password").body());
        assertThat(m.find()).as("the form carries its CSRF field").isTrue();
        return h.postForm("/signin/password", Http.form("current", current, "next", next, "confirm", confirm, "_csrf", m.group(1)));
    }
}
