package org.worktime.server.ui.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.worktime.server.security.PasswordChangeRequired;
import org.worktime.server.security.WorktimeUser;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The web pages' own filter chain, before the API's (which keeps everything else): a sign-in form at {@code /signin}
 * checked by the server's one authentication provider (the same users, Argon2id passwords and failed-login throttle as
 * {@code POST /api/v1/session}), a session, and CSRF tokens kept in the session and sent as a hidden field of every
 * form Thymeleaf writes. Pages answer an anonymous visitor with the sign-in form, not a 401.
 */
@Configuration
class PageSecurity {

    /** The paths of the pages and their assets; everything else is the API's chain. */
    static final String[] PAGES = {"/", "/signin", "/signin/password", "/signout", "/language", "/me", "/audit", "/alerts", "/alerts/sent", "/workplaces/**", "/css/**",
        "/webjars/**", "/js/**",
        "/favicon.ico"};

    @Bean
    @Order(1)
    SecurityFilterChain pageFilterChain(HttpSecurity http, PasswordChangeRequired changeRequired) throws Exception {
        http
            .addFilterAfter(new FirstPasswordFilter(changeRequired), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
            .securityMatcher(PAGES)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/signin", "/language", "/css/**", "/webjars/**", "/js/**", "/favicon.ico").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/signin")
                .loginProcessingUrl("/signin")
                .successHandler(firstPasswordOrHome(changeRequired))
                .failureHandler((request, response, e) -> {
                    String name = request.getParameter("username");
                    response.sendRedirect("/signin?error" + (name == null ? "" : "&username="
                            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
                }))
            .logout(logout -> logout
                .logoutUrl("/signout")
                .logoutSuccessUrl("/signin?out"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self';"
                        + " script-src 'self'; frame-ancestors 'none'")))
            .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> {
                if (request.getHeader("HX-Request") != null) {
                    // An htmx refresh after the session ended: send the whole page to the sign-in form, not the table.
                    response.setHeader("HX-Redirect", "/signin");
                    response.setStatus(401);
                    return;
                }
                new LoginUrlAuthenticationEntryPoint("/signin").commence(request, response, e);
            }));
        return http.build();
    }

    /** After the sign-in: the password form for a user who must change a one-time password, else the page asked for, or home. */
    private static AuthenticationSuccessHandler firstPasswordOrHome(PasswordChangeRequired changeRequired) {
        SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
        home.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof WorktimeUser user && changeRequired.of(user.id())) {
                response.sendRedirect(FirstPasswordPageController.PATH);
                return;
            }
            home.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * Every page but the password form and the sign-out leads a user who must change a one-time password to the form
     * (as the API answers them 403), so the first administrator cannot work with the printed password.
     */
    static final class FirstPasswordFilter extends OncePerRequestFilter {

        private final PasswordChangeRequired changeRequired;

        FirstPasswordFilter(PasswordChangeRequired changeRequired) {
            this.changeRequired = changeRequired;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean exempt = path.equals(FirstPasswordPageController.PATH) || path.equals("/signout") || path.equals("/signin")
                    || path.equals("/language") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                    || path.equals("/favicon.ico");
            if (!exempt && auth != null && auth.getPrincipal() instanceof WorktimeUser user && changeRequired.of(user.id())) {
                if (request.getHeader("HX-Request") != null) {
                    response.setHeader("HX-Redirect", FirstPasswordPageController.PATH);
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                response.sendRedirect(FirstPasswordPageController.PATH);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
