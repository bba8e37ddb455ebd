package org.worktime.server.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/** The webhook allow-list: the schemes, the host patterns, and the safe default (an empty list refuses every host). */
class WebhookPolicyTest {

    static WebhookPolicy policy(String... hosts) {
        return new WebhookPolicy(new AlertSettings("worktime@localhost", 5, Duration.ofSeconds(30), "UTC", new AlertSettings.Webhook(List.of(hosts))));
    }

    static String why(WebhookPolicy p, String url, Language language) {
        return p.refusal(url).map(t -> t.in(language)).orElse("allowed");
    }

    @Test
    void theDefaultSendsNoWebhookAtAll() {
        WebhookPolicy none = new WebhookPolicy(new AlertSettings("worktime@localhost", 5, Duration.ofSeconds(30), "UTC", null));
        assertThat(why(none, "https://chat.example.com/hooks/1", Language.EN))
                .isEqualTo("this server sends no webhooks: its allow-list of webhook hosts (worktime.alerts.webhook.allowed-hosts) is empty");
        assertThat(why(none, "http://127.0.0.1:9000/hook", Language.KO))
                .isEqualTo("이 서버는 웹훅을 보내지 않습니다. 웹훅 허용 호스트 목록(worktime.alerts.webhook.allowed-hosts)이 비어 있습니다");
        assertThat(why(policy(" ", ""), "http://127.0.0.1/hook", Language.EN)).startsWith("this server sends no webhooks");
    }

    @Test
    void onlyHttpAndHttpsWithAHost() {
        WebhookPolicy any = policy("*");
        assertThat(why(any, "https://chat.example.com/hooks/1", Language.EN)).isEqualTo("allowed");
        assertThat(why(any, "HTTP://Chat.Example.com/x", Language.EN)).isEqualTo("allowed");
        for (String url : List.of("ftp://chat.example.com/x", "file:///etc/passwd", "javascript:alert(1)", "gopher://127.0.0.1:25/", "chat.example.com/x",
                "http://exa mple.com/")) {
            assertThat(why(any, url, Language.EN)).as(url).isEqualTo("'" + url + "' is not an http or https address");
        }
        assertThat(why(any, "http:///path", Language.EN)).isEqualTo("'http:///path' names no host");
        assertThat(why(any, "ftp://x/", Language.JA)).isEqualTo("'ftp://x/' は http または https のアドレスではありません");
        assertThat(WebhookPolicy.schemeRefusal(any.refusal("ftp://x/").orElseThrow())).isTrue();
        assertThat(WebhookPolicy.schemeRefusal(policy("a.test").refusal("http://b.test/").orElseThrow())).isFalse();
    }

    @Test
    void hostsAsListedOrTheirSubdomains() {
        WebhookPolicy p = policy("chat.example.com", "*.hooks.test", "127.0.0.1", "::1");
        assertThat(why(p, "https://chat.example.com/hooks/1", Language.EN)).isEqualTo("allowed");
        assertThat(why(p, "https://CHAT.example.com:8443/hooks/1", Language.EN)).isEqualTo("allowed");
        assertThat(why(p, "https://a.hooks.test/x", Language.EN)).isEqualTo("allowed");
        assertThat(why(p, "https://b.a.hooks.test/x", Language.EN)).isEqualTo("allowed");
        assertThat(why(p, "http://127.0.0.1:8080/hook", Language.EN)).isEqualTo("allowed");
        assertThat(why(p, "http://[::1]:8080/hook", Language.EN)).isEqualTo("allowed");
        // The apex of a wildcard, a look-alike, a user-info trick and another loopback address are not on the list.
        assertThat(why(p, "https://hooks.test/x", Language.EN))
                .isEqualTo("the host hooks.test is not on this server's allow-list of webhook hosts (worktime.alerts.webhook.allowed-hosts)");
        assertThat(why(p, "https://evilhooks.test/x", Language.EN)).contains("the host evilhooks.test is not");
        assertThat(why(p, "https://chat.example.com.evil.test/x", Language.EN)).contains("the host chat.example.com.evil.test is not");
        assertThat(why(p, "https://chat.example.com@evil.test/x", Language.EN)).contains("the host evil.test is not");
        assertThat(why(p, "http://127.0.0.2/hook", Language.EN)).contains("the host 127.0.0.2 is not");
        assertThat(why(p, "http://10.0.0.7/hook", Language.JA))
                .isEqualTo("ホスト 10.0.0.7 はこのサーバーの Webhook 許可ホスト一覧（worktime.alerts.webhook.allowed-hosts）にありません");
        Optional<Text> refused = p.refusal("http://169.254.169.254/latest/meta-data");
        assertThat(refused).isPresent();
    }
}
