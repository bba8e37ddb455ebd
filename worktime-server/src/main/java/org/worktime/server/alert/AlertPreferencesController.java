package org.worktime.server.alert;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;

/** {@code GET/PUT /api/v1/me/alert-preferences}: the signed-in user's own choices (the "me" group: every role). */
@RestController
@RequestMapping("/api/v1/me/alert-preferences")
class AlertPreferencesController {

    private final PreferenceService preferences;

    AlertPreferencesController(PreferenceService preferences) {
        this.preferences = preferences;
    }

    record View(boolean breachCertain, boolean breachLikely, boolean finding, boolean byEmail, boolean byWebhook, boolean digest,
            String language, String email, String webhookUrl, String webhookSecret) {
        static View of(Preferences p) {
            return new View(p.breachCertain(), p.breachLikely(), p.finding(), p.byEmail(), p.byWebhook(), p.digest(), p.language().code(),
                    p.email(), p.webhookUrl(), p.webhookSecret());
        }
    }

    @GetMapping
    @Allowed(group = "me", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    View get() {
        return View.of(preferences.of(CurrentUser.get()));
    }

    @PutMapping
    @Allowed(group = "me", value = {Role.SYSTEM_ADMIN, Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    View put(@RequestBody PreferenceService.Change change) {
        return View.of(preferences.change(CurrentUser.get(), change));
    }
}
