package org.worktime.server.ui.signin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.PasswordChange;

/**
 * The change of a one-time password, where the sign-in form sends a user who must change it (the first administrator
 * with the printed password): until it is changed every page leads here, as every API call answers 403. Once changed,
 * the user goes on to the home page.
 */
@Controller
class FirstPasswordPageController {

    static final String PATH = "/signin/password";

    private final PasswordChange passwordChange;

    FirstPasswordPageController(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("minimum", PasswordChange.MIN_LENGTH);
        return "signin/password";
    }

    @PostMapping(PATH)
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
            @RequestParam(defaultValue = "") String confirm, Model model) {
        String error;
        if (!next.equals(confirm)) {
            error = "server.ui.signin.change.mismatch";
        } else {
            PasswordChange.Refusal refused = passwordChange.change(CurrentUser.get().getUsername(), current, next);
            if (refused == null) {
                return "redirect:/";
            }
            error = refused == PasswordChange.Refusal.CURRENT ? "server.ui.signin.change.wrong-current" : "server.ui.signin.change.too-short";
        }
        model.addAttribute("error", error);
        model.addAttribute("minimum", PasswordChange.MIN_LENGTH);
        return "signin/password";
    }
}
