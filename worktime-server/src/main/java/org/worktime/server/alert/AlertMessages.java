package org.worktime.server.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;

/** An alert in words, in the recipient's language: the subject and lines of an e-mail, a webhook's body, a digest. */
final class AlertMessages {

    private AlertMessages() {
    }

    static LocalDateRange period(Alert a) {
        return LocalDateRange.ofClosed(a.from(), a.to());
    }

    /** The employee as the pages name them: the name, else the id. */
    private static String who(Alert a) {
        return a.employeeName() == null ? a.employee() : a.employeeName();
    }

    private static Object cap(Alert a) {
        if (a.capSeconds() != null) {
            return Duration.ofSeconds(a.capSeconds());
        }
        return a.capText() != null ? Text.verbatim(a.capText()) : Text.of("server.alert.no-cap");
    }

    static String subject(Alert a, Language l) {
        return Text.of("server.alert.subject", "kind", a.kind().word, "employee", who(a), "period", period(a)).in(l);
    }

    static List<String> lines(Alert a, Language l) {
        List<String> lines = new ArrayList<>();
        lines.add(Text.of("server.alert.body.kind", "kind", a.kind().word).in(l));
        lines.add(Text.of("server.alert.body.employee", "name", who(a), "id", a.employee(), "workplace", a.workplace()).in(l));
        lines.add(Text.of("server.alert.body.cap", "cap", cap(a)).in(l));
        lines.add(Text.of("server.alert.body.period", "period", period(a)).in(l));
        lines.add(Text.of("server.alert.body.citation", "citation", a.citation()).in(l));
        lines.add(Text.of("server.alert.body.what", "what", a.text(l)).in(l));
        return lines;
    }

    static String body(Alert a, Language l) {
        return String.join("\n", lines(a, l));
    }

    /** The webhook's JSON document (docs/SERVER.md, "Webhooks"), keys in this order. */
    static Map<String, Object> json(Alert a, long deliveryId, Language l) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "worktime-alert/1");
        doc.put("delivery", deliveryId);
        doc.put("alert", a.id());
        doc.put("kind", a.kind().name());
        doc.put("tenant", a.tenant());
        doc.put("workplace", a.workplace());
        Map<String, Object> employee = new LinkedHashMap<>();
        employee.put("id", a.employee());
        employee.put("name", a.employeeName());
        doc.put("employee", employee);
        doc.put("rule", a.rule());
        doc.put("from", a.from().toString());
        doc.put("to", a.to().toString());
        doc.put("capSeconds", a.capSeconds());
        doc.put("cap", a.capSeconds() != null ? Catalog.format(Duration.ofSeconds(a.capSeconds()), l) : a.capText());
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("law", a.citation().law());
        citation.put("article", a.citation().article());
        citation.put("version", a.citation().version());
        citation.put("source", a.citation().source());
        citation.put("text", Catalog.format(a.citation(), l));
        doc.put("citation", citation);
        doc.put("language", l.code());
        doc.put("subject", subject(a, l));
        doc.put("text", body(a, l));
        return doc;
    }

    static String digestSubject(LocalDate day, int count, Language l) {
        return Text.of("server.alert.digest.subject", "n", count, "date", day).in(l);
    }

    static String digestBody(LocalDate day, List<Alert> alerts, Language l) {
        StringBuilder out = new StringBuilder(Text.of("server.alert.digest.intro", "date", day).in(l)).append('\n');
        for (Alert a : alerts) {
            out.append(Text.of("server.alert.digest.line", "kind", a.kind().word, "name", who(a), "id", a.employee(), "period", period(a),
                    "cap", cap(a), "citation", a.citation()).in(l)).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
