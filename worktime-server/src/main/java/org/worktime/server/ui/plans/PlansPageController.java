package org.worktime.server.ui.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.domain.Workplace;
import org.worktime.plan.PlanOption;
import org.worktime.server.planning.PlanDrafts;
import org.worktime.server.planning.PlanJobs;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.ui.Pages;
import org.worktime.server.ui.Words;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans: the tenant's plan jobs of the workplace (status, progress, who asked, the options) and a form with the project
 * file's fields to start one (the API's {@code POST /api/v1/plans} job, the planner's own reader judging the fields); a
 * plan's page shows its progress, then its comparison and, per option, "Use as the draft schedule", which imports the
 * option's planned shifts into the Schedule ({@link PlanDrafts}). HR administrators and managers (their team's plans)
 * write; auditors read.
 */
@Controller
class PlansPageController {

    private final WorkplaceRepository workplaces;
    private final PlanJobs jobs;
    private final PlanDrafts drafts;
    private final org.worktime.server.records.Bundles bundles;
    private final JsonMapper json;
    private final Clock clock;

    PlansPageController(WorkplaceRepository workplaces, PlanJobs jobs, PlanDrafts drafts, org.worktime.server.records.Bundles bundles,
            JsonMapper json, Clock clock) {
        this.workplaces = workplaces;
        this.jobs = jobs;
        this.drafts = drafts;
        this.bundles = bundles;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/workplaces/{workplace}/plans")
    String page(@PathVariable String workplace, Model model) {
        WorktimeUser user = reader();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        fill(user, wp, PlanForm.next(nextWeek(wp)), List.of(), model);
        return "plans/plans";
    }

    @PostMapping("/workplaces/{workplace}/plans")
    String start(@PathVariable String workplace, @ModelAttribute PlanForm form, Model model) {
        WorktimeUser user = writer();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        Words w = (Words) model.getAttribute("w");
        List<FieldProblem> problems = new ArrayList<>();
        String project = json.writeValueAsString(form.project(today(wp), w, problems));
        Integer steps = form.steps(w, problems);
        if (problems.isEmpty()) {
            try {
                String id = jobs.submit(user.tenantId(), user, wp.id(), project, null, steps);
                return "redirect:/workplaces/" + wp.id() + "/plans/" + id;
            } catch (ApiException e) {
                if (e.status().value() != 422 && e.status().value() != 409 && e.status().value() != 503) {
                    throw e;
                }
                problems.addAll(e.problems().isEmpty() ? List.of(FieldProblem.field(null, e.detail(w.language()))) : e.problems());
            }
        }
        fill(user, wp, form, problems, model);
        return "plans/plans";
    }

    @GetMapping("/workplaces/{workplace}/plans/{id}")
    String job(@PathVariable String workplace, @PathVariable String id, Model model) {
        jobModel(workplace, id, model);
        return "plans/plan";
    }

    /** The job's status and, once done, its comparison, for htmx to poll until it is done. */
    @GetMapping("/workplaces/{workplace}/plans/{id}/status")
    String status(@PathVariable String workplace, @PathVariable String id, Model model) {
        jobModel(workplace, id, model);
        return "plans/plan :: status";
    }

    /** One option's planned shifts made the draft schedule; then the Schedule at the plan's first week. */
    @PostMapping("/workplaces/{workplace}/plans/{id}/use")
    String use(@PathVariable String workplace, @PathVariable String id, @RequestParam String option, Model model) {
        WorktimeUser user = writer();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        jobs.find(user.tenantId(), user, id).filter(j -> j.workplace().equals(wp.id())).orElseThrow(() -> ApiException.notFound("the plan " + id));
        try {
            PlanDrafts.Used used = drafts.use(user.tenantId(), user, id, option);
            return "redirect:/workplaces/" + wp.id() + "/schedule?week=" + used.from() + "&imported=" + used.imported().shifts();
        } catch (ApiException e) {
            if (e.status().value() != 422 && e.status().value() != 409) {
                throw e;
            }
            jobModel(workplace, id, model);
            Words w = (Words) model.getAttribute("w");
            model.addAttribute("useProblem", e.problems().isEmpty() ? List.of(FieldProblem.field(null, e.detail(w.language()))) : e.problems());
            return "plans/plan";
        }
    }

    private void jobModel(String workplace, String id, Model model) {
        WorktimeUser user = reader();
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        PlanJobs.Job job = jobs.find(user.tenantId(), user, id).filter(j -> j.workplace().equals(wp.id()))
                .orElseThrow(() -> ApiException.notFound("the plan " + id));
        Words w = (Words) model.getAttribute("w");
        model.addAttribute("workplace", wp);
        model.addAttribute("job", PlanRows.Job.of(job, ZoneId.of(wp.zone())));
        boolean done = job.status().equals("DONE");
        JsonNode result = done ? jobs.result(user.tenantId(), id).map(json::readTree).orElse(null) : null;
        model.addAttribute("options", result == null ? List.of() : PlanRows.Option.of(result, w));
        List<String> team = new ArrayList<>();
        if (result != null) {
            result.get("team").forEach(e -> team.add(e.asString()));
        }
        model.addAttribute("team", team);
        model.addAttribute("writes", writes(user));
    }

    private void fill(WorktimeUser user, StoredWorkplace wp, PlanForm form, List<FieldProblem> problems, Model model) {
        ZoneId zone = ZoneId.of(wp.zone());
        model.addAttribute("workplace", wp);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("jobs", jobs.list(user.tenantId(), user, wp.id()).stream().map(j -> PlanRows.Job.of(j, zone)).toList());
        model.addAttribute("choices", PlanOption.named());
        model.addAttribute("days", java.util.Arrays.asList(java.time.DayOfWeek.values()));
        model.addAttribute("kinds", PlanForm.WORK_KINDS);
        model.addAttribute("writes", writes(user));
        model.addAttribute("plannedOn", today(wp));
    }

    private LocalDate today(StoredWorkplace wp) {
        return clock.instant().atZone(ZoneId.of(wp.zone())).toLocalDate();
    }

    /** The first day of the workplace week after today's. */
    private LocalDate nextWeek(StoredWorkplace wp) {
        Workplace workplace = bundles.workplace(wp.definition());
        return workplace.weekStartOf(clock.instant()).toLocalDate().plusDays(7);
    }

    private static boolean writes(WorktimeUser user) {
        return user.role() == Role.HR_ADMIN || user.role() == Role.MANAGER;
    }

    private static WorktimeUser reader() {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the plans");
        }
        return user;
    }

    private static WorktimeUser writer() {
        WorktimeUser user = reader();
        if (!writes(user)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "plans are read-only for this role", List.of());
        }
        return user;
    }
}
