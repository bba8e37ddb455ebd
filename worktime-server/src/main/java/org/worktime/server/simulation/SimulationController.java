package org.worktime.server.simulation;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /workplaces/{wp}/simulations} answers 202 with the job's address; {@code GET /simulations/{id}} its
 * status ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED}), progress, parameters and, when done, the
 * result; {@code GET /simulations/{id}/report} the HTML report; {@code GET /workplaces/{wp}/simulations} the past jobs.
 * Jobs are stored: they outlive a restart.
 */
@RestController
class SimulationController {

    /** {@code sweep}: {@code {"from", "to", "step"}} in KRW a year (numbers, or texts with M for millions). */
    record Request(List<String> policies, LocalDate from, LocalDate to, Map<String, Object> sweep, List<String> rates) {
    }

    static final int LIST_LIMIT = 100;

    private final SimulationJobs jobs;
    private final WorkplaceRepository workplaces;
    private final JsonMapper json;

    SimulationController(SimulationJobs jobs, WorkplaceRepository workplaces, JsonMapper json) {
        this.jobs = jobs;
        this.workplaces = workplaces;
        this.json = json;
    }

    @PostMapping("/api/v1/workplaces/{workplace}/simulations")
    @Allowed(group = "simulations", value = {Role.HR_ADMIN, Role.AUDITOR})
    ResponseEntity<Map<String, String>> submit(@PathVariable String workplace, @RequestBody Request body) {
        String tenant = CurrentUser.tenant();
        String id = jobs.submit(tenant, CurrentUser.get().getUsername(), workplaces.get(tenant, workplace), body.policies(),
                new SimulationJobs.Ask(body.from(), body.to(), body.sweep(), body.rates()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + id)).body(Map.of("id", id, "status", "QUEUED"));
    }

    @GetMapping(value = "/api/v1/workplaces/{workplace}/simulations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "simulations", value = {Role.HR_ADMIN, Role.AUDITOR})
    List<Map<String, Object>> list(@PathVariable String workplace) {
        String tenant = CurrentUser.tenant();
        workplaces.get(tenant, workplace);
        return jobs.list(tenant, workplace, LIST_LIMIT).stream().map(SimulationController::summary).toList();
    }

    @GetMapping(value = "/api/v1/simulations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "simulations", value = {Role.HR_ADMIN, Role.AUDITOR})
    ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
        String tenant = CurrentUser.tenant();
        SimulationJobs.Job job = jobs.find(tenant, id).orElseThrow(() -> SimulationJobs.notFound(id));
        Map<String, Object> body = summary(job);
        body.put("result", jobs.result(tenant, id).map(json::readTree).orElse(null));
        return ResponseEntity.ok(body);
    }

    /** The policy module's HTML report of a finished job (charts inline, no network), in {@code lang} (default English). */
    @GetMapping(value = "/api/v1/simulations/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
    @Allowed(group = "simulations", value = {Role.HR_ADMIN, Role.AUDITOR})
    ResponseEntity<String> report(@PathVariable String id, @RequestParam(required = false) String lang) {
        String tenant = CurrentUser.tenant();
        jobs.find(tenant, id).orElseThrow(() -> SimulationJobs.notFound(id));
        Language language = lang == null ? Language.EN : org.worktime.server.ui.PageLanguage.parse(lang);
        if (language == null) {
            throw ApiException.invalid(Text.of("server.simulation.refused.language"), List.of(org.worktime.server.web.FieldProblem.field("lang",
                    Text.of("server.simulation.refused.languages").in(org.worktime.server.web.RequestLanguage.current()))));
        }
        String html = jobs.report(tenant, id, language).orElseThrow(() -> ApiException.conflict(Text.of("server.simulation.refused.not-done", "id", id)));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }

    /**
     * Why a job failed, in the request's language: {@code {"code": "interrupted", "detail": "..."}} ({@code code} is
     * null for a job failed before failures were stored with one); null when it did not fail.
     */
    static Map<String, Object> error(JobFailure failure) {
        if (failure == null) {
            return null;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", failure.code());
        error.put("detail", failure.detail(org.worktime.server.web.RequestLanguage.current()));
        return error;
    }

    private static Map<String, Object> summary(SimulationJobs.Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("workplace", job.workplace());
        body.put("status", job.status());
        body.put("progress", Map.of("stage", job.stage() == null ? "" : job.stage(), "done", job.done(), "total", job.total()));
        body.put("createdAt", job.createdAt().toString());
        body.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        body.put("submittedBy", job.submittedBy());
        body.put("parameters", job.parameters());
        body.put("error", error(job.error()));
        return body;
    }
}
