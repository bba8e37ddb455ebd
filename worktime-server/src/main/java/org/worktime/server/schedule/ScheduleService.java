package org.worktime.server.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.report.Report;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.evaluation.Evaluations;
import org.worktime.server.evaluation.StoredDataset;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.timerecord.ShiftRepository;
import org.worktime.server.timerecord.ShiftService;
import org.worktime.server.timerecord.ShiftVersion;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * The schedule of a workplace: planned shifts, judged before they are saved. A candidate shift is read and checked as
 * the API would store it ({@link ShiftService#checkNew}), then the engine evaluates the week it falls in twice, over the
 * stored records with and without it, as of now (recorded shifts before now, planned ones after, as
 * {@code check --as-of}): the findings only the candidate's week has are the warning it causes. No rule is written here.
 */
@Service
public class ScheduleService {

    private final ShiftService shifts;
    private final ShiftRepository repository;
    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final StoredDataset stored;
    private final Evaluations evaluations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduleService(ShiftService shifts, ShiftRepository repository, WorkplaceRepository workplaces, EmployeeRepository employees,
            StoredDataset stored, Evaluations evaluations, TransactionTemplate transaction, Clock clock) {
        this.shifts = shifts;
        this.repository = repository;
        this.workplaces = workplaces;
        this.employees = employees;
        this.stored = stored;
        this.evaluations = evaluations;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What the planned shift {@code body} (a bundle shift map) would cause if it were saved now; nothing is written. */
    public WhatIf whatIf(WorktimeUser user, String workplace, Map<String, Object> body) {
        Map<String, Object> planned = new LinkedHashMap<>(body);
        planned.put("origin", "PLANNED");
        return judge(user, workplace, shifts.checkNew(user, workplace, planned), null);
    }

    /**
     * What changing the saved planned shift {@code record} to {@code body} would cause: the week evaluated with the
     * stored version and with the changed one in its place; nothing is written.
     */
    public WhatIf whatIfChange(WorktimeUser user, String workplace, String record, Map<String, Object> body) {
        planned(user, workplace, record);
        Map<String, Object> planned = new LinkedHashMap<>(body);
        planned.put("origin", "PLANNED");
        return judge(user, workplace, shifts.checkCorrection(user, workplace, record, planned), record);
    }

    /** Changes a saved planned shift as the API's correction does: a new version with the reason, audited; the old stays. */
    public ShiftVersion change(WorktimeUser user, String workplace, String record, Map<String, Object> body, String reason) {
        planned(user, workplace, record);
        Map<String, Object> planned = new LinkedHashMap<>(body);
        planned.put("origin", "PLANNED");
        return shifts.correct(user, workplace, record, planned, reason);
    }

    /** The record's current version when it is a planned shift the user may see; 404 otherwise (a recorded one included). */
    public ShiftVersion planned(WorktimeUser user, String workplace, String record) {
        ShiftVersion current = shifts.visible(user, workplace, record);
        if (!current.origin().equals("PLANNED") || !current.active()) {
            throw ApiException.notFound("the planned shift " + record);
        }
        return current;
    }

    /** The week of {@code shift} evaluated without and with it (in place of the stored {@code replaced}, when given). */
    private WhatIf judge(WorktimeUser user, String workplace, Map<String, Object> shift, String replaced) {
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        StoredEmployee employee = employees.visibleOne(user, workplace, (String) shift.get("employee"));
        Instant start = java.time.OffsetDateTime.parse((String) shift.get("start")).toInstant();
        // The records a week's evaluation reads (see Evaluations#dataset), around the candidate's own week.
        Instant from = start.minus(java.time.Duration.ofDays(367 + 7));
        Instant to = start.plus(java.time.Duration.ofDays(190 + 7));
        Dataset before = stored.of(user.tenantId(), wp, List.of(employee), from, to, List.of());
        Dataset with = stored.of(user.tenantId(), wp, List.of(employee), from, to, List.of(shift),
                replaced == null ? Set.of() : Set.of(replaced));
        LocalDate first = before.workplace().weekStartOf(start).toLocalDate();
        LocalDateRange week = LocalDateRange.ofClosed(first, first.plusDays(6));
        Evaluation evaluation = Evaluation.of(week).withAsOf(clock.instant());
        List<Finding> after = findings(evaluations.evaluate(with, evaluation, wp.jurisdiction()));
        Set<String> had = new HashSet<>();
        findings(evaluations.evaluate(before, evaluation, wp.jurisdiction())).forEach(f -> had.add(key(f)));
        List<Finding> caused = after.stream().filter(f -> !had.contains(key(f))).toList();
        return new WhatIf(shift, week, after, caused);
    }

    /** Saves the planned shift as the API does (validated again, audited). */
    public ShiftVersion save(WorktimeUser user, String workplace, Map<String, Object> body) {
        Map<String, Object> planned = new LinkedHashMap<>(body);
        planned.put("origin", "PLANNED");
        return shifts.create(user, workplace, planned);
    }

    /** The outcome of copying a week: the shifts written to the next week and those left out because the slot was taken. */
    public record Copied(int copied, int skipped) {
    }

    /**
     * Copies the planned shifts of the week starting {@code first} to the week after, each at the same local times: one
     * transaction per shift, so a shift that would overlap one already planned is left out and counted, not half-copied.
     */
    public Copied copyWeek(WorktimeUser user, String workplace, LocalDate first) {
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        ZoneId zone = ZoneId.of(wp.zone());
        Set<String> ids = new HashSet<>();
        employees.visible(user, workplace).forEach(e -> ids.add(e.id()));
        List<ShiftVersion> week = repository.live(user.tenantId(), workplace, ids, first.atStartOfDay(zone).toInstant(),
                first.plusDays(7).atStartOfDay(zone).toInstant());
        int copied = 0;
        int skipped = 0;
        for (ShiftVersion v : week) {
            if (!v.origin().equals("PLANNED") || v.start().isBefore(first.atStartOfDay(zone).toInstant())) {
                continue;
            }
            Map<String, Object> next = moved(v.data(), zone);
            try {
                transaction.executeWithoutResult(status -> shifts.create(user, workplace, next));
                copied++;
            } catch (ApiException e) {
                skipped++;
            }
        }
        return new Copied(copied, skipped);
    }

    /** The shift map a week later, at the same local times (so a change of offset in between keeps the wall clock). */
    static Map<String, Object> moved(Map<String, Object> data, ZoneId zone) {
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("employee", data.get("employee"));
        next.put("start", weekLater((String) data.get("start"), zone));
        next.put("end", weekLater((String) data.get("end"), zone));
        if (data.get("breaks") instanceof List<?> breaks) {
            List<String> moved = new ArrayList<>();
            for (Object b : breaks) {
                String s = b.toString();
                int slash = s.indexOf('/');
                moved.add(slash < 0 ? s : weekLater(s.substring(0, slash), zone) + "/" + weekLater(s.substring(slash + 1), zone));
            }
            next.put("breaks", moved);
        }
        next.put("origin", "PLANNED");
        return next;
    }

    private static String weekLater(String offsetDateTime, ZoneId zone) {
        return java.time.OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(zone).toLocalDateTime().plusDays(7).toString();
    }

    private static List<Finding> findings(Report report) {
        return report.employees().isEmpty() ? List.of() : report.employees().get(0).findings();
    }

    /**
     * A finding's identity for "does the candidate cause it": rule, period, severity, basis and what was measured, so a
     * finding the week already had but that the candidate makes worse (55 h become 58 h) counts as caused too.
     */
    private static String key(Finding f) {
        return f.ruleId() + "|" + f.period() + "|" + f.severity() + "|" + f.basis() + "|" + (f.measured() == null ? "" : f.measured().toString());
    }
}
