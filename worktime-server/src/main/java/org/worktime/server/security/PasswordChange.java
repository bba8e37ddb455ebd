package org.worktime.server.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.worktime.server.audit.AuditTrail;

/**
 * A user's change of their own password, for the API ({@code POST /api/v1/me/password}) and the sign-in page's form
 * alike: the current password must match, the next one have at least {@link #MIN_LENGTH} characters; the new hash is
 * stored, a one-time password's flag cleared, and the change written to the audit trail.
 */
@Service
public class PasswordChange {

    public static final int MIN_LENGTH = 12;

    /** Why a change was refused: the field at fault. */
    public enum Refusal {
        CURRENT, NEXT
    }

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordChangeRequired changeRequired;
    private final AuditTrail audit;

    PasswordChange(UserRepository users, PasswordEncoder passwords, PasswordChangeRequired changeRequired, AuditTrail audit) {
        this.users = users;
        this.passwords = passwords;
        this.changeRequired = changeRequired;
        this.audit = audit;
    }

    /** Changes the password; answers null when done, else what refused it (nothing is changed then). */
    @Transactional
    public Refusal change(String username, String current, String next) {
        WorktimeUser me = users.byUsername(username).orElseThrow();
        if (current == null || !passwords.matches(current, me.getPassword())) {
            return Refusal.CURRENT;
        }
        if (next == null || next.length() < MIN_LENGTH) {
            return Refusal.NEXT;
        }
        users.setPassword(me.id(), passwords.encode(next));
        changeRequired.set(me.id(), false);
        audit.record(me.tenantId() == null ? AuditTrail.SYSTEM : me.tenantId(), me.getUsername(), "PASSWORD", "user", me.getUsername(), null,
                null, null);
        return null;
    }
}
