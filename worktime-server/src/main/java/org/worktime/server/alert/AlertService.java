package org.worktime.server.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.Report;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.Watch;
import org.worktime.core.watch.WatchReport;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.evaluation.Evaluations;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.Role;
import org.worktime.server.security.UserRepository;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.ui.Pages;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Raises the alerts of changed records: the watch as of now (the same {@link Evaluations#watchReport} a punch answers
 * with: breach certain, breach likely) and the violations on recorded time of the weeks that changed (the engine's
 * findings). Each is stored once under its key (employee, rule, period, kind); only a newly stored one is queued for
 * the people responsible for the employee: the tenant's HR administrators and the managers of the employee's team,
 * each as their preferences say. Nothing here judges: the law is the packs'.
 */
@Service
public class AlertService {

    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final UserRepository users;
    private final Evaluations evaluations;
    private final Bundles bundles;
    private final AlertRepository alerts;
    private final Clock clock;

    AlertService(WorkplaceRepository workplaces, EmployeeRepository employees, UserRepository users, Evaluations evaluations, Bundles bundles,
            AlertRepository alerts, Clock clock) {
        this.workplaces = workplaces;
        this.employees = employees;
        this.users = users;
        this.evaluations = evaluations;
        this.bundles = bundles;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * Checks employees of a workplace whose records changed; {@code earliest} is the start of the earliest shift that
     * changed (its week is the first whose findings are read). Answers the alerts newly raised.
     */
    public List<Alert> check(String tenant, String workplace, Collection<String> employeeIds, Instant earliest) {
        Optional<StoredWorkplace> found = workplaces.find(tenant, workplace);
        if (found.isEmpty()) {
            return List.of();
        }
        StoredWorkplace wp = found.get();
        List<StoredEmployee> checked = employeeIds.stream().distinct().map(id -> employees.find(tenant, workplace, id))
                .flatMap(Optional::stream).toList();
        if (checked.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Alert> candidates = new ArrayList<>();
        if (Watch.supports(Evaluations.pack(wp.jurisdiction()))) {
            WatchReport watch = evaluations.watchReport(tenant, wp, checked, now, Pages.RISK_SECONDS);
            for (WatchReport.EmployeeWatch line : watch.employees()) {
                headroomAlert(tenant, wp, employee(checked, line.employee().id()), line.headroom(), now).ifPresent(candidates::add);
            }
        }
        candidates.addAll(findingAlerts(tenant, wp, checked, earliest, now));
        List<Alert> raised = new ArrayList<>();
        for (Alert candidate : candidates) {
            alerts.raise(candidate).ifPresent(id -> {
                Alert a = alerts.alert(id);
                raised.add(a);
                queue(a, now);
            });
        }
        return raised;
    }

    private static StoredEmployee employee(List<StoredEmployee> checked, String id) {
        return checked.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** A breach certain or likely: of the arrangement's unit when the unit decides the status, else of the week. */
    private Optional<Alert> headroomAlert(String tenant, StoredWorkplace wp, StoredEmployee e, Headroom h, Instant now) {
        Alert.Kind kind = switch (h.status()) {
            case BREACH_CERTAIN -> Alert.Kind.BREACH_CERTAIN;
            case AT_RISK -> Alert.Kind.BREACH_LIKELY;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        boolean unit = h.unitKind() != null && h.unitStatus() == h.status();
        LocalDateRange period = unit ? h.unit() : h.week();
        Long cap = unit ? h.unitCeilingSeconds() : h.ceilingSeconds();
        String rule = unit ? "watch." + h.unitKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') : "watch.week";
        return Optional.of(alert(tenant, wp, e, kind, rule, period, cap, null, h.citation(), h.reason(), now));
    }

    /** The violations on recorded time from the week of the earliest change to today. */
    private List<Alert> findingAlerts(String tenant, StoredWorkplace wp, List<StoredEmployee> checked, Instant earliest, Instant now) {
        Workplace workplace = bundles.workplace(wp.definition());
        LocalDate today = now.atZone(workplace.zone()).toLocalDate();
        LocalDate from = workplace.weekStartOf(earliest.isAfter(now) ? now : earliest).toLocalDate();
        Report report = evaluations.evaluate(evaluations.dataset(tenant, wp, checked, from, today),
                Evaluation.of(LocalDateRange.ofClosed(from, today)).withAsOf(now), wp.jurisdiction());
        List<Alert> found = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.severity() != Severity.VIOLATION || f.basis() != Basis.ACTUAL) {
                continue;
            }
            Measure limit = f.limit();
            Long capSeconds = limit != null && limit.isMinutes() ? limit.value().multiply(java.math.BigDecimal.valueOf(60)).longValue() : null;
            String capText = limit != null && !limit.isMinutes() ? limit.display() : null;
            Text what = Text.of("server.alert.what", "title", f.title(), "message", f.message());
            found.add(alert(tenant, wp, employee(checked, f.employeeId()), Alert.Kind.FINDING, f.ruleId(), f.period(), capSeconds, capText,
                    f.citation(), what, now));
        }
        return found;
    }

    private static Alert alert(String tenant, StoredWorkplace wp, StoredEmployee e, Alert.Kind kind, String rule, LocalDateRange period,
            Long capSeconds, String capText, Citation citation, Text what, Instant now) {
        String name = e.definition().get("name") instanceof String s ? s : null;
        return new Alert(0, tenant, wp.id(), e.id(), name, e.team(), kind, rule, period.getStart(), period.getEndInclusive(), capSeconds, capText,
                citation, clip(what.in(Language.EN)), clip(what.in(Language.KO)), clip(what.in(Language.JA)), now);
    }

    private static String clip(String s) {
        return s.length() > 2000 ? s.substring(0, 1999) + "…" : s;
    }

    /** The people responsible for the alert's employee who want this kind of alert, with their deliveries. */
    private void queue(Alert a, Instant now) {
        for (WorktimeUser user : responsible(a)) {
            Preferences p = alerts.preferences(user.id());
            if (!p.wants(a.kind())) {
                continue;
            }
            if (p.mails()) {
                alerts.deliver(a.id(), user.id(), AlertRepository.Channel.EMAIL, now);
            }
            if (p.posts()) {
                alerts.deliver(a.id(), user.id(), AlertRepository.Channel.WEBHOOK, now);
            }
        }
        LOG.debug("alert {} raised: {} {} {}", a.id(), a.kind(), a.employee(), a.rule());
    }

    /** HR of the tenant (every workplace is theirs) and the managers whose team is the employee's. */
    List<WorktimeUser> responsible(Alert a) {
        return users.ofTenant(a.tenant()).stream().filter(WorktimeUser::isEnabled)
                .filter(u -> u.role() == Role.HR_ADMIN || (u.role() == Role.MANAGER && u.team() != null && u.team().equals(a.team())))
                .toList();
    }
}
