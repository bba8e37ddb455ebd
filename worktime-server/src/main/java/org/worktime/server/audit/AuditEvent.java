package org.worktime.server.audit;

import java.time.Instant;

/** One row of the audit trail; {@code before} and {@code after} are the record's JSON (null when created or voided). */
public record AuditEvent(String chain, long seq, Instant at, String actor, String action, String entity, String entityId, String before,
        String after, String reason, String prevHash, String hash) {

    AuditEvent withHash(String newHash) {
        return new AuditEvent(chain, seq, at, actor, action, entity, entityId, before, after, reason, prevHash, newHash);
    }
}
