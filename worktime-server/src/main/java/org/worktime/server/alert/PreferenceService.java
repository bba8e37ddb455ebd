package org.worktime.server.alert;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.web.RequestLanguage;

/** A user's own alert preferences: read, and changed (the API and the page {@code /alerts} both come here). */
@Service
public class PreferenceService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AlertRepository alerts;
    private final WebhookPolicy webhooks;
    private final Clock clock;

    PreferenceService(AlertRepository alerts, WebhookPolicy webhooks, Clock clock) {
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public Preferences of(WorktimeUser user) {
        return alerts.preferences(user.id());
    }

    /** What a user may change; a webhook gets its secret when its address is first set, and keeps it. */
    public record Change(Boolean breachCertain, Boolean breachLikely, Boolean finding, Boolean byEmail, Boolean byWebhook, Boolean digest,
            String language, String email, String webhookUrl) {
    }

    public Preferences change(WorktimeUser user, Change c) {
        Preferences old = of(user);
        List<FieldProblem> problems = new ArrayList<>();
        Language language = old.language();
        if (c.language() != null) {
            try {
                language = Language.parse(c.language());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.field("language", "expected ko, en or ja, found '" + c.language() + "'"));
            }
        }
        String email = c.email() == null ? old.email() : blankToNull(c.email());
        if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            problems.add(FieldProblem.field("email", "'" + email + "' is not an e-mail address"));
        }
        String url = c.webhookUrl() == null ? old.webhookUrl() : blankToNull(c.webhookUrl());
        if (url != null && url.length() > 1000) {
            problems.add(FieldProblem.field("webhookUrl", Text.of("server.alert.webhook.too-long", "max", 1000).in(RequestLanguage.current())));
        } else if (url != null && url.chars().anyMatch(Character::isWhitespace)) {
            problems.add(FieldProblem.field("webhookUrl", Text.of("server.alert.webhook.scheme", "url", url).in(RequestLanguage.current())));
        } else if (url != null && c.webhookUrl() != null) {
            // An address given (new, or the same sent again) must be on the allow-list now; one the request leaves out is
            // kept as it is, and checked again before each delivery (AlertDispatcher).
            webhooks.refusal(url).ifPresent(why -> problems.add(FieldProblem.field("webhookUrl", why.in(RequestLanguage.current()))));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("the alert preferences are not valid", problems);
        }
        String secret = url == null ? null : old.webhookSecret() != null ? old.webhookSecret() : newSecret();
        Preferences p = new Preferences(user.id(), or(c.breachCertain(), old.breachCertain()), or(c.breachLikely(), old.breachLikely()),
                or(c.finding(), old.finding()), or(c.byEmail(), old.byEmail()), or(c.byWebhook(), old.byWebhook()), or(c.digest(), old.digest()),
                language, email, url, secret);
        alerts.save(p, clock.instant());
        return p;
    }

    private static boolean or(Boolean value, boolean old) {
        return value == null ? old : value;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
