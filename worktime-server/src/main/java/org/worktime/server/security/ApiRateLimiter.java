package org.worktime.server.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the API: each address may send {@code burst} requests at once and
 * {@code per-second} a second after that ({@code worktime.security.api-rate.*}); a request beyond is refused with how
 * long to wait. The buckets are bounded: at most {@code clients} addresses are tracked, the least recently seen
 * forgotten first (a forgotten address starts with a full bucket again, which only gives it a burst more). In memory,
 * per server process. {@code per-second} 0 turns the limit off.
 */
@Component
public class ApiRateLimiter {

    private final double perMilli;
    private final double burst;
    private final Clock clock;
    private final Map<String, double[]> buckets;

    ApiRateLimiter(@Value("${worktime.security.api-rate.per-second}") double perSecond, @Value("${worktime.security.api-rate.burst}") int burst,
            @Value("${worktime.security.api-rate.clients}") int clients, Clock clock) {
        if (perSecond < 0 || burst < 1 || clients < 1) {
            throw new IllegalArgumentException("worktime.security.api-rate: per-second must be 0 or more, burst and clients 1 or more");
        }
        this.perMilli = perSecond / 1000;
        this.burst = burst;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > clients;
            }
        };
    }

    public boolean enabled() {
        return perMilli > 0;
    }

    /**
     * Takes a token of the address's bucket.
     *
     * @return 0 when the request may go ahead, else the whole seconds (at least 1) until a token is back
     */
    public long acquire(String client) {
        if (!enabled()) {
            return 0;
        }
        long now = clock.millis();
        synchronized (buckets) {
            // {tokens, the time they were counted}
            double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
            b[0] = Math.min(burst, b[0] + Math.max(0, now - (long) b[1]) * perMilli);
            b[1] = now;
            if (b[0] >= 1) {
                b[0] -= 1;
                return 0;
            }
            double millis = (1 - b[0]) / perMilli;
            return Math.max(1, (long) Math.ceil(millis / 1000));
        }
    }

    /** How many addresses are tracked (for tests: the bound holds). */
    int tracked() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
