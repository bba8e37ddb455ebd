package org.worktime.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link Allowed} before any handler under {@code /api/v1} runs: a missing rule denies everyone. */
@Component
public class RoleInterceptor implements HandlerInterceptor {

    private final ProblemWriter problems;
    private final PasswordChangeRequired changeRequired;

    RoleInterceptor(ProblemWriter problems, PasswordChangeRequired changeRequired) {
        this.problems = problems;
        this.changeRequired = changeRequired;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith("/api/v1/")) {
            return true;
        }
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        WorktimeUser user = CurrentUser.orNull();
        if (allowed == null) {
            problems.write(response, 403, "Forbidden", "this endpoint has no access rule");
            return false;
        }
        if (user == null) {
            return true; // the security filter chain answered 401 already for protected paths; public ones pass
        }
        if (!allowed.group().equals("me") && changeRequired.of(user.id())) {
            // Only the user's own view and the password change answer until the one-time password is replaced.
            problems.write(response, 403, "Password change required", org.worktime.core.finding.Text.of("server.password.change-first")
                    .in(language()), java.util.Map.of("passwordChangeRequired", true));
            return false;
        }
        if (Arrays.asList(allowed.value()).contains(user.role())) {
            return true;
        }
        problems.write(response, 403, "Forbidden", "the role " + user.role() + " may not do this");
        return false;
    }

    private static org.worktime.core.i18n.Language language() {
        try {
            return org.worktime.server.web.RequestLanguage.current();
        } catch (org.worktime.server.web.ApiException e) {
            return org.worktime.core.i18n.Language.EN;
        }
    }
}
