package org.worktime.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses logins of a user name that failed {@code worktime.security.login-attempts} times within
 * {@code login-window}, until the oldest failure leaves the window: guessing a password takes days, not minutes.
 * Counted per user name (not per address) so that spreading the guesses over addresses does not help. In memory: a
 * restart forgets, which only gives a guesser a few more tries.
 */
@Component
public class LoginThrottle {

    private final int attempts;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${worktime.security.login-attempts}") int attempts, @Value("${worktime.security.login-window}") Duration window,
            Clock clock) {
        this.attempts = attempts;
        this.window = window;
        this.clock = clock;
    }

    /** How long until the user name may try again; zero when it may now. */
    public Duration retryAfter(String username) {
        Deque<Instant> list = failures.get(key(username));
        if (list == null) {
            return Duration.ZERO;
        }
        synchronized (list) {
            Instant now = clock.instant();
            while (!list.isEmpty() && !list.peekFirst().plus(window).isAfter(now)) {
                list.pollFirst();
            }
            if (list.size() < attempts) {
                return Duration.ZERO;
            }
            return Duration.between(now, list.peekFirst().plus(window));
        }
    }

    public void failed(String username) {
        Deque<Instant> list = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (list) {
            list.addLast(clock.instant());
            while (list.size() > attempts) {
                list.pollFirst();
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
