package org.worktime.server.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which users must change their one-time password before the API does anything else for them: the first
 * administrator whose random password was printed at the first start. Asked on every API request, so the answer is
 * kept per user once read (a user's flag changes only here).
 */
@Component
public class PasswordChangeRequired {

    private final JdbcClient jdbc;
    private final Map<Long, Boolean> known = new ConcurrentHashMap<>();

    PasswordChangeRequired(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean of(long userId) {
        return known.computeIfAbsent(userId, id -> jdbc.sql("select password_change_required from app_user where id = ?").param(id)
                .query(Boolean.class).optional().orElse(false));
    }

    /** Sets the user's flag, in the database and here. */
    public void set(long userId, boolean required) {
        jdbc.sql("update app_user set password_change_required = ? where id = ?").param(required).param(userId).update();
        known.put(userId, required);
    }

    /** Sets the flag of a user known by name (the first administrator, just created). */
    void setByUsername(String username, boolean required) {
        jdbc.sql("update app_user set password_change_required = ? where username = ?").param(required).param(username).update();
        known.clear();
    }
}
