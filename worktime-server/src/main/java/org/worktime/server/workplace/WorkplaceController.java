package org.worktime.server.workplace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.core.domain.Workplace;
import org.worktime.core.rule.Packs;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;

/**
 * Workplaces: the body is a workplace document of docs/FORMATS.md as JSON (zone, calendar, headcount, agreements and
 * arrangements with their validity), read by worktime-io's workplace reader with its messages.
 */
@RestController
@RequestMapping("/api/v1/workplaces")
class WorkplaceController {

    private final WorkplaceRepository workplaces;
    private final Bundles bundles;
    private final AuditTrail audit;
    private final Clock clock;

    WorkplaceController(WorkplaceRepository workplaces, Bundles bundles, AuditTrail audit, Clock clock) {
        this.workplaces = workplaces;
        this.bundles = bundles;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    @Allowed(group = "workplaces.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    List<Map<String, Object>> list() {
        return workplaces.all(CurrentUser.tenant()).stream().map(WorkplaceRepository.StoredWorkplace::definition).toList();
    }

    @GetMapping("/{id}")
    @Allowed(group = "workplaces.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR})
    Map<String, Object> get(@PathVariable String id) {
        return workplaces.get(CurrentUser.tenant(), id).definition();
    }

    /** Creates (201) or replaces (200) the workplace; the audit row keeps the document before and after. */
    @PutMapping("/{id}")
    @Allowed(group = "workplaces.write", value = Role.HR_ADMIN)
    @Transactional
    ResponseEntity<Map<String, Object>> put(@PathVariable String id, @RequestBody Map<String, Object> document) {
        String tenant = CurrentUser.tenant();
        if (!Objects.equals(document.get("id"), id)) {
            throw ApiException.invalid("the workplace is not valid", List.of(FieldProblem.field("id",
                    "must be the id of the path, " + id + (document.get("id") == null ? "" : ", found " + document.get("id")))));
        }
        Workplace workplace = bundles.workplace(document);
        if (Packs.discover().stream().noneMatch(p -> p.jurisdiction().equals(workplace.jurisdiction()))) {
            throw ApiException.invalid("the workplace is not valid", List.of(FieldProblem.field("jurisdiction",
                    "no jurisdiction pack for '" + workplace.jurisdiction() + "'; installed: "
                            + String.join(", ", Packs.discover().stream().map(p -> p.jurisdiction()).toList()))));
        }
        String definition = bundles.toJson(document);
        Instant now = clock.instant();
        var existing = workplaces.find(tenant, id);
        String zone = workplace.zone().getId();
        if (existing.isEmpty()) {
            workplaces.insert(tenant, id, workplace.jurisdiction(), zone, definition, now);
            audit.record(tenant, CurrentUser.get().getUsername(), "CREATE", "workplace", id, null, definition, null);
            return ResponseEntity.status(201).body(document);
        }
        if (!existing.get().zone().equals(zone) && workplaces.hasTimeRecords(tenant, id)) {
            throw ApiException.conflict("the workplace has time records read in " + existing.get().zone()
                    + ": its zone cannot change (their local breaks would move); create a new workplace");
        }
        workplaces.update(tenant, id, workplace.jurisdiction(), zone, definition, now);
        audit.record(tenant, CurrentUser.get().getUsername(), "UPDATE", "workplace", id, bundles.toJson(existing.get().definition()), definition,
                null);
        return ResponseEntity.ok(document);
    }
}
