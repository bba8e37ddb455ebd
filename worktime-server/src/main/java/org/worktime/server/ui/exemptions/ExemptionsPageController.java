package org.worktime.server.ui.exemptions;

import java.time.Clock;
import java.time.Duration;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.evaluation.StoredDataset;
import org.worktime.server.security.CurrentUser;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.simulation.BundledPolicies;
import org.worktime.server.ui.Pages;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Exemptions side by side: each employee the user may see, on a date, under every regime the server knows: the
 * exemption tests of every installed jurisdiction pack (Korea's Art. 63, the US FLSA's white-collar and highly
 * compensated tests, Japan's Highly Professional System and managers...), the workplace's own first, then the proposed
 * Korean exemptions of the bundled policy files. Each verdict is {@link Exemptions#decide}'s, with its evidence
 * (observed against threshold) on demand; nothing of the law is decided here.
 */
@Controller
class ExemptionsPageController {

    /** Salaries and hours of the year before the date are what the tests read, as {@code GET .../exempt}. */
    static final Duration LOOK_BACK = Duration.ofDays(367);

    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;
    private final StoredDataset stored;
    private final BundledPolicies bundled;
    private final Clock clock;

    ExemptionsPageController(WorkplaceRepository workplaces, EmployeeRepository employees, StoredDataset stored, BundledPolicies bundled,
            Clock clock) {
        this.workplaces = workplaces;
        this.employees = employees;
        this.stored = stored;
        this.bundled = bundled;
        this.clock = clock;
    }

    /** One employee's row: a decision per regime (null where the regime has no test in force on the date). */
    public record Row(String id, String name, List<RegimeDecision> decisions) {
    }

    @GetMapping("/workplaces/{workplace}/exemptions")
    String page(@PathVariable String workplace, @RequestParam(required = false) String on, Model model) {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the workplace " + workplace);
        }
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        ZoneId zone = ZoneId.of(wp.zone());
        LocalDate date = LocalDate.now(clock.withZone(zone));
        boolean badDate = false;
        if (on != null && !on.isBlank()) {
            try {
                date = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                badDate = true;
            }
        }
        Dataset dataset = stored.of(user.tenantId(), wp, employees.visible(user, workplace), date.atStartOfDay(zone).toInstant().minus(LOOK_BACK),
                date.plusDays(1).atStartOfDay(zone).toInstant());
        List<Regime> regimes = new ArrayList<>();
        Map<String, Map<String, RegimeDecision>> byEmployee = new LinkedHashMap<>();
        dataset.employees().forEach(e -> byEmployee.put(e.id(), new LinkedHashMap<>()));
        try {
            for (JurisdictionPack pack : packs(wp.jurisdiction())) {
                add(Exemptions.decide(dataset, date, pack.exemptionTests(), pack.parameters(), ExchangeRates.none()), regimes, byEmployee);
            }
            // The proposed Korean exemptions: policy files read against the Korean pack, judged with its parameters as if
            // in force on the date (they are proposals: their own start dates are assumptions), as the simulation judges them.
            JurisdictionPack korean = org.worktime.policy.sim.Simulation.korean().pack();
            List<RegimeDecision> proposed = new ArrayList<>();
            for (Employee e : dataset.employees()) {
                ExemptionQuery query = ExemptionQuery.of(dataset, e, date, korean.parameters(), ExchangeRates.none());
                for (ExemptionTest test : bundled.tests()) {
                    proposed.add(RegimeDecision.of(e.id(), test.regime(), List.of(Exemptions.decide(test, query))));
                }
            }
            add(proposed, regimes, byEmployee);
        } catch (InvalidDataException e) {
            throw ApiException.invalid("the stored records cannot be evaluated: " + e.explanation().in("en"), List.of());
        }
        List<Row> rows = new ArrayList<>();
        for (Employee e : dataset.employees()) {
            Map<String, RegimeDecision> decided = byEmployee.get(e.id());
            rows.add(new Row(e.id(), e.name(), regimes.stream().map(r -> decided.get(r.id())).toList()));
        }
        model.addAttribute("workplace", wp);
        model.addAttribute("on", date);
        model.addAttribute("badDate", badDate ? on : null);
        model.addAttribute("regimes", regimes);
        model.addAttribute("rows", rows);
        return "exemptions/exemptions";
    }

    private static void add(List<RegimeDecision> decisions, List<Regime> regimes, Map<String, Map<String, RegimeDecision>> byEmployee) {
        for (RegimeDecision d : decisions) {
            if (regimes.stream().noneMatch(r -> r.id().equals(d.regime().id()))) {
                regimes.add(d.regime());
            }
            byEmployee.get(d.employeeId()).put(d.regime().id(), d);
        }
    }

    /** Every installed pack with exemption tests, the workplace's own first. */
    private static List<JurisdictionPack> packs(String jurisdiction) {
        List<JurisdictionPack> all = new ArrayList<>(Packs.discover().stream().filter(p -> !p.exemptionTests().isEmpty()).toList());
        all.sort((a, b) -> Boolean.compare(!a.jurisdiction().equals(jurisdiction), !b.jurisdiction().equals(jurisdiction)));
        return all;
    }
}
