package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.worktime.server.security.PasswordChangeRequired;

/**
 * A one-time password must be changed first: until then every API call but the user's own view and the password
 * change answers 403 with a problem saying so; after the change, the user works as before.
 */
class PasswordChangeRequiredTest extends H2Context {

    @LocalServerPort
    int port;

    @Autowired
    PasswordChangeRequired changeRequired;

    @Test
    void untilTheOneTimePasswordIsChangedOnlyTheChangeAndTheOwnViewAnswer() {
        Fixtures.Tenant t = Fixtures.tenant(port, "pw");
        long id = t.hr().get("/api/v1/me").json().get("id").asLong();
        assertThat(t.hr().get("/api/v1/workplaces").status()).isEqualTo(200);
        changeRequired.set(id, true);

        Api.Response refused = t.hr().get("/api/v1/workplaces");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("title").asString()).isEqualTo("Password change required");
        assertThat(refused.json().get("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(refused.json().get("detail").asString()).isEqualTo("the one-time password must be changed first: POST"
                + " /api/v1/me/password with {\"current\": ..., \"next\": ...} (at least 12 characters)");
        assertThat(t.hr().get("/api/v1/me").status()).isEqualTo(200);

        Api.Response tooShort = t.hr().post("/api/v1/me/password", Map.of("current", t.hrPassword(), "next", "short"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(t.hr().get("/api/v1/workplaces").status()).as("still refused").isEqualTo(403);

        Api.Response changed = t.hr().post("/api/v1/me/password", Map.of("current", t.hrPassword(), "next", "a-new-password-of-mine"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(changeRequired.of(id)).isFalse();
        assertThat(t.hr().get("/api/v1/workplaces").status()).isEqualTo(200);
    }
}
