package org.worktime.server.planning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.worktime.core.domain.Dataset;
import org.worktime.core.finding.Text;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.plan.PlanException;
import org.worktime.plan.PlanResult;
import org.worktime.plan.PlanSettings;
import org.worktime.plan.Planner;
import org.worktime.plan.Project;
import org.worktime.plan.ProjectFileReader;
import org.worktime.plan.out.PlanJsonWriter;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.evaluation.StoredDataset;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.web.RequestLanguage;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Plans a project on a workplace's stored records with worktime-plan, exactly as {@code worktime plan} does on files:
 * the project is read against the workplace's employees, then the records of the year before the window to its end
 * (what the ceilings already used: the week, the month, the agreement's year) are loaded and planned.
 */
@Service
public class Plans {

    /** Local-search steps per option the API allows: enough for a team's weeks, bounded so a request stays short. */
    static final int MAX_STEPS = 4000;
    /** Each option's solving is cut at this (a safety net: a run cut short is no longer reproducible). */
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final StoredDataset stored;

    Plans(WorkplaceRepository workplaces, EmployeeRepository employees, StoredDataset stored) {
        this.workplaces = workplaces;
        this.employees = employees;
        this.stored = stored;
    }

    /** A request read and its records loaded: what a plan needs to run, now or on the job's thread. */
    record Prepared(StoredWorkplace workplace, Dataset dataset, Project project, PlanSettings settings, org.worktime.core.i18n.Language language) {
    }

    /** The plan JSON ({@code worktime-plan/1}) of the request, in the request's language, planned at once. */
    String plan(String tenant, org.worktime.server.security.WorktimeUser manager, PlanController.Request request) {
        Prepared p = prepare(tenant, manager, request);
        PlanResult result;
        try {
            result = Planner.plan(p.dataset(), p.project(), p.settings());
        } catch (PlanException e) {
            throw ApiException.conflict(e.explanation().in(p.language()));
        }
        return json(result, p.language());
    }

    /** The plan's JSON in the language. */
    static String json(PlanResult result, org.worktime.core.i18n.Language language) {
        StringWriter out = new StringWriter();
        try {
            PlanJsonWriter.write(result, language, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads the request against the workplace's employees (a manager's: only their team, so a project naming anyone else
     * is refused as naming an unknown employee) and loads the records the ceilings need.
     */
    Prepared prepare(String tenant, org.worktime.server.security.WorktimeUser manager, PlanController.Request request) {
        List<FieldProblem> missing = new ArrayList<>();
        if (request.workplace() == null || request.workplace().isBlank()) {
            missing.add(FieldProblem.field("workplace", Text.of("server.plan.workplace-needed").in(RequestLanguage.current())));
        }
        if (request.project() == null || request.project().isBlank()) {
            missing.add(FieldProblem.field("project", Text.of("server.plan.project-needed").in(RequestLanguage.current())));
        }
        if (request.steps() != null && (request.steps() < 0 || request.steps() > MAX_STEPS)) {
            missing.add(FieldProblem.field("steps", Text.of("server.plan.steps", "max", MAX_STEPS).in(RequestLanguage.current())));
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(Text.of("server.plan.invalid"), missing);
        }
        StoredWorkplace wp = workplaces.get(tenant, request.workplace().trim());
        List<EmployeeRepository.StoredEmployee> team = employees.all(tenant, wp.id()).stream()
                .filter(e -> manager == null || EmployeeRepository.maySee(manager, e)).toList();
        ZoneId zone = ZoneId.of(wp.zone());
        // The project names employees and filters on their attributes: read it against them (no records needed yet).
        Instant now = Instant.EPOCH;
        Project project = read(request.project(), stored.of(tenant, wp, team, now, now));
        Instant from = project.window().getStart().minusYears(1).atStartOfDay(zone).toInstant();
        Instant to = project.window().getEnd().atStartOfDay(zone).toInstant();
        Dataset dataset = stored.of(tenant, wp, team, from, to);
        PlanSettings settings = new PlanSettings(request.seed() == null ? PlanSettings.DEFAULT_SEED : request.seed(),
                request.steps() == null ? PlanSettings.DEFAULT_STEPS : request.steps(), TIME_LIMIT);
        return new Prepared(wp, dataset, project, settings, RequestLanguage.current());
    }

    /** The project text read by worktime-plan's reader; its problems name {@code project}, line and field. */
    private static Project read(String text, Dataset dataset) {
        Path file;
        try {
            file = Files.createTempFile("worktime-project", ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the project to a temporary file", e);
        }
        try {
            return ProjectFileReader.read(file, dataset, false);
        } catch (InputException e) {
            List<FieldProblem> problems = new ArrayList<>();
            for (InputProblem p : e.problems()) {
                problems.add(new FieldProblem("project", p.line() > 0 ? p.line() : null, p.field(), p.message(RequestLanguage.current())));
            }
            throw ApiException.invalid(Text.of("server.plan.project-invalid"), problems);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind; the OS clears its temporary folder
            }
        }
    }
}
