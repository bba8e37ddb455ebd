package org.worktime.server.ui.findings;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.io.write.ReportWriter;
import org.worktime.server.ui.PageContext;
import org.worktime.server.ui.PageLanguage;

/**
 * Findings: the engine's findings of a workplace over a period, of one team, rule or severity when picked, each with
 * its employee, period, rule, severity, message and citation; and the same rows as the CLI's CSV report or workbook.
 */
@Controller
class FindingsPageController {

    private final PageContext context;
    private final PeriodReports reports;
    private final Clock clock;

    FindingsPageController(PageContext context, PeriodReports reports, Clock clock) {
        this.context = context;
        this.reports = reports;
        this.clock = clock;
    }

    /** One line of the table: the finding and its employee's name. */
    public record Row(String employeeName, Finding finding) {
    }

    /** A rule of the picker: its id and its title (the pack's, in the page's language). */
    public record RuleOption(String id, Text title) {
    }

    @GetMapping("/workplaces/{workplace}/findings")
    String page(@PathVariable String workplace, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String severity, Model model) {
        PageContext.Scope scope = context.scope(workplace, team);
        Filters filters = Filters.parse(from, to, team, rule, severity, null, Filters.today(clock, scope.workplace().zone()));
        Instant now = clock.instant();
        Report report = reports.evaluate(scope, filters, now);
        Map<String, RuleOption> rules = new LinkedHashMap<>();
        report.findings().stream().sorted(java.util.Comparator.comparing(Finding::ruleId))
                .forEach(f -> rules.putIfAbsent(f.ruleId(), new RuleOption(f.ruleId(), f.title())));
        Report kept = PeriodReports.findings(report, keep(filters));
        List<Row> rows = new ArrayList<>();
        for (EmployeeReport e : kept.employees()) {
            e.findings().forEach(f -> rows.add(new Row(e.employee().name(), f)));
        }
        model.addAttribute("workplace", scope.workplace());
        model.addAttribute("workplaceName", report.workplace().name());
        model.addAttribute("asOf", now.atZone(report.workplace().zone()).toLocalDateTime());
        model.addAttribute("filters", filters);
        model.addAttribute("period", report.period());
        model.addAttribute("teams", scope.teams());
        model.addAttribute("rules", rules.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("rows", rows);
        return "findings/findings";
    }

    @GetMapping("/workplaces/{workplace}/findings/export")
    ResponseEntity<byte[]> export(@PathVariable String workplace, @RequestParam String format, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String severity, HttpServletRequest request) {
        PageContext.Scope scope = context.scope(workplace, team);
        Filters filters = Filters.parse(from, to, team, rule, severity, null, Filters.today(clock, scope.workplace().zone()));
        Report kept = PeriodReports.findings(reports.evaluate(scope, filters, clock.instant()), keep(filters));
        return PeriodReports.download("findings", workplace, filters, format, kept, ReportWriter.Mode.CHECK, PageLanguage.of(request));
    }

    static Predicate<Finding> keep(Filters filters) {
        return f -> (filters.rule() == null || filters.rule().equals(f.ruleId()))
                && (filters.severity() == null || filters.severity().equalsIgnoreCase(f.severity().name()));
    }
}
