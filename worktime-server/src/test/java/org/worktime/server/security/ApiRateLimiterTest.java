package org.worktime.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The token bucket per address: a burst, then the rate; how long to wait; a bounded number of addresses. */
class ApiRateLimiterTest {

    /** A clock the test moves. */
    static final class Manual extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aBurstThenTheRateThenTheWaitInWholeSeconds() {
        Manual clock = new Manual();
        ApiRateLimiter limiter = new ApiRateLimiter(2, 3, 100, clock);
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).as("the bucket is empty: a token is back in 0.5 s, said as 1 s").isEqualTo(1);
        assertThat(limiter.acquire("10.0.0.2")).as("another address has its own bucket").isZero();
        clock.now = clock.now.plus(Duration.ofMillis(500));
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        // Refilled to the burst, never beyond.
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void aSlowRateSaysTheWholeWaitAndZeroTurnsTheLimitOff() {
        Manual clock = new Manual();
        ApiRateLimiter slow = new ApiRateLimiter(0.1, 1, 100, clock);
        assertThat(slow.acquire("a")).isZero();
        assertThat(slow.acquire("a")).isEqualTo(10);
        clock.now = clock.now.plus(Duration.ofSeconds(4));
        assertThat(slow.acquire("a")).isEqualTo(6);
        ApiRateLimiter off = new ApiRateLimiter(0, 1, 100, clock);
        assertThat(off.enabled()).isFalse();
        for (int i = 0; i < 10; i++) {
            assertThat(off.acquire("a")).isZero();
        }
        assertThatThrownBy(() -> new ApiRateLimiter(-1, 1, 1, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atMostTheConfiguredNumberOfAddressesIsTrackedTheLeastRecentForgottenFirst() {
        Manual clock = new Manual();
        ApiRateLimiter limiter = new ApiRateLimiter(1, 1, 2, clock);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("b")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(1); // a is now the most recent
        assertThat(limiter.acquire("c")).isZero(); // b is forgotten
        assertThat(limiter.tracked()).isEqualTo(2);
        assertThat(limiter.acquire("a")).as("a kept its empty bucket").isEqualTo(1);
        assertThat(limiter.acquire("b")).as("b starts again with a full bucket").isZero();
    }
}
