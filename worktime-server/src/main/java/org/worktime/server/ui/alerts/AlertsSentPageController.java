package org.worktime.server.ui.alerts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.server.alert.AlertRepository;
import org.worktime.server.records.Bundles;
import org.worktime.server.simulation.JobFailure;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * {@code /alerts/sent}: the alerts sent and the state of each delivery, newest first, a page at a time, from the
 * {@code alert} and {@code alert_delivery} tables. An HR administrator sees every delivery of the tenant's alerts (to
 * whom, by which channel); a manager the ones sent to them; anyone else gets 404. Times are on the wall clock of the
 * tenant's first workplace, named on the page, as the audit trail's.
 */
@Controller
class AlertsSentPageController {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;

    private final AlertRepository alerts;
    private final WorkplaceRepository workplaces;
    private final Clock clock;
    private final Bundles bundles;

    AlertsSentPageController(AlertRepository alerts, WorkplaceRepository workplaces, Clock clock, Bundles bundles) {
        this.bundles = bundles;
        this.alerts = alerts;
        this.workplaces = workplaces;
        this.clock = clock;
    }

    /**
     * A delivery as a row: its state read for people (a pending delivery that failed before is retrying), the times on the
     * tenant's clock.
     */
    public record Row(AlertRepository.Sent sent, LocalDateTime raised, LocalDateRange dates, String state, LocalDateTime nextTry,
            LocalDateTime sentAt, Text error) {

        static Row of(AlertRepository.Sent s, ZoneId zone, Bundles bundles) {
            String state = switch (s.state()) {
                case "SENT" -> "sent";
                case "FAILED" -> "failed";
                default -> s.attempts() == 0 ? "waiting" : "retrying";
            };
            return new Row(s, s.alert().raisedAt().atZone(zone).toLocalDateTime(), LocalDateRange.ofClosed(s.alert().from(), s.alert().to()), state,
                    s.state().equals("PENDING") ? s.nextAt().atZone(zone).toLocalDateTime() : null,
                    s.sentAt() == null ? null : s.sentAt().atZone(zone).toLocalDateTime(),
                    s.lastError() == null ? null : JobFailure.read(s.lastError(), bundles).message());
        }
    }

    @GetMapping("/alerts/sent")
    String page(@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String size, Model model) {
        WorktimeUser user = CurrentUser.get();
        if (user.tenantId() == null || user.role() != Role.HR_ADMIN && user.role() != Role.MANAGER) {
            throw ApiException.notFound("the alerts sent");
        }
        int perPage = number("size", size == null ? Integer.toString(DEFAULT_SIZE) : size, MAX_SIZE);
        int pageNumber = number("page", page, Integer.MAX_VALUE / MAX_SIZE);
        Long only = user.role() == Role.HR_ADMIN ? null : user.id();
        List<StoredWorkplace> all = workplaces.all(user.tenantId());
        String zone = all.isEmpty() ? "UTC" : all.get(0).zone();
        ZoneId zoneId = all.isEmpty() ? ZoneOffset.UTC : ZoneId.of(zone);
        long total = alerts.countSent(user.tenantId(), only);
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        List<Row> rows = alerts.sent(user.tenantId(), only, (pageNumber - 1) * perPage, perPage).stream().map(s -> Row.of(s, zoneId, bundles)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("everyone", only == null);
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("size", perPage);
        model.addAttribute("total", total);
        model.addAttribute("zone", zone);
        model.addAttribute("asOf", clock.instant().atZone(zoneId).toLocalDateTime());
        return "alerts/sent";
    }

    /** A positive whole number of a query parameter, at most {@code max}; else a 400 naming it. */
    private static int number(String name, String value, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the 400 below
        }
        throw ApiException.badRequest(name + ": expected a whole number from 1 to " + max + ", found '" + value + "'");
    }
}
