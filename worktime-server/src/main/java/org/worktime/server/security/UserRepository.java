package org.worktime.server.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Users and their API tokens. */
@Repository
public class UserRepository {

    private static final RowMapper<WorktimeUser> USER = (rs, n) -> new WorktimeUser(rs.getLong("id"), rs.getString("username"),
            rs.getString("password_hash"), rs.getString("tenant_id"), Role.valueOf(rs.getString("role")), rs.getString("workplace_id"),
            rs.getString("employee_id"), rs.getString("team"), rs.getBoolean("enabled"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<WorktimeUser> byUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username).query(USER).optional();
    }

    public List<WorktimeUser> ofTenant(String tenantId) {
        return jdbc.sql("select * from app_user where tenant_id = ? order by username").param(tenantId).query(USER).list();
    }

    public boolean anySystemAdmin() {
        return jdbc.sql("select count(*) from app_user where role = 'SYSTEM_ADMIN'").query(Long.class).single() > 0;
    }

    public long create(String username, String passwordHash, String tenantId, Role role, String workplaceId, String employeeId, String team,
            Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, password_hash, tenant_id, role, workplace_id, employee_id, team, enabled, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, true, ?)")
                .params(username, passwordHash, tenantId, role.name(), workplaceId, employeeId, team, utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setPassword(long userId, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwordHash, userId).update();
    }

    /** A token's owner, when the token is known and not revoked. */
    public Optional<WorktimeUser> byTokenHash(String tokenHash) {
        return jdbc.sql("select u.* from api_token t join app_user u on u.id = t.user_id where t.token_hash = ? and t.revoked_at is null")
                .param(tokenHash).query(USER).optional();
    }

    public long createToken(long userId, String name, String tokenHash, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(userId, name, tokenHash, utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public record Token(long id, String name, Instant createdAt, Instant revokedAt) {
    }

    public List<Token> tokensOf(long userId) {
        return jdbc.sql("select id, name, created_at, revoked_at from api_token where user_id = ? order by id").param(userId)
                .query((rs, n) -> new Token(rs.getLong("id"), rs.getString("name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("revoked_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("revoked_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Revokes one of the user's own tokens; false when the user has no such live token. */
    public boolean revokeToken(long userId, long tokenId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(utc(now), tokenId, userId).update() == 1;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
