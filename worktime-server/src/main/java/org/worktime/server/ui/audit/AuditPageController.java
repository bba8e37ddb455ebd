package org.worktime.server.ui.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.server.audit.AuditEvent;
import org.worktime.server.audit.AuditTrail;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.ui.Pages;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Audit: the tenant's change log (who changed what, when, the record before and after, and why), newest first, by
 * actor, entity and period; and at the top the check of its hash chain ({@link AuditTrail#verify}, the same as
 * {@code GET /api/v1/audit/verify}). For HR administrators and auditors, as the API's {@code audit.read}; anyone else
 * is answered not found (404), as every page answers what is not the user's to see.
 */
@Controller
class AuditPageController {

    /** The newest rows read for the page: the filters narrow these. */
    static final int ROWS = 1000;

    private final AuditTrail trail;
    private final WorkplaceRepository workplaces;
    private final Clock clock;

    AuditPageController(AuditTrail trail, WorkplaceRepository workplaces, Clock clock) {
        this.trail = trail;
        this.workplaces = workplaces;
        this.clock = clock;
    }

    /** A row of the log with its time on the wall clock of the tenant's zone. */
    public record Row(AuditEvent event, java.time.LocalDateTime at) {
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsAudit(user)) {
            throw ApiException.notFound("the audit trail");
        }
        String tenant = user.tenantId();
        // Times on the wall clock of the tenant's first workplace (named on the page), else UTC.
        List<StoredWorkplace> all = workplaces.all(tenant);
        String zone = all.isEmpty() ? "UTC" : all.get(0).zone();
        ZoneId zoneId = all.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zone);
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.badRequest("to (" + end + ") is before from (" + start + ")");
        }
        String pickedActor = blank(actor);
        String pickedEntity = blank(entity);
        List<AuditEvent> events = trail.events(tenant, null, null, ROWS);
        TreeSet<String> actors = new TreeSet<>();
        TreeSet<String> entities = new TreeSet<>();
        events.forEach(e -> {
            actors.add(e.actor());
            entities.add(e.entity());
        });
        Instant after = start == null ? null : start.atStartOfDay(zoneId).toInstant();
        Instant before = end == null ? null : end.plusDays(1).atStartOfDay(zoneId).toInstant();
        List<Row> rows = events.stream()
                .filter(e -> pickedActor == null || pickedActor.equals(e.actor()))
                .filter(e -> pickedEntity == null || pickedEntity.equals(e.entity()))
                .filter(e -> after == null || !e.at().isBefore(after))
                .filter(e -> before == null || e.at().isBefore(before))
                .map(e -> new Row(e, e.at().atZone(zoneId).toLocalDateTime())).toList();
        AuditTrail.Verification verification = trail.verify(tenant);
        model.addAttribute("verification", verification);
        // The first bad entry, when it is among the rows shown: linked from the chain's status and marked in the table.
        model.addAttribute("brokenShown", !verification.intact() && verification.brokenAt() != null
                && rows.stream().anyMatch(r -> r.event().seq() == verification.brokenAt()));
        model.addAttribute("rows", rows);
        model.addAttribute("actors", actors);
        model.addAttribute("entities", entities);
        model.addAttribute("actor", pickedActor);
        model.addAttribute("entity", pickedEntity);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("zone", zone);
        model.addAttribute("asOf", clock.instant().atZone(zoneId).toLocalDateTime());
        model.addAttribute("limit", ROWS);
        return "audit/audit";
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
