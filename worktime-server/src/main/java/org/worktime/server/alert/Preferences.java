package org.worktime.server.alert;

import org.worktime.core.i18n.Language;

/**
 * What one user wants to be told, where and in which language. A user who never chose has {@link #defaults}: every
 * kind, by every channel that has an address (none yet), in English.
 *
 * @param webhookSecret the key of the HMAC-SHA256 signature of the user's webhook, hex; null without a webhook
 */
public record Preferences(long userId, boolean breachCertain, boolean breachLikely, boolean finding, boolean byEmail, boolean byWebhook,
        boolean digest, Language language, String email, String webhookUrl, String webhookSecret) {

    static Preferences defaults(long userId) {
        return new Preferences(userId, true, true, true, true, true, true, Language.EN, null, null, null);
    }

    boolean wants(Alert.Kind kind) {
        return switch (kind) {
            case BREACH_CERTAIN -> breachCertain;
            case BREACH_LIKELY -> breachLikely;
            case FINDING -> finding;
        };
    }

    boolean mails() {
        return byEmail && email != null && !email.isBlank();
    }

    boolean posts() {
        return byWebhook && webhookUrl != null && !webhookUrl.isBlank() && webhookSecret != null;
    }
}
