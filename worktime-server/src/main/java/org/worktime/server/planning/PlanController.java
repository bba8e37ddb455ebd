package org.worktime.server.planning;

import java.net.URI;
import java.util.ArrayList;
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
import org.worktime.server.security.Allowed;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.simulation.JobFailure;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.RequestLanguage;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/plans}: a project file (docs/PLANNING.md) planned on the stored records of one of the tenant's
 * workplaces, as a job: 202 with its id and address; {@code GET /api/v1/plans/{id}} its status ({@code QUEUED},
 * {@code RUNNING}, {@code DONE}, {@code FAILED}), progress (options planned of all) and, when done, the result: the
 * CLI's {@code worktime-plan/1} JSON. {@code ?wait=true} is the small-plan shortcut: the plan JSON at once (200), the
 * solver's steps and time limit bounded ({@link Plans}).
 */
@RestController
class PlanController {

    /**
     * @param workplace the workplace's id
     * @param project   the project file's text (YAML)
     * @param seed      the solver's seed; null for the CLI's default
     * @param steps     local-search steps per option; null for the default, at most {@value Plans#MAX_STEPS}
     */
    record Request(String workplace, String project, Long seed, Integer steps) {
    }

    private final Plans plans;
    private final PlanJobs jobs;
    private final JsonMapper json;

    PlanController(Plans plans, PlanJobs jobs, JsonMapper json) {
        this.plans = plans;
        this.jobs = jobs;
        this.json = json;
    }

    @PostMapping(value = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "plans", value = {Role.HR_ADMIN, Role.MANAGER})
    ResponseEntity<?> plan(@RequestBody Request body, @RequestParam(required = false, defaultValue = "false") boolean wait) {
        Request request = body == null ? new Request(null, null, null, null) : body;
        var user = CurrentUser.get();
        if (wait) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(plans.plan(CurrentUser.tenant(), user.role() == Role.MANAGER ? user : null, request));
        }
        String id = jobs.submit(CurrentUser.tenant(), user, request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/plans/" + id)).body(Map.of("id", id, "status", "QUEUED"));
    }

    /** The most jobs a page of {@code GET /api/v1/plans} holds. */
    static final int MAX_PAGE_SIZE = 100;

    /**
     * The tenant's plan jobs the user may read (HR administrators and auditors all, a manager their team's), newest
     * first, a page at a time: {@code page} from 0, {@code size} 1 to {@value #MAX_PAGE_SIZE} (default 20), optionally
     * of one {@code workplace}. Each job without its result (read it at {@code /api/v1/plans/{id}}).
     */
    @GetMapping(value = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "plans.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.AUDITOR})
    ResponseEntity<Map<String, Object>> list(@RequestParam(required = false) String workplace, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw ApiException.badRequest("page: " + page + " is out of range (0 or more)");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("size: " + size + " is out of range (1 to " + MAX_PAGE_SIZE + ")");
        }
        List<PlanJobs.Job> all = jobs.list(CurrentUser.tenant(), CurrentUser.get(), workplace == null || workplace.isBlank() ? null : workplace.strip());
        List<Map<String, Object>> items = new ArrayList<>();
        long from = (long) page * size;
        for (int i = (int) Math.min(from, all.size()); i < Math.min(from + size, all.size()); i++) {
            items.add(summary(all.get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", page);
        body.put("size", size);
        body.put("total", all.size());
        body.put("items", items);
        return ResponseEntity.ok(body);
    }

    @GetMapping(value = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Allowed(group = "plans.read", value = {Role.HR_ADMIN, Role.MANAGER, Role.AUDITOR})
    ResponseEntity<Map<String, Object>> get(@PathVariable String id) {
        String tenant = CurrentUser.tenant();
        PlanJobs.Job job = jobs.find(tenant, CurrentUser.get(), id).orElseThrow(() -> ApiException.notFound("the plan " + id));
        Map<String, Object> body = summary(job);
        body.put("result", jobs.result(tenant, id).map(json::readTree).orElse(null));
        return ResponseEntity.ok(body);
    }

    /**
     * Why a job failed, in the request's language: {@code {"code": "interrupted", "detail": "..."}} ({@code code} is null
     * for a job failed before failures were stored with one); null when it did not fail.
     */
    private static Map<String, Object> error(JobFailure failure) {
        if (failure == null) {
            return null;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", failure.code());
        error.put("detail", failure.detail(RequestLanguage.current()));
        return error;
    }

    /** A job as the API shows it, its result aside. */
    private static Map<String, Object> summary(PlanJobs.Job job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id());
        body.put("workplace", job.workplace());
        body.put("status", job.status());
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("option", job.stage() == null ? "" : job.stage());
        progress.put("done", job.done());
        progress.put("total", job.total());
        body.put("progress", progress);
        body.put("createdAt", job.createdAt().toString());
        body.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        body.put("submittedBy", job.submittedBy());
        body.put("parameters", job.parameters());
        body.put("error", error(job.error()));
        return body;
    }
}
