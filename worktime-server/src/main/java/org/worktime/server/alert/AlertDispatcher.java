package org.worktime.server.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.worktime.server.records.Bundles;
import org.worktime.server.simulation.JobFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the due deliveries: an e-mail by SMTP, or a signed JSON POST. A failure is retried after the back-off
 * ({@link AlertSettings#waitAfter}: 30 s, 1 min, 2 min... by default) up to the attempts allowed, then given up
 * (FAILED, with the last error kept). Each delivery's state is stored, so a restart resumes where it stopped.
 */
@Component
public class AlertDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
    /** The signature header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. */
    public static final String SIGNATURE = "Worktime-Signature";
    public static final String DELIVERY = "Worktime-Delivery";

    private final AlertRepository alerts;
    private final ObjectProvider<JavaMailSender> mail;
    private final AlertSettings settings;
    private final WebhookPolicy webhooks;
    private final JsonMapper json;
    private final Clock clock;
    private final Bundles bundles;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    AlertDispatcher(AlertRepository alerts, ObjectProvider<JavaMailSender> mail, AlertSettings settings, WebhookPolicy webhooks, JsonMapper json,
            Clock clock, Bundles bundles) {
        this.bundles = bundles;
        this.alerts = alerts;
        this.mail = mail;
        this.settings = settings;
        this.webhooks = webhooks;
        this.json = json;
        this.clock = clock;
    }

    /** Sends every delivery due now. Runs on the alerts' thread only ({@link AlertTrigger}). */
    public void dispatchDue() {
        for (AlertRepository.Delivery d : alerts.due(clock.instant())) {
            Alert a = alerts.alert(d.alertId());
            Preferences p = alerts.preferences(d.userId());
            int attempt = d.attempts() + 1;
            try {
                switch (d.channel()) {
                    case EMAIL -> mail(p, AlertMessages.subject(a, p.language()), AlertMessages.body(a, p.language()));
                    case WEBHOOK -> {
                        // The allow-list again: a host taken off it since the address was saved gets nothing more.
                        java.util.Optional<Text> refused = p.webhookUrl() == null ? java.util.Optional.empty() : webhooks.refusal(p.webhookUrl());
                        if (refused.isPresent()) {
                            throw new Undeliverable(refused.get());
                        }
                        post(p, json.writeValueAsString(AlertMessages.json(a, d.id(), p.language())), d.id());
                    }
                }
                alerts.sent(d.id(), attempt, clock.instant());
            } catch (Undeliverable e) {
                alerts.failed(d.id(), attempt, AlertRepository.State.FAILED, clock.instant(), new JobFailure("refused", e.reason).stored(bundles));
                LOG.info("alert delivery {} ({}) refused, not retried: {}", d.id(), d.channel(), e.getMessage());
            } catch (RuntimeException | java.io.IOException e) {
                Instant now = clock.instant();
                boolean last = attempt >= settings.attempts();
                // Our own reasons are kept as messages (said in the reader's language); a mail or network library's words as they are.
                String reason = e instanceof Refused r ? new JobFailure("answered", r.reason).stored(bundles)
                        : e.getMessage() == null ? e.toString() : e.getMessage();
                alerts.failed(d.id(), attempt, last ? AlertRepository.State.FAILED : AlertRepository.State.PENDING,
                        last ? now : now.plus(settings.waitAfter(attempt)), reason);
                LOG.info("alert delivery {} ({}) failed, attempt {} of {}: {}", d.id(), d.channel(), attempt, settings.attempts(), e.toString());
            }
        }
    }

    void mail(Preferences p, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
        }
        if (p.email() == null || p.email().isBlank()) {
            throw new IllegalStateException("the user has no e-mail address");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(p.email());
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }

    private void post(Preferences p, String body, long deliveryId) throws java.io.IOException {
        if (p.webhookUrl() == null || p.webhookSecret() == null) {
            throw new IllegalStateException("the user has no webhook");
        }
        long t = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(p.webhookUrl())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header(SIGNATURE, "t=" + t + ",v1=" + sign(p.webhookSecret(), t, body))
                .header(DELIVERY, Long.toString(deliveryId))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new Refused(Text.of("server.alert.delivery.answered", "status", response.statusCode()));
        }
    }

    /** A delivery that no retry can make: given up at once, with the reason. */
    static final class Undeliverable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Text reason;

        Undeliverable(Text reason) {
            super(reason.in(Language.EN), null, false, false);
            this.reason = reason;
        }
    }

    /** A receiver that answered, but not with success: retried. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Text reason;

        Refused(Text reason) {
            super(reason.in(Language.EN), null, false, false);
            this.reason = reason;
        }
    }

    /** The signature a receiver recomputes: HMAC-SHA256, keyed by the secret's UTF-8 bytes, of {@code "<t>.<body>"}, hex. */
    public static String sign(String secret, long t, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
