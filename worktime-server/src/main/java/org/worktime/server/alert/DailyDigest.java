package org.worktime.server.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.worktime.server.security.Role;
import org.worktime.server.security.UserRepository;
import org.worktime.server.security.WorktimeUser;

/**
 * One e-mail per HR administrator and manager a day, listing the day's alerts about the employees they are responsible
 * for (the kinds they chose), for those who asked for it and have an address. Sent once per user and day (alert_digest),
 * at {@code worktime.alerts.digest-cron} (default 18:00) in {@code worktime.alerts.digest-zone}, of the day that is
 * "today" there by the server's clock.
 */
@Component
public class DailyDigest {

    private final AlertRepository alerts;
    private final AlertService service;
    private final AlertDispatcher dispatcher;
    private final UserRepository users;
    private final AlertSettings settings;
    private final Clock clock;
    private final AlertTrigger trigger;

    DailyDigest(AlertRepository alerts, AlertService service, AlertDispatcher dispatcher, UserRepository users, AlertSettings settings,
            Clock clock, AlertTrigger trigger) {
        this.alerts = alerts;
        this.service = service;
        this.dispatcher = dispatcher;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
        this.trigger = trigger;
    }

    @Scheduled(cron = "${worktime.alerts.digest-cron:0 0 18 * * *}", zone = "${worktime.alerts.digest-zone:UTC}")
    void onSchedule() {
        trigger.run(this::sendToday);
    }

    /** Sends the digests of today (by the clock, in the digest zone); answers how many were sent. */
    public int sendToday() {
        ZoneId zone = ZoneId.of(settings.digestZone());
        return send(LocalDate.now(clock.withZone(zone)), zone);
    }

    int send(LocalDate day, ZoneId zone) {
        int sent = 0;
        for (String tenant : tenants()) {
            List<Alert> raised = alerts.raised(tenant, day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
            if (raised.isEmpty()) {
                continue;
            }
            for (WorktimeUser user : users.ofTenant(tenant)) {
                if (!user.isEnabled() || (user.role() != Role.HR_ADMIN && user.role() != Role.MANAGER)) {
                    continue;
                }
                Preferences p = alerts.preferences(user.id());
                if (!p.digest() || p.email() == null || p.email().isBlank() || alerts.hasDigest(user.id(), day)) {
                    continue;
                }
                List<Alert> theirs = raised.stream().filter(a -> p.wants(a.kind())).filter(a -> service.responsible(a).stream()
                        .anyMatch(u -> u.id() == user.id())).toList();
                if (theirs.isEmpty()) {
                    continue;
                }
                dispatcher.mail(p, AlertMessages.digestSubject(day, theirs.size(), p.language()),
                        AlertMessages.digestBody(day, theirs, p.language()));
                alerts.digestSent(user.id(), day, theirs.size(), clock.instant());
                sent++;
            }
        }
        return sent;
    }

    private List<String> tenants() {
        return alerts.tenantsWithAlerts();
    }
}
