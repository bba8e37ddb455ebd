package org.worktime.server.ui.exemptions;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.finding.Text;
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

    /**
     * One employee's row: a decision per regime (null where the regime has no test in force on the date), and per
     * regime the stated rate its salary was converted at (null in the regime's own currency), or the rate it lacks.
     */
    public record Row(String id, String name, List<RegimeDecision> decisions, List<Conversion> conversions) {
    }

    /**
     * How a salary met a regime in another currency: at a stated rate (as the user stated it, "1 USD = 1,400 KRW",
     * though the engine may use its inverse), or not at all, naming the rate it needs.
     */
    public record Conversion(String wage, String regime, ExchangeRate rate) {
        public boolean missing() {
            return rate == null;
        }

        /** The cell's note: "Converted at 1 USD = 1,400 KRW (as of 2026-03-02)", or the rate it lacks. */
        public Text text() {
            return rate == null ? Text.of("server.ui.exemptions.rate.missing", "wage", wage, "regime", regime)
                    : Text.of("server.ui.exemptions.rate.converted", "rate", stated(rate));
        }

        static Text stated(ExchangeRate rate) {
            return Text.of("server.ui.exemptions.rate.used", "from", rate.from().getCode(), "to", rate.to().getCode(), "rate", rate.rate(),
                    "on", rate.on());
        }
    }

    /** A foreign currency's field pair of the rates form: 1 {@code currency} = {@code rate} {@code base}, as of {@code on}. */
    public record RateField(String currency, String base, String rate, String on) {
    }

    @GetMapping("/workplaces/{workplace}/exemptions")
    String page(@PathVariable String workplace, @RequestParam(required = false) String on, HttpSession session, Model model) {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the workplace " + workplace);
        }
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        fill(user, workplace, on, StatedRates.of(session, base(wp.jurisdiction())), null, List.of(), model);
        return "exemptions/exemptions";
    }

    /**
     * The rates form: each foreign currency's rate into the workplace's (blank: none) with its as-of date, kept in the
     * session when every field reads; else the page again with status 400, each refused field named, nothing kept.
     */
    @PostMapping("/workplaces/{workplace}/exemptions/rates")
    String rates(@PathVariable String workplace, @RequestParam(required = false) String on, @RequestParam Map<String, String> form,
            HttpSession session, HttpServletResponse response, Model model) {
        WorktimeUser user = CurrentUser.get();
        if (!Pages.readsWorkplaces(user)) {
            throw ApiException.notFound("the workplace " + workplace);
        }
        StoredWorkplace wp = workplaces.get(user.tenantId(), workplace);
        String base = base(wp.jurisdiction());
        List<StatedRates.Problem> problems = new ArrayList<>();
        Map<String, StatedRates.Stated> stated = new LinkedHashMap<>();
        for (String currency : foreign(base)) {
            StatedRates.Stated s = StatedRates.read(currency, base, form.get("rate-" + currency), form.get("on-" + currency), problems);
            if (s != null) {
                stated.put(currency, s);
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            List<RateField> typed = foreign(base).stream().map(c -> new RateField(c, base, form.getOrDefault("rate-" + c, ""),
                    form.getOrDefault("on-" + c, ""))).toList();
            fill(user, workplace, on, StatedRates.of(session, base), typed, problems, model);
            return "exemptions/exemptions";
        }
        StatedRates.keep(session, base, stated);
        return "redirect:/workplaces/" + wp.id() + "/exemptions" + (on == null || on.isBlank() ? "" : "?on=" + on.strip()) + "#rates";
    }

    private void fill(WorktimeUser user, String workplace, String on, Map<String, StatedRates.Stated> kept, List<RateField> typed,
            List<StatedRates.Problem> problems, Model model) {
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
        String base = base(wp.jurisdiction());
        ExchangeRates rates = StatedRates.engine(kept);
        Dataset dataset = stored.of(user.tenantId(), wp, employees.visible(user, workplace), date.atStartOfDay(zone).toInstant().minus(LOOK_BACK),
                date.plusDays(1).atStartOfDay(zone).toInstant());
        List<Regime> regimes = new ArrayList<>();
        Map<String, Map<String, RegimeDecision>> byEmployee = new LinkedHashMap<>();
        dataset.employees().forEach(e -> byEmployee.put(e.id(), new LinkedHashMap<>()));
        try {
            for (JurisdictionPack pack : packs(wp.jurisdiction())) {
                add(Exemptions.decide(dataset, date, pack.exemptionTests(), pack.parameters(), rates), regimes, byEmployee);
            }
            // The proposed Korean exemptions: policy files read against the Korean pack, judged with its parameters as if
            // in force on the date (they are proposals: their own start dates are assumptions), as the simulation judges them.
            JurisdictionPack korean = org.worktime.policy.sim.Simulation.korean().pack();
            List<RegimeDecision> proposed = new ArrayList<>();
            for (Employee e : dataset.employees()) {
                ExemptionQuery query = ExemptionQuery.of(dataset, e, date, korean.parameters(), rates);
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
            rows.add(new Row(e.id(), e.name(), regimes.stream().map(r -> decided.get(r.id())).toList(),
                    regimes.stream().map(r -> conversion(e, r, rates)).toList()));
        }
        String day = date.toString();
        List<RateField> fields = typed != null ? typed : foreign(base).stream().map(c -> kept.get(c) == null
                ? new RateField(c, base, "", day)
                : new RateField(c, base, kept.get(c).rate().toPlainString(), kept.get(c).on().toString())).toList();
        model.addAttribute("base", base);
        model.addAttribute("rateFields", fields);
        model.addAttribute("ratesUsed", kept.values().stream().map(r -> Conversion.stated(r.exchangeRate())).toList());
        model.addAttribute("rateProblems", problems);
        model.addAttribute("workplace", wp);
        model.addAttribute("on", date);
        model.addAttribute("badDate", badDate ? on : null);
        model.addAttribute("regimes", regimes);
        model.addAttribute("rows", rows);
    }

    /** The rate a regime in another currency than the employee's wage compares it at; null in the same currency. */
    private static Conversion conversion(Employee e, Regime regime, ExchangeRates rates) {
        if (e.wage() == null || e.wage().currency().getCode().equals(regime.currency())) {
            return null;
        }
        CurrencyUnit wage = e.wage().currency();
        CurrencyUnit to = CurrencyUnit.of(regime.currency());
        ExchangeRate stated = rates.find(wage, to).isEmpty() ? null : rates.all().stream()
                .filter(r -> r.from().equals(wage) && r.to().equals(to) || r.from().equals(to) && r.to().equals(wage)).findFirst().orElse(null);
        return new Conversion(wage.getCode(), regime.currency(), stated);
    }

    /** The workplace's currency: that of its own pack's exemption regimes (KRW for Korea, JPY, USD). */
    static String base(String jurisdiction) {
        return packs(jurisdiction).stream().filter(p -> p.jurisdiction().equals(jurisdiction)).findFirst()
                .map(p -> p.exemptionTests().get(0).regime().currency()).orElse("KRW");
    }

    /** The currencies of the other regimes the page judges, for which a rate into the workplace's may be stated. */
    static List<String> foreign(String base) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (JurisdictionPack p : Packs.discover()) {
            p.exemptionTests().forEach(t -> all.add(t.regime().currency()));
        }
        all.remove(base);
        // USD before JPY before KRW...: the order of the form, fixed and the same in every language.
        return all.stream().sorted(java.util.Comparator.reverseOrder()).toList();
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
