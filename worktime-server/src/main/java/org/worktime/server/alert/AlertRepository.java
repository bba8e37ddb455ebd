package org.worktime.server.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.worktime.core.finding.Citation;
import org.worktime.core.i18n.Language;

/** The alerts, their deliveries, the digests sent and the users' preferences. */
@Repository
public class AlertRepository {

    /** The channels of a delivery. */
    enum Channel { EMAIL, WEBHOOK }

    /** A delivery's state: waiting (first try or a retry), sent, or given up after the last attempt. */
    enum State { PENDING, SENT, FAILED }

    record Delivery(long id, long alertId, long userId, Channel channel, State state, int attempts, Instant nextAt, String lastError) {
    }

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Stores the alert unless one with the same key (tenant, workplace, employee, rule, period start, kind) exists: the
     * new id, or empty when it was raised before. The unique key decides, so two checks racing raise it once.
     */
    Optional<Long> raise(Alert a) {
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into alert (tenant_id, workplace_id, employee_id, employee_name, team, kind, rule_id, period_from, period_to,"
                    + " cap_seconds, cap_text, law, article, law_version, law_source, text_en, text_ko, text_ja, raised_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(a.tenant(), a.workplace(), a.employee(), a.employeeName(), a.team(), a.kind().name(), a.rule(), a.from(), a.to(),
                            a.capSeconds(), a.capText(), a.citation().law(), a.citation().article(), a.citation().version(),
                            a.citation().source(), a.textEn(), a.textKo(), a.textJa(), utc(a.raisedAt()))
                    .update(keys, "id");
        } catch (DuplicateKeyException raisedBefore) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    private static final String ALERT_COLUMNS = "id, tenant_id, workplace_id, employee_id, employee_name, team, kind, rule_id, period_from,"
            + " period_to, cap_seconds, cap_text, law, article, law_version, law_source, text_en, text_ko, text_ja, raised_at";

    private static Alert alert(ResultSet rs, int n) throws SQLException {
        long cap = rs.getLong("cap_seconds");
        Long capSeconds = rs.wasNull() ? null : cap;
        return new Alert(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("workplace_id"), rs.getString("employee_id"),
                rs.getString("employee_name"), rs.getString("team"), Alert.Kind.valueOf(rs.getString("kind")), rs.getString("rule_id"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class), capSeconds, rs.getString("cap_text"),
                new Citation(rs.getString("law"), rs.getString("article"), rs.getString("law_version"), rs.getString("law_source")),
                rs.getString("text_en"), rs.getString("text_ko"), rs.getString("text_ja"),
                rs.getObject("raised_at", OffsetDateTime.class).toInstant());
    }

    Alert alert(long id) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from alert where id = ?").param(id).query(AlertRepository::alert).single();
    }

    /** The alerts of a tenant raised in [from, to), oldest first. */
    List<Alert> raised(String tenant, Instant from, Instant to) {
        return jdbc.sql("select " + ALERT_COLUMNS + " from alert where tenant_id = ? and raised_at >= ? and raised_at < ? order by raised_at, id")
                .params(tenant, utc(from), utc(to)).query(AlertRepository::alert).list();
    }

    List<String> tenantsWithAlerts() {
        return jdbc.sql("select distinct tenant_id from alert order by tenant_id").query(String.class).list();
    }

    void deliver(long alertId, long userId, Channel channel, Instant now) {
        try {
            jdbc.sql("insert into alert_delivery (alert_id, user_id, channel, state, attempts, next_at) values (?, ?, ?, 'PENDING', 0, ?)")
                    .params(alertId, userId, channel.name(), utc(now)).update();
        } catch (DuplicateKeyException queuedBefore) {
            // the same alert to the same user by the same channel: once
        }
    }

    private static Delivery delivery(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("alert_id"), rs.getLong("user_id"), Channel.valueOf(rs.getString("channel")),
                State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getObject("next_at", OffsetDateTime.class).toInstant(),
                rs.getString("last_error"));
    }

    List<Delivery> due(Instant now) {
        return jdbc.sql("select * from alert_delivery where state = 'PENDING' and next_at <= ? order by next_at, id")
                .param(utc(now)).query(AlertRepository::delivery).list();
    }

    List<Delivery> deliveriesOf(long alertId) {
        return jdbc.sql("select * from alert_delivery where alert_id = ? order by id").param(alertId).query(AlertRepository::delivery).list();
    }

    void sent(long id, int attempts, Instant now) {
        jdbc.sql("update alert_delivery set state = 'SENT', attempts = ?, sent_at = ?, last_error = null where id = ?")
                .params(attempts, utc(now), id).update();
    }

    void failed(long id, int attempts, State state, Instant next, String error) {
        jdbc.sql("update alert_delivery set state = ?, attempts = ?, next_at = ?, last_error = ? where id = ?")
                .params(state.name(), attempts, utc(next), error.length() > 500 ? error.substring(0, 500) : error, id).update();
    }

    /**
     * One delivery of an alert, as the page of the alerts sent lists it: the alert (employee, kind, rule, dates, cap,
     * citation, when raised), to whom and by which channel, its state, the attempts made, the next try of a retry, the
     * last error and when it was sent.
     */
    public record Sent(long delivery, Alert alert, String recipient, String channel, String state, int attempts, Instant nextAt,
            String lastError, Instant sentAt) {
    }

    private static final String SENT_FROM = " from alert_delivery d join alert a on a.id = d.alert_id join app_user u on u.id = d.user_id"
            + " where a.tenant_id = ?";

    /**
     * The deliveries of a tenant's alerts, newest alert first (then by delivery), a page of them; {@code userId} null for
     * every recipient's, else that user's own.
     */
    public List<Sent> sent(String tenant, Long userId, int offset, int limit) {
        String columns = ALERT_COLUMNS.replaceAll("(^|, )", "$1a.");
        return jdbc.sql("select d.id as delivery_id, u.username, d.channel, d.state, d.attempts, d.next_at, d.last_error, d.sent_at, " + columns
                + SENT_FROM + (userId == null ? "" : " and d.user_id = ?") + " order by a.raised_at desc, a.id desc, d.id limit ? offset ?")
                .params(userId == null ? List.of(tenant, limit, offset) : List.of(tenant, userId, limit, offset))
                .query((rs, n) -> {
                    OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
                    return new Sent(rs.getLong("delivery_id"), alert(rs, n), rs.getString("username"), rs.getString("channel"),
                            rs.getString("state"), rs.getInt("attempts"), rs.getObject("next_at", OffsetDateTime.class).toInstant(),
                            rs.getString("last_error"), sentAt == null ? null : sentAt.toInstant());
                }).list();
    }

    /** How many deliveries {@link #sent} pages through. */
    public long countSent(String tenant, Long userId) {
        return jdbc.sql("select count(*)" + SENT_FROM + (userId == null ? "" : " and d.user_id = ?"))
                .params(userId == null ? List.of(tenant) : List.of(tenant, userId)).query(Long.class).single();
    }

    /** Records the digest of a user's day; false when it was sent before. */
    boolean digestSent(long userId, LocalDate day, int alerts, Instant now) {
        try {
            jdbc.sql("insert into alert_digest (user_id, digest_day, alerts, sent_at) values (?, ?, ?, ?)").params(userId, day, alerts, utc(now)).update();
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    boolean hasDigest(long userId, LocalDate day) {
        return jdbc.sql("select count(*) from alert_digest where user_id = ? and digest_day = ?").params(userId, day).query(Long.class).single() > 0;
    }

    Preferences preferences(long userId) {
        return jdbc.sql("select * from alert_preference where user_id = ?").param(userId)
                .query((rs, n) -> new Preferences(userId, rs.getBoolean("breach_certain"), rs.getBoolean("breach_likely"), rs.getBoolean("finding"),
                        rs.getBoolean("by_email"), rs.getBoolean("by_webhook"), rs.getBoolean("digest"), Language.parse(rs.getString("language")),
                        rs.getString("email"), rs.getString("webhook_url"), rs.getString("webhook_secret")))
                .optional().orElseGet(() -> Preferences.defaults(userId));
    }

    void save(Preferences p, Instant now) {
        int updated = jdbc.sql("update alert_preference set breach_certain = ?, breach_likely = ?, finding = ?, by_email = ?, by_webhook = ?,"
                + " digest = ?, language = ?, email = ?, webhook_url = ?, webhook_secret = ?, updated_at = ? where user_id = ?")
                .params(p.breachCertain(), p.breachLikely(), p.finding(), p.byEmail(), p.byWebhook(), p.digest(), p.language().code(), p.email(),
                        p.webhookUrl(), p.webhookSecret(), utc(now), p.userId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into alert_preference (user_id, breach_certain, breach_likely, finding, by_email, by_webhook, digest, language,"
                    + " email, webhook_url, webhook_secret, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.userId(), p.breachCertain(), p.breachLikely(), p.finding(), p.byEmail(), p.byWebhook(), p.digest(),
                            p.language().code(), p.email(), p.webhookUrl(), p.webhookSecret(), utc(now))
                    .update();
        }
    }
}
