package org.worktime.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. Browsers sign in with a session ({@code POST /api/v1/session}, form fields {@code username} and
 * {@code password}) and send the CSRF token of the {@code XSRF-TOKEN} cookie back in the {@code X-XSRF-TOKEN} header
 * on every change; integrations send a personal API token ({@code Authorization: Bearer}), which needs no CSRF token
 * since a browser never adds it by itself. Roles are checked per endpoint by {@link RoleInterceptor}, tenants in every
 * query.
 */
@Configuration
public class SecurityConfig implements WebMvcConfigurer {

    private final RoleInterceptor roles;

    SecurityConfig(RoleInterceptor roles) {
        this.roles = roles;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(roles).addPathPatterns("/api/v1/**");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Argon2id for new hashes; the {id} prefix lets a later algorithm take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new LinkedHashMap<>();
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle) {
        UserDetailsService details = username -> users.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(details);
        dao.setPasswordEncoder(passwords);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String name = authentication.getName();
                Duration wait = throttle.retryAfter(name);
                if (!wait.isZero()) {
                    throw new LoginThrottledException(wait);
                }
                try {
                    Authentication done = dao.authenticate(authentication);
                    throttle.succeeded(name);
                    return done;
                } catch (BadCredentialsException e) {
                    throttle.failed(name);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return dao.supports(type);
            }
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, UserRepository users, ProblemWriter problems, ApiRateLimiter rate) throws Exception {
        RequestMatcher bearer = ApiTokenFilter::hasToken;
        http
            .csrf(csrf -> csrf.spa().ignoringRequestMatchers(bearer))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/api/v1/session/csrf", "/error").permitAll()
                .requestMatchers("/api/**").authenticated()
                .anyRequest().denyAll())
            .addFilterBefore(new ApiRateLimitFilter(rate, problems), org.springframework.security.web.csrf.CsrfFilter.class)
            .addFilterBefore(new ApiTokenFilter(users, problems), UsernamePasswordAuthenticationFilter.class)
            .formLogin(form -> form
                .loginProcessingUrl("/api/v1/session")
                .successHandler((request, response, authentication) -> {
                    WorktimeUser user = (WorktimeUser) authentication.getPrincipal();
                    response.setStatus(200);
                    response.setContentType("application/json");
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("username", user.getUsername());
                    body.put("role", user.role().name());
                    body.put("tenant", user.tenantId());
                    response.getWriter().write(tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(body));
                })
                .failureHandler((request, response, e) -> loginFailed(problems, response, e)))
            .logout(logout -> logout
                .logoutUrl("/api/v1/session/logout")
                .logoutSuccessHandler((request, response, authentication) -> response.setStatus(204)))
            .exceptionHandling(ex -> ex
                .authenticationEntryPoint((request, response, e) -> problems.write(response, 401, "Unauthorized",
                        "sign in (POST /api/v1/session) or send an API token (Authorization: Bearer ...)"))
                .accessDeniedHandler((request, response, e) -> problems.write(response, 403, "Forbidden",
                        e instanceof org.springframework.security.web.csrf.CsrfException
                                ? "the CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
                                : "access denied")));
        return http.build();
    }

    private static void loginFailed(ProblemWriter problems, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        if (e instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(response, 429, "Too many failed logins", "too many failed logins for this user name; try again in "
                    + seconds + " s");
            return;
        }
        problems.write(response, 401, "Unauthorized", "wrong user name or password");
    }

    /** Too many recent failures of this user name. */
    static final class LoginThrottledException extends AuthenticationException {
        private static final long serialVersionUID = 1L;
        private final transient Duration retryAfter;

        LoginThrottledException(Duration retryAfter) {
            super("login throttled");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
