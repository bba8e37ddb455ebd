package org.worktime.server.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.web.ApiException;

/** The tenant's audit trail, and the check of its hash chain. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Allowed(group = "audit.read", value = {Role.HR_ADMIN, Role.AUDITOR})
    List<AuditEvent> events(@RequestParam(required = false) String entity, @RequestParam(required = false) String entityId,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw ApiException.badRequest("limit: " + limit + " is out of range (1 to 10000)");
        }
        return trail.events(CurrentUser.tenant(), entity, entityId, limit);
    }

    @GetMapping("/verify")
    @Allowed(group = "audit.read", value = {Role.HR_ADMIN, Role.AUDITOR})
    AuditTrail.Verification verify() {
        return trail.verify(CurrentUser.tenant());
    }
}
