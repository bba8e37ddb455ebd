package org.worktime.server.planning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.worktime.plan.out.PlannedShiftsCsvWriter;
import org.worktime.server.imports.ImportService;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.web.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Use as the draft schedule": one option of a finished plan job becomes the workplace's planned shifts, through the
 * import service the Schedule page's plan import uses (the shifts file {@code worktime plan --shifts} writes, origin
 * PLANNED, notified on the plan's date), with its checks, its audit row and its idempotency: the same option of the same
 * job imported twice is the first import replayed, not a second copy. The Schedule page then shows them with their
 * warnings. HR administrators and the managers whose team the job planned; auditors read only.
 */
@Service
public class PlanDrafts {

    private final PlanJobs jobs;
    private final ImportService imports;
    private final JsonMapper json;

    PlanDrafts(PlanJobs jobs, ImportService imports, JsonMapper json) {
        this.jobs = jobs;
        this.imports = imports;
        this.json = json;
    }

    /** What was imported, and the first day of the plan's window (the week to show). */
    public record Used(ImportService.Result imported, String from) {
    }

    public Used use(String tenant, WorktimeUser user, String jobId, String option) {
        if (user.role() != Role.HR_ADMIN && user.role() != Role.MANAGER) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "a plan is made the draft schedule by HR or the team's manager", List.of());
        }
        PlanJobs.Job job = jobs.find(tenant, user, jobId).orElseThrow(() -> ApiException.notFound("the plan " + jobId));
        if (!job.status().equals("DONE")) {
            throw ApiException.conflict("the plan " + jobId + " is " + job.status() + ": only a finished plan is used");
        }
        JsonNode result = json.readTree(jobs.result(tenant, jobId).orElseThrow(() -> ApiException.notFound("the result of the plan " + jobId)));
        JsonNode chosen = null;
        for (JsonNode o : result.get("options")) {
            if (o.get("id").asString().equals(option)) {
                chosen = o;
            }
        }
        if (chosen == null) {
            throw ApiException.notFound("the option " + option + " of the plan " + jobId);
        }
        if (chosen.get("shifts").isEmpty()) {
            throw ApiException.conflict("the option " + option + " plans no shift");
        }
        byte[] csv = csv(chosen.get("shifts")).getBytes(StandardCharsets.UTF_8);
        String file = "plan-" + result.get("project").get("id").asString() + "-" + option.replace(':', '-') + ".shifts.csv";
        ImportService.Result imported = imports.importShifts(tenant, user.getUsername(), job.workplace(), file, csv, "plan:" + jobId + ":" + option);
        return new Used(imported, result.get("project").get("window").get("start").asString());
    }

    /** The option's shifts in the shifts format, as {@link PlannedShiftsCsvWriter} writes them for the CLI. */
    static String csv(JsonNode shifts) {
        StringBuilder s = new StringBuilder(PlannedShiftsCsvWriter.HEADER).append('\n');
        for (JsonNode shift : shifts) {
            List<String> breaks = new ArrayList<>();
            shift.get("breaks").forEach(b -> breaks.add(b.asString()));
            JsonNode notified = shift.get("notifiedOn");
            s.append(shift.get("employee").asString()).append(',').append(shift.get("start").asString()).append(',')
                    .append(shift.get("end").asString()).append(',').append(String.join(";", breaks)).append(',')
                    .append(shift.get("origin").asString()).append(',').append(notified == null || notified.isNull() ? "" : notified.asString())
                    .append('\n');
        }
        return s.toString();
    }
}
