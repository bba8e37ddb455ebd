package org.worktime.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static WorktimeUser orNull() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof WorktimeUser user ? user : null;
    }

    public static WorktimeUser get() {
        WorktimeUser user = orNull();
        if (user == null) {
            throw new IllegalStateException("no signed-in user: the security configuration let an anonymous request through");
        }
        return user;
    }

    /** The tenant of a tenant user; a system administrator has none and is refused before this is asked. */
    public static String tenant() {
        String tenant = get().tenantId();
        if (tenant == null) {
            throw new IllegalStateException("the system administrator reached a tenant endpoint");
        }
        return tenant;
    }
}
