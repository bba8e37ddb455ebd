package org.worktime.server.ui.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
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
    static final String[] PAGES = {"/", "/signin", "/signout", "/language", "/me", "/audit", "/alerts", "/workplaces/**", "/css/**",
        "/webjars/**", "/js/**",
        "/favicon.ico"};

    @Bean
    @Order(1)
    SecurityFilterChain pageFilterChain(HttpSecurity http) throws Exception {
        http
            .securityMatcher(PAGES)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/signin", "/language", "/css/**", "/webjars/**", "/js/**", "/favicon.ico").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/signin")
                .loginProcessingUrl("/signin")
                .defaultSuccessUrl("/", false)
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
}
