package org.worktime.server.planning;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;

/**
 * {@code POST /api/v1/plans}: a project file (docs/PLANNING.md) planned on the stored records of one of the tenant's
 * workplaces, answered with the CLI's {@code worktime-plan/1} JSON (each option's schedule, cost, paperwork and its
 * solve time). Planned at once: the solver's steps and time limit are bounded ({@link Plans}), so the answer comes in
 * seconds, not minutes.
 */
@RestController
class PlanController {

    /**
     * @param workplace the workplace's id
     * @param project   the project file's text (YAML)
     * @param seed      the solver's seed; null for the CLI's default
     * @param steps     local-search steps per option; null for the default, at most {@value Plans#MAX_STEPS}
     */
    record Request(String workplace, String project, Long seed, Integer steps) {
    }

    private final Plans plans;

    PlanController(Plans plans) {
        this.plans = plans;
    }

    @PostMapping(value = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "plans", value = {Role.HR_ADMIN, Role.MANAGER})
    ResponseEntity<String> plan(@RequestBody Request body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(plans.plan(CurrentUser.tenant(), body == null ? new Request(null, null, null, null) : body));
    }
}
