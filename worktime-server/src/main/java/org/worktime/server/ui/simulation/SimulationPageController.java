package org.worktime.server.ui.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.simulation.BundledPolicies;
import org.worktime.server.simulation.SimulationJobs;
import org.worktime.server.simulation.SimulationParameters;
import org.worktime.server.ui.PageLanguage;
import org.worktime.server.ui.Words;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Simulation: choose the bundled policy files or upload one, the period and a threshold sweep, run; the job's progress
 * refreshes in place (htmx) and, once done, the policy module's own HTML report (its tables and SVG charts) is shown
 * inside the page. The jobs are the API's ({@link SimulationJobs}): stored, so the past ones are listed after a
 * restart. For HR administrators and auditors, as {@code POST .../simulations}.
 */
@Controller
class SimulationPageController {

    private final WorkplaceRepository workplaces;
    private final SimulationJobs jobs;
    private final BundledPolicies bundled;

    SimulationPageController(WorkplaceRepository workplaces, SimulationJobs jobs, BundledPolicies bundled) {
        this.workplaces = workplaces;
        this.jobs = jobs;
        this.bundled = bundled;
    }

    /** The form's values, kept when it is shown again with its problems. */
    record Form(List<String> policies, String from, String to, String sweepFrom, String sweepTo, String sweepStep, String rates) {
    }

    @GetMapping("/workplaces/{workplace}/simulations")
    String page(@PathVariable String workplace, Model model) {
        StoredWorkplace wp = allowed(workplace);
        LocalDate today = LocalDate.now(ZoneId.of(wp.zone()));
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        fill(wp, model, new Form(List.of(), first.toString(), first.withDayOfMonth(first.lengthOfMonth()).toString(), "", "", "", ""), List.of());
        return "simulation/simulations";
    }

    @PostMapping("/workplaces/{workplace}/simulations")
    String run(@PathVariable String workplace, @RequestParam(required = false) List<String> policy, @RequestParam String from,
            @RequestParam String to, @RequestParam(defaultValue = "") String sweepFrom, @RequestParam(defaultValue = "") String sweepTo,
            @RequestParam(defaultValue = "") String sweepStep, @RequestParam(defaultValue = "") String rates,
            @RequestParam(required = false) MultipartFile upload, jakarta.servlet.http.HttpServletRequest request, Model model) throws IOException {
        StoredWorkplace wp = allowed(workplace);
        Words w = new Words(PageLanguage.of(request));
        Form form = new Form(policy == null ? List.of() : policy, from, to, sweepFrom, sweepTo, sweepStep, rates);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String name : form.policies()) {
            bundled.named(name).ifPresent(f -> texts.add(f.text()));
        }
        if (upload != null && !upload.isEmpty()) {
            texts.add(new String(upload.getBytes(), StandardCharsets.UTF_8));
        }
        if (texts.isEmpty()) {
            problems.add(FieldProblem.field(w.msg("server.ui.simulation.policies"), w.msg("server.ui.simulation.problem.no-policy")));
        }
        LocalDate fromDate = date(from, w.msg("server.ui.simulation.from"), w, problems);
        LocalDate toDate = date(to, w.msg("server.ui.simulation.to"), w, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(FieldProblem.field(w.msg("server.ui.simulation.to"), w.msg("server.ui.simulation.problem.order")));
        }
        Map<String, Object> sweep = null;
        if (!sweepFrom.isBlank() || !sweepTo.isBlank() || !sweepStep.isBlank()) {
            sweep = new LinkedHashMap<>();
            sweep.put("from", sweepFrom.isBlank() ? null : sweepFrom);
            sweep.put("to", sweepTo.isBlank() ? null : sweepTo);
            sweep.put("step", sweepStep.isBlank() ? null : sweepStep);
        }
        List<String> rateList = rates.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        // The sweep and the rates read here too, as the API will: their problems in the page's language, on its labels.
        SimulationParameters.Problems said = new SimulationParameters.Problems(problems, w.language(), field -> label(field, w));
        SimulationParameters.sweep(sweep, said);
        SimulationParameters.rates(rateList, said);
        if (problems.isEmpty()) {
            try {
                String id = jobs.submit(CurrentUser.tenant(), CurrentUser.get().getUsername(), wp, texts,
                        new SimulationJobs.Ask(fromDate, toDate, sweep, rateList), w.language());
                return "redirect:/workplaces/" + wp.id() + "/simulations/" + id;
            } catch (ApiException e) {
                if (e.status().value() != 422 && e.status().value() != 409 && e.status().value() != 503) {
                    throw e;
                }
                // The API's own problems (a policy file's line and field, in the page's language): the same as a client gets;
                // a refusal without any (a workplace outside Korea, a full queue) is its detail, in the page's language.
                problems.addAll(e.problems().isEmpty() ? List.of(FieldProblem.field(null, e.detail(w.language()))) : e.problems());
            }
        }
        fill(wp, model, form, problems);
        return "simulation/simulations";
    }

    @GetMapping("/workplaces/{workplace}/simulations/{id}")
    String job(@PathVariable String workplace, @PathVariable String id, jakarta.servlet.http.HttpServletRequest request, Model model) {
        jobModel(workplace, id, PageLanguage.of(request), model);
        return "simulation/job";
    }

    /** The job's status alone, for htmx to poll until it is done. */
    @GetMapping("/workplaces/{workplace}/simulations/{id}/status")
    String status(@PathVariable String workplace, @PathVariable String id, jakarta.servlet.http.HttpServletRequest request, Model model) {
        jobModel(workplace, id, PageLanguage.of(request), model);
        return "simulation/job :: status";
    }

    /**
     * The report alone, for the job page's frame: the policy module's page carries its own inline style, which the
     * pages' policy forbids, so this answer has a policy of its own: its inline style and nothing else (no script, no
     * network), framed by this site only. The frame is sandboxed too.
     */
    @GetMapping(value = "/workplaces/{workplace}/simulations/{id}/report", produces = "text/html;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<String> report(@PathVariable String workplace, @PathVariable String id,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        StoredWorkplace wp = allowed(workplace);
        String tenant = CurrentUser.tenant();
        jobs.find(tenant, id).filter(j -> j.workplace().equals(wp.id())).orElseThrow(() -> SimulationJobs.notFound(id));
        String html = jobs.report(tenant, id, PageLanguage.of(request))
                .orElseThrow(() -> ApiException.notFound(Text.of("server.simulation.refused.no-report", "id", id)));
        response.setHeader("Content-Security-Policy", REPORT_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        return org.springframework.http.ResponseEntity.ok().header("Content-Security-Policy", REPORT_POLICY).header("X-Frame-Options", "SAMEORIGIN")
                .body(html);
    }

    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    private void jobModel(String workplace, String id, Language language, Model model) {
        StoredWorkplace wp = allowed(workplace);
        String tenant = CurrentUser.tenant();
        SimulationJobs.Job job = jobs.find(tenant, id).filter(j -> j.workplace().equals(wp.id()))
                .orElseThrow(() -> SimulationJobs.notFound(id));
        model.addAttribute("workplace", wp);
        model.addAttribute("job", JobRow.of(job, language, ZoneId.of(wp.zone())));
        model.addAttribute("report", job.status().equals("DONE"));
    }

    private void fill(StoredWorkplace wp, Model model, Form form, List<FieldProblem> problems) {
        Language language = ((Words) model.getAttribute("w")).language();
        model.addAttribute("workplace", wp);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("bundled", PolicyChoice.all(bundled));
        model.addAttribute("jobs", jobs.list(CurrentUser.tenant(), wp.id(), 50).stream().map(j -> JobRow.of(j, language, ZoneId.of(wp.zone())))
                .toList());
        model.addAttribute("korean", wp.jurisdiction().equals("KR"));
    }

    /** The page's label of an API field ({@code sweep.to}, {@code rates[2]}). */
    private static String label(String field, Words w) {
        if (field.startsWith("rates[")) {
            return w.msg("server.ui.simulation.rates.line", "n", Integer.parseInt(field.substring(6, field.length() - 1)) + 1);
        }
        return w.msg("server.ui.simulation." + field);
    }

    private static LocalDate date(String text, String field, Words w, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.field(field, w.msg("server.ui.simulation.problem.date", "value", text)));
            return null;
        }
    }

    /** HR administrators and auditors, as the API's simulations group; anyone else is told there is no such page. */
    private StoredWorkplace allowed(String workplace) {
        WorktimeUser user = CurrentUser.get();
        if (user.role() != Role.HR_ADMIN && user.role() != Role.AUDITOR) {
            throw ApiException.notFound(Text.of("server.simulation.refused.workplace", "workplace", workplace));
        }
        return workplaces.get(user.tenantId(), workplace);
    }
}
