package org.worktime.server.ui.alerts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.server.alert.PreferenceService;
import org.worktime.server.alert.WebhookPolicy;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.ui.PageLanguage;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;

/**
 * {@code /alerts}: the signed-in user's alert preferences (which alerts, by e-mail, by webhook, the daily digest, the
 * language), the same {@link PreferenceService} as {@code PUT /api/v1/me/alert-preferences}. A plain form: it works
 * without script.
 */
@Controller
class AlertsPageController {

    private final PreferenceService preferences;
    private final WebhookPolicy webhooks;

    AlertsPageController(PreferenceService preferences, WebhookPolicy webhooks) {
        this.preferences = preferences;
        this.webhooks = webhooks;
    }

    @GetMapping("/alerts")
    String page(Model model) {
        model.addAttribute("prefs", preferences.of(CurrentUser.get()));
        return "alerts/alerts";
    }

    @PostMapping("/alerts")
    String save(@RequestParam(defaultValue = "false") boolean breachCertain, @RequestParam(defaultValue = "false") boolean breachLikely,
            @RequestParam(defaultValue = "false") boolean finding, @RequestParam(defaultValue = "false") boolean byEmail,
            @RequestParam(defaultValue = "false") boolean byWebhook, @RequestParam(defaultValue = "false") boolean digest,
            @RequestParam String language, @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String webhookUrl,
            Model model) {
        String chosen = PageLanguage.parse(language) == null ? null : language;
        try {
            preferences.change(CurrentUser.get(), new PreferenceService.Change(breachCertain, breachLikely, finding, byEmail, byWebhook, digest,
                    chosen, email, webhookUrl));
        } catch (ApiException e) {
            FieldProblem first = e.problems().isEmpty() ? null : e.problems().get(0);
            model.addAttribute("invalid", first == null || first.field() == null ? "other" : first.field());
            // A web address whose host the server may not send to: the allow-list's reason, in the page's language.
            if (first != null && "webhookUrl".equals(first.field()) && !webhookUrl.isBlank()) {
                webhooks.refusal(webhookUrl.strip()).filter(why -> !WebhookPolicy.schemeRefusal(why))
                        .ifPresent(why -> model.addAttribute("invalidText", why));
            }
            model.addAttribute("prefs", preferences.of(CurrentUser.get()));
            model.addAttribute("typedEmail", email);
            model.addAttribute("typedUrl", webhookUrl);
            return "alerts/alerts";
        }
        return "redirect:/alerts?saved";
    }
}
