package org.worktime.server.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.worktime.core.finding.Text;

/**
 * Where a webhook may go: an {@code http} or {@code https} address whose host is on the allow-list
 * {@code worktime.alerts.webhook.allowed-hosts}. Checked when a user saves the address and again before each delivery,
 * so that a host taken off the list receives nothing more. The default list is empty: a server sends no webhook until
 * its operator names the hosts (a webhook is a request the server makes on a user's word, to any address it can reach,
 * its own loopback and private network included).
 *
 * <p>Patterns: a host name or address as written ({@code chat.example.com}, {@code 10.0.0.7}, {@code ::1}), matched
 * without regard to case; {@code *.example.com} for any host under example.com (not example.com itself); {@code *} for
 * any host. The host is the address's as written: it is not resolved, so a name must be listed, not the address it
 * resolves to.
 */
@Component
public class WebhookPolicy {

    private final List<String> allowed;

    WebhookPolicy(AlertSettings settings) {
        this.allowed = settings.webhook().allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    /** Why a webhook may not be sent to the address, in the catalogs' words; empty when it may. */
    public Optional<Text> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(Text.of("server.alert.webhook.scheme", "url", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(Text.of("server.alert.webhook.scheme", "url", url));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of(Text.of("server.alert.webhook.no-host", "url", url));
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowed.isEmpty()) {
            return Optional.of(Text.of("server.alert.webhook.none-allowed"));
        }
        return allows(host) ? Optional.empty() : Optional.of(Text.of("server.alert.webhook.host-not-allowed", "host", host));
    }

    /** Whether a refusal is the scheme's (the address is not a web address at all) rather than the host's. */
    public static boolean schemeRefusal(Text refusal) {
        return refusal.id().equals("server.alert.webhook.scheme") || refusal.id().equals("server.alert.webhook.no-host");
    }

    private boolean allows(String host) {
        for (String pattern : allowed) {
            if (pattern.equals("*") || pattern.equals(host)
                    || pattern.startsWith("*.") && host.endsWith(pattern.substring(1)) && host.length() > pattern.length() - 1) {
                return true;
            }
        }
        return false;
    }
}
