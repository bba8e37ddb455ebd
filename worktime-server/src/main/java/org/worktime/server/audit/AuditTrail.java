package org.worktime.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail: every change of a record writes one row (actor, time, action, before, after, reason)
 * in the transaction of the change, so a change without its row cannot be committed. Rows form one hash chain per
 * tenant: each row's hash covers its content and the previous row's hash, so changing, removing or reordering a row
 * breaks every later link, which {@link #verify(String)} finds.
 */
@Service
public class AuditTrail {

    /** The hash before the first row of a chain. */
    static final String GENESIS = "0".repeat(64);
    /** The chain of changes that belong to no tenant (tenants themselves, the system administrator). */
    public static final String SYSTEM = "system";

    private static final RowMapper<AuditEvent> EVENT = (rs, n) -> new AuditEvent(rs.getString("chain"), rs.getLong("seq"),
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"), rs.getString("entity"),
            rs.getString("entity_id"), rs.getString("before_state"), rs.getString("after_state"), rs.getString("reason"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts a tenant's chain (with the tenant's creation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void openChain(String chain) {
        jdbc.sql("insert into audit_head (chain, last_seq, last_hash) values (?, 0, ?)").params(chain, GENESIS).update();
    }

    /**
     * Appends a row to the chain, inside the caller's transaction (there must be one). The chain's head is locked
     * until that transaction ends, so concurrent changes of one tenant append one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(String chain, String actor, String action, String entity, String entityId, String before, String after,
            String reason) {
        Head head = jdbc.sql("select last_seq, last_hash from audit_head where chain = ? for update").param(chain)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new IllegalStateException("no audit chain " + chain));
        // Microseconds: what both H2 and PostgreSQL keep, so the hash of a stored row is the hash computed here.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long seq = head.lastSeq + 1;
        AuditEvent event = new AuditEvent(chain, seq, at, actor, action, entity, entityId, before, after, reason, head.lastHash, null);
        String hash = hash(event);
        jdbc.sql("insert into audit_event (chain, seq, at, actor, action, entity, entity_id, before_state, after_state, reason, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(chain, seq, at.atOffset(ZoneOffset.UTC), actor, action, entity, entityId, before, after, reason, head.lastHash, hash)
                .update();
        jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where chain = ?").params(seq, hash, chain).update();
        return event.withHash(hash);
    }

    /** The latest rows of the chain, newest first, optionally of one entity (and one id). */
    public List<AuditEvent> events(String chain, String entity, String entityId, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_event where chain = :chain");
        if (entity != null) {
            sql.append(" and entity = :entity");
        }
        if (entityId != null) {
            sql.append(" and entity_id = :entityId");
        }
        sql.append(" order by seq desc limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("chain", chain).param("limit", limit);
        if (entity != null) {
            statement = statement.param("entity", entity);
        }
        if (entityId != null) {
            statement = statement.param("entityId", entityId);
        }
        return statement.query(EVENT).list();
    }

    /** The result of checking a chain: intact, or the first row whose link is broken and why. */
    public record Verification(String chain, boolean intact, long rows, Long brokenAt, String problem) {
    }

    /** Recomputes every link of the chain, in order, and compares with the head. */
    @Transactional(readOnly = true)
    public Verification verify(String chain) {
        Optional<Head> head = jdbc.sql("select last_seq, last_hash from audit_head where chain = ?").param(chain)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional();
        if (head.isEmpty()) {
            return new Verification(chain, false, 0, null, "the chain has no head");
        }
        String previous = GENESIS;
        long expectedSeq = 1;
        long rows = 0;
        for (AuditEvent e : jdbc.sql("select * from audit_event where chain = ? order by seq").param(chain).query(EVENT).list()) {
            rows++;
            if (e.seq() != expectedSeq) {
                return new Verification(chain, false, rows, expectedSeq, "row " + expectedSeq + " is missing");
            }
            if (!e.prevHash().equals(previous)) {
                return new Verification(chain, false, rows, e.seq(), "row " + e.seq() + " does not link to the row before it");
            }
            if (!hash(e).equals(e.hash())) {
                return new Verification(chain, false, rows, e.seq(), "row " + e.seq() + " was changed after it was written");
            }
            previous = e.hash();
            expectedSeq++;
        }
        if (head.get().lastSeq != rows || !head.get().lastHash.equals(previous)) {
            return new Verification(chain, false, rows, rows + 1, "the chain ends at row " + rows + " but its head says "
                    + head.get().lastSeq + ": rows were removed from its end");
        }
        return new Verification(chain, true, rows, null, null);
    }

    /** SHA-256 over the previous hash and every field, each length-prefixed so that no two rows hash alike by shifting text. */
    static String hash(AuditEvent e) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {e.prevHash(), e.chain(), Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(),
                e.entity(), e.entityId(), e.before(), e.after(), e.reason()}) {
                byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                digest.update((part == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
        }
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
