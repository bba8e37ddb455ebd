package org.worktime.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.worktime.core.finding.Text;
import org.worktime.server.web.RequestLanguage;

/**
 * Answers a request to {@code /api/} beyond its client address's rate ({@link ApiRateLimiter}) with 429, a
 * {@code Retry-After} header and a problem detail, before authentication: a flood of bad tokens or sign-ins costs the
 * server nothing. The address is the connection's (behind a proxy, set {@code server.forward-headers-strategy} so that
 * it is the client's).
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimiter limiter;
    private final ProblemWriter problems;

    ApiRateLimitFilter(ApiRateLimiter limiter, ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limiter.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = limiter.acquire(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            org.worktime.core.i18n.Language language = language();
            problems.write(response, 429, Text.of("server.rate.title").in(language), Text.of("server.rate.limited", "seconds", wait).in(language));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request's language; English when its {@code lang} is not one (the handler would say so, but it is not reached). */
    private static org.worktime.core.i18n.Language language() {
        try {
            return RequestLanguage.current();
        } catch (org.worktime.server.web.ApiException e) {
            return org.worktime.core.i18n.Language.EN;
        }
    }
}
