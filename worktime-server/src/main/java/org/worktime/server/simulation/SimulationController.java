package org.worktime.server.simulation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /workplaces/{wp}/simulations} answers 202 with the job's address; {@code GET /simulations/{id}} its
 * status ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED}), progress and, when done, the result.
 */
@RestController
class SimulationController {

    record Request(List<String> policies, LocalDate from, LocalDate to) {
    }

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
        String id = jobs.submit(tenant, workplaces.get(tenant, workplace), body.policies(), body.from(), body.to());
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + id)).body(Map.of("id", id, "status", "QUEUED"));
    }

    @GetMapping(value = "/api/v1/simulations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "simulations", value = {Role.HR_ADMIN, Role.AUDITOR})
    ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
        SimulationJobs.Job job = jobs.find(CurrentUser.tenant(), id).orElseThrow(() -> ApiException.notFound("the simulation " + id));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", job.id());
        body.put("status", job.status());
        body.put("progress", Map.of("stage", job.stage() == null ? "" : job.stage(), "done", job.done(), "total", job.total()));
        body.put("createdAt", job.createdAt().toString());
        body.put("error", job.error());
        body.put("result", job.result() == null ? null : json.readTree(job.result()));
        return ResponseEntity.ok(body);
    }
}
