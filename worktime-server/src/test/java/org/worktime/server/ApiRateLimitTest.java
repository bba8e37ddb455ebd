package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Through HTTP: beyond its address's burst, a client gets 429 with Retry-After and a problem detail, before signing in. */
@TestPropertySource(properties = {"worktime.security.api-rate.per-second=0.05", "worktime.security.api-rate.burst=3"})
class ApiRateLimitTest extends H2Context {

    @LocalServerPort
    int port;

    @Test
    void aClientBeyondItsBurstIsToldToWait() {
        Api anonymous = new Api(port);
        for (int i = 0; i < 3; i++) {
            assertThat(anonymous.get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Response refused = anonymous.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
        assertThat(refused.json().get("title").asString()).isEqualTo("Too many requests");
        assertThat(refused.json().get("detail").asString()).isEqualTo("too many requests from this address; try again in 20 s");
        // The pages and the health check are not the API's: not counted.
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }
}
