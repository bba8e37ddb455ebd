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

    /** The plan JSON ({@code worktime-plan/1}) of the request, in the request's language. */
    String plan(String tenant, PlanController.Request request) {
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
        List<EmployeeRepository.StoredEmployee> team = employees.all(tenant, wp.id());
        ZoneId zone = ZoneId.of(wp.zone());
        // The project names employees and filters on their attributes: read it against them (no records needed yet).
        Instant now = Instant.EPOCH;
        Project project = read(request.project(), stored.of(tenant, wp, team, now, now));
        Instant from = project.window().getStart().minusYears(1).atStartOfDay(zone).toInstant();
        Instant to = project.window().getEnd().atStartOfDay(zone).toInstant();
        Dataset dataset = stored.of(tenant, wp, team, from, to);
        PlanSettings settings = new PlanSettings(request.seed() == null ? PlanSettings.DEFAULT_SEED : request.seed(),
                request.steps() == null ? PlanSettings.DEFAULT_STEPS : request.steps(), TIME_LIMIT);
        PlanResult result;
        try {
            result = Planner.plan(dataset, project, settings);
        } catch (PlanException e) {
            throw ApiException.conflict(e.explanation().in(RequestLanguage.current()));
        }
        StringWriter out = new StringWriter();
        try {
            PlanJsonWriter.write(result, RequestLanguage.current(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
            return ProjectFileReader.read(file, dataset);
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
