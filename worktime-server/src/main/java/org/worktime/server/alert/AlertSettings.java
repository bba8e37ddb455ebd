package org.worktime.server.alert;

import java.time.Duration;
import java.util.List;
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
 * @param webhook      {@code worktime.alerts.webhook.*}: the hosts a webhook may be sent to ({@link WebhookPolicy})
 */
@ConfigurationProperties("worktime.alerts")
public record AlertSettings(
        @DefaultValue("worktime@localhost") String from,
        @DefaultValue("5") int attempts,
        @DefaultValue("PT30S") Duration backoff,
        @DefaultValue("UTC") String digestZone,
        Webhook webhook) {

    public AlertSettings {
        webhook = webhook == null ? new Webhook(List.of()) : webhook;
    }

    /**
     * @param allowedHosts the host patterns a webhook address may name ({@code chat.example.com}, {@code *.example.com}
     *                     for its subdomains, {@code *} for any host); empty, the default: no webhook is accepted or sent
     */
    public record Webhook(List<String> allowedHosts) {
        public Webhook {
            allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        }
    }

    /** The wait before attempt {@code n + 1} after {@code n} failures: backoff, 2 x backoff, 4 x backoff... */
    Duration waitAfter(int failures) {
        return backoff.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
    }
}
