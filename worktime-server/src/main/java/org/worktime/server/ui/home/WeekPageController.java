package org.worktime.server.ui.home;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.watch.WatchReport;
import org.worktime.server.evaluation.Evaluations;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.ui.PageContext;
import org.worktime.server.ui.Pages;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * This week, the home page: every employee of the workplace the user may see, with the watch's numbers as of now (the
 * same {@link Evaluations#watchReport} that {@code GET .../watch} and a punch answer with), most urgent first, of one
 * team when one is picked ({@code ?team=}). The table is also served alone, for htmx to refresh it in place.
 */
@Controller
class WeekPageController {

    private final WorkplaceRepository workplaces;
    private final PageContext context;
    private final Evaluations evaluations;
    private final Clock clock;

    WeekPageController(WorkplaceRepository workplaces, PageContext context, Evaluations evaluations, Clock clock) {
        this.workplaces = workplaces;
        this.context = context;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /** The start: an employee's own page, else the chosen (or first) workplace's week. */
    @GetMapping("/")
    String home(@RequestParam(required = false) String workplace) {
        WorktimeUser user = CurrentUser.get();
        if (user.role() == Role.EMPLOYEE) {
            return "redirect:/me";
        }
        if (!Pages.readsWorkplaces(user)) {
            return "home/nothing";
        }
        List<StoredWorkplace> all = workplaces.all(user.tenantId());
        if (workplace != null && all.stream().anyMatch(w -> w.id().equals(workplace))) {
            return "redirect:/workplaces/" + workplace + "/week";
        }
        return all.isEmpty() ? "home/nothing" : "redirect:/workplaces/" + all.get(0).id() + "/week";
    }

    @GetMapping("/workplaces/{workplace}/week")
    String week(@PathVariable String workplace, @RequestParam(required = false) String team, Model model) {
        fill(workplace, team, model);
        return "home/week";
    }

    @GetMapping("/workplaces/{workplace}/week/table")
    String table(@PathVariable String workplace, @RequestParam(required = false) String team, Model model) {
        fill(workplace, team, model);
        return "home/week :: table";
    }

    private void fill(String workplace, String team, Model model) {
        PageContext.Scope scope = context.scope(workplace, team);
        StoredWorkplace wp = scope.workplace();
        Instant now = clock.instant();
        WatchReport report = evaluations.watchReport(scope.tenant(), wp, scope.selected(), now, Pages.RISK_SECONDS);
        model.addAttribute("workplace", wp);
        model.addAttribute("teams", scope.teams());
        model.addAttribute("team", scope.team());
        model.addAttribute("workplaceName", report.workplace().name());
        model.addAttribute("week", report.week());
        model.addAttribute("asOf", now.atZone(report.workplace().zone()).toLocalDateTime());
        model.addAttribute("rows", report.byUrgency().stream().map(WeekRow::of).toList());
        model.addAttribute("statuses", org.worktime.server.ui.Status.values());
    }
}
