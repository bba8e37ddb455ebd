package org.worktime.server.ui.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.i18n.Language;
import org.worktime.server.security.LoginThrottle;
import org.worktime.server.ui.PageLanguage;

/** The sign-in form and the language switch (remembered in a cookie for a year). */
@Controller
class SignInPageController {

    private final LoginThrottle throttle;

    SignInPageController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String username, Model model) {
        if (error != null) {
            Duration wait = username == null ? Duration.ZERO : throttle.retryAfter(username);
            model.addAttribute("error", wait.isZero() ? "server.ui.signin.failed" : "server.ui.signin.throttled");
            model.addAttribute("minutes", Math.max(1, (wait.toSeconds() + 59) / 60));
            model.addAttribute("username", username);
        }
        return "signin/signin";
    }

    /**
     * Sets the language and goes back to the page. A GET, as a plain link works without a form; it changes only the
     * cookie, and {@code back} must be a path of this site (never another host).
     */
    @GetMapping("/language")
    String language(@RequestParam String lang, @RequestParam(defaultValue = "/") String back, HttpServletResponse response) {
        Language language = PageLanguage.parse(lang);
        if (language != null) {
            Cookie cookie = new Cookie(PageLanguage.COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") && !back.contains("\r") && !back.contains("\n");
        return "redirect:" + (local ? back : "/");
    }
}
