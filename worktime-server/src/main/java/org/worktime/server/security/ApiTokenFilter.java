package org.worktime.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer wt_...}: a personal API token, looked up by its SHA-256 (the token is never stored).
 * An unknown or revoked token is refused with 401, not passed on as anonymous, so that an integration notices.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final UserRepository users;
    private final ProblemWriter problems;

    ApiTokenFilter(UserRepository users, ProblemWriter problems) {
        this.users = users;
        this.problems = problems;
    }

    static boolean hasToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(PREFIX.length()).strip();
        Optional<WorktimeUser> user = users.byTokenHash(ApiTokens.hash(token)).filter(WorktimeUser::isEnabled);
        if (user.isEmpty()) {
            problems.write(response, 401, "Unauthorized", "the API token is unknown or revoked");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
