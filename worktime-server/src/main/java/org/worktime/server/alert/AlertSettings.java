package org.worktime.server.alert;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worktime.alerts.*} (docs/SERVER.md, "Alerts"). The SMTP server itself is Spring Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} no e-mail is sent (the deliveries wait, pending).
 *
 * @param from         the sender of the e-mails
 * @param attempts     how many times a delivery is tried before it is given up (state FAILED)
 * @param backoff      the wait after the first failure; each further failure doubles it
 * @param digestZone   the zone whose calendar day a digest covers
 */
@ConfigurationProperties("worktime.alerts")
public record AlertSettings(
        @DefaultValue("worktime@localhost") String from,
        @DefaultValue("5") int attempts,
        @DefaultValue("PT30S") Duration backoff,
        @DefaultValue("UTC") String digestZone) {

    /** The wait before attempt {@code n + 1} after {@code n} failures: backoff, 2 x backoff, 4 x backoff... */
    Duration waitAfter(int failures) {
        return backoff.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
    }
}
