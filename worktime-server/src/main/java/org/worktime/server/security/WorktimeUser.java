package org.worktime.server.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who, in which tenant, with which role and scope. The principal of both a session and an API
 * token, so that every controller asks the same object.
 */
public final class WorktimeUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String tenantId;
    private final Role role;
    private final String workplaceId;
    private final String employeeId;
    private final String team;
    private final boolean enabled;

    public WorktimeUser(long id, String username, String passwordHash, String tenantId, Role role, String workplaceId, String employeeId,
            String team, boolean enabled) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.tenantId = tenantId;
        this.role = role;
        this.workplaceId = workplaceId;
        this.employeeId = employeeId;
        this.team = team;
        this.enabled = enabled;
    }

    public long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Role role() {
        return role;
    }

    public String workplaceId() {
        return workplaceId;
    }

    public String employeeId() {
        return employeeId;
    }

    public String team() {
        return team;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
