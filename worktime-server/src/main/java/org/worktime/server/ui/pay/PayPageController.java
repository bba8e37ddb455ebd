package org.worktime.server.ui.pay;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.io.write.ReportWriter;
import org.worktime.server.evaluation.Evaluations;
import org.worktime.server.ui.PageContext;
import org.worktime.server.ui.PageLanguage;
import org.worktime.server.ui.findings.Filters;
import org.worktime.server.ui.findings.PeriodReports;

/**
 * Pay: the pack's pay lines of a workplace over a period (premiums and allowances owed), of one team or kind when
 * picked, with amounts in the page's money format and the totals per currency; and the same lines as the CLI's CSV
 * pay report or workbook.
 */
@Controller
class PayPageController {

    private final PageContext context;
    private final PeriodReports reports;
    private final Clock clock;

    PayPageController(PageContext context, PeriodReports reports, Clock clock) {
        this.context = context;
        this.reports = reports;
        this.clock = clock;
    }

    /** One line of the table: the pay line and its employee's name. */
    public record Row(String employeeName, PayLine line) {
    }

    @GetMapping("/workplaces/{workplace}/pay")
    String page(@PathVariable String workplace, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String team, @RequestParam(required = false) String kind, Model model) {
        PageContext.Scope scope = context.scope(workplace, team);
        Filters filters = Filters.parse(from, to, team, null, null, kind, Filters.today(clock, scope.workplace().zone()));
        Instant now = clock.instant();
        Report report = reports.evaluate(scope, filters, now);
        JurisdictionPack pack = Evaluations.pack(scope.workplace().jurisdiction());
        // Every kind of the period, for the picker, by code; each with the pack's name for it.
        Map<String, Text> kinds = new TreeMap<>();
        report.payLines().forEach(l -> kinds.computeIfAbsent(l.kind(), pack::payKindLabel));
        Report kept = PeriodReports.payLines(report, l -> filters.kind() == null || filters.kind().equals(l.kind()));
        List<Row> rows = new ArrayList<>();
        for (EmployeeReport e : kept.employees()) {
            e.payLines().forEach(l -> rows.add(new Row(e.employee().name(), l)));
        }
        model.addAttribute("workplace", scope.workplace());
        model.addAttribute("workplaceName", report.workplace().name());
        model.addAttribute("asOf", now.atZone(report.workplace().zone()).toLocalDateTime());
        model.addAttribute("filters", filters);
        model.addAttribute("period", report.period());
        model.addAttribute("teams", scope.teams());
        model.addAttribute("kinds", kinds);
        model.addAttribute("rows", rows);
        model.addAttribute("totals", kept.totalOwed().values());
        return "pay/pay";
    }

    @GetMapping("/workplaces/{workplace}/pay/export")
    ResponseEntity<byte[]> export(@PathVariable String workplace, @RequestParam String format, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String team, @RequestParam(required = false) String kind,
            HttpServletRequest request) {
        PageContext.Scope scope = context.scope(workplace, team);
        Filters filters = Filters.parse(from, to, team, null, null, kind, Filters.today(clock, scope.workplace().zone()));
        Report kept = PeriodReports.payLines(reports.evaluate(scope, filters, clock.instant()),
                l -> filters.kind() == null || filters.kind().equals(l.kind()));
        return PeriodReports.download("pay", workplace, filters, format, kept, ReportWriter.Mode.PAY, PageLanguage.of(request));
    }
}
