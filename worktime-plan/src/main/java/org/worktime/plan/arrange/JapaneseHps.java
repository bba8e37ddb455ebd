package org.worktime.plan.arrange;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.param.ParameterTable;
import org.worktime.jp.rules.HighlyProfessionalSystemTest;
import org.worktime.plan.Paperwork;

/**
 * The same team under Japan's Highly Professional System (高度プロフェッショナル制度, Art. 41-2), for comparison. The
 * option adds what the system needs and the planner cannot decide for the employer: the committee's resolution (労使委員会の
 * 決議, with the interval measure as its selective health measure, its year counted from the window's first day), each
 * worker's written consent and the designated work (the worker's {@code jp.hps.job-type}, or research and development).
 * Whether the pay allows it is the JP pack's own HPS test, asked per employee at the window's first day with the rates the
 * project states; the team's wages are then restated in yen at those rates, so that the engine, which converts nothing,
 * judges the schedule under the system (no hour caps or premiums; the days off and the health measures still hold, and a
 * failed measure puts the worker back under the ordinary rules, which the engine then applies).
 */
public final class JapaneseHps {

    static final String DEFAULT_JOB = "research-development";

    private JapaneseHps() {
    }

    public static Arranged arrange(Workplace workplace, Dataset dataset, List<Employee> team, LocalDateRange window, LocalDate plannedOn,
            ParameterTable jp, ExchangeRates rates) {
        LocalDate start = window.getStart();
        LocalDate deadline = start.minusDays(1);
        LocalDateRange year = LocalDateRange.of(start, start.plusYears(1));
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("selectiveMeasure", "interval");
        terms.put("startDate", start.toString());
        Agreement resolution = new Agreement(HighlyProfessionalSystemTest.RESOLUTION, year, Set.copyOf(team.stream().map(Employee::id).toList()), terms);
        Workplace hps = new Workplace(workplace.id(), workplace.name(), "JP", workplace.zone(), workplace.weekStart(), workplace.headcount(),
                workplace.calendar(), List.of(resolution), workplace.publicSector(), Map.of(), workplace.weekStartTime());
        List<Employee> designated = new ArrayList<>();
        List<Attestation> consents = new ArrayList<>();
        for (Employee e : team) {
            Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
            attributes.putIfAbsent(HighlyProfessionalSystemTest.JOB_TYPE, DEFAULT_JOB);
            designated.add(new Employee(e.id(), e.name(), e.birthDate(), e.hireDate(), e.endDate(), e.contractualHours(), e.wage(),
                    e.statuses(), e.exclusion(), attributes));
            consents.add(new Attestation(e.id(), HighlyProfessionalSystemTest.CONSENT, true, "planned", plannedOn, year,
                    "written consent (planned)"));
        }
        Dataset probe = Dataset.of(hps, designated, List.of()).withAttestations(consents).withEarnings(earnings(dataset, team));
        // The pay condition, as the JP pack's HPS test judges it: the employees whose certain annual wage falls short.
        List<Text> short_ = new ArrayList<>();
        List<Text> open = new ArrayList<>();
        HighlyProfessionalSystemTest test = new HighlyProfessionalSystemTest();
        for (Employee e : designated) {
            Eligibility verdict = test.decide(ExemptionQuery.of(probe, e, start, jp, rates));
            for (Evidence ev : verdict.evidence()) {
                if (ev.key().equals("annual-wage") && ev.outcome() == Verdict.INDETERMINATE) {
                    open.add(Text.of("plan.unavailable.hps-pay-of", "employee", e.id(), "observed", ev.observed(), "required", ev.threshold()));
                } else if (ev.key().equals("annual-wage") && ev.outcome() != Verdict.EXEMPT) {
                    short_.add(Text.of("plan.unavailable.hps-pay-of", "employee", e.id(), "observed", ev.observed(), "required", ev.threshold()));
                }
            }
        }
        List<Paperwork> paperwork = new ArrayList<>();
        paperwork.add(new Paperwork(Text.of("plan.paperwork.jp-hps-resolution"), Text.of("plan.article.jp-41-2"), HighlyProfessionalSystemTest.RESOLUTION,
                false, deadline));
        paperwork.add(new Paperwork(Text.of("plan.paperwork.jp-hps-consent"), Text.of("plan.article.jp-41-2"), null, false, deadline));
        paperwork.add(new Paperwork(Text.of("plan.paperwork.jp-hps-designated", "jobs", designated.stream()
                .map(e -> e.id() + " " + e.attributes().get(HighlyProfessionalSystemTest.JOB_TYPE)).toList()), Text.of("plan.article.jp-41-2"), null,
                false, deadline));
        paperwork.add(new Paperwork(Text.of("plan.paperwork.jp-hps-health",
                "year", jp.get("jp.hps.days-off-per-year", start).integer(),
                "block", jp.get("jp.hps.days-off-per-4-weeks", start).integer(),
                "rest", jp.get("jp.hps.interval.rest", start).seconds() / 3600,
                "interview", jp.get("jp.hps.doctor-interview.threshold", start).seconds() / 3600),
                Text.of("plan.article.jp-41-2"), null, false, deadline));
        if (!open.isEmpty()) {
            return new Arranged(hps, List.of(resolution), paperwork, List.of(), List.of(), Text.of("plan.unavailable.hps-pay-open", "employees", open));
        }
        if (!short_.isEmpty()) {
            return new Arranged(hps, List.of(resolution), paperwork, List.of(), List.of(), Text.of("plan.unavailable.hps-pay", "employees", short_));
        }
        CurrencyUnit yen = jp.get("jp.hps.annual-wage-min", start).money().getCurrencyUnit();
        List<Employee> inYen = new ArrayList<>();
        for (Employee e : designated) {
            inYen.add(new Employee(e.id(), e.name(), e.birthDate(), e.hireDate(), e.endDate(), e.contractualHours(), restated(e.wage(), yen, rates),
                    e.statuses(), e.exclusion(), e.attributes()));
        }
        List<Text> notes = List.of(Text.of("plan.note.jp-hps", "job", DEFAULT_JOB));
        return new Arranged(hps, List.of(resolution), paperwork, List.of(), notes, null, inYen, consents);
    }

    private static List<org.worktime.core.domain.Earning> earnings(Dataset dataset, List<Employee> team) {
        List<org.worktime.core.domain.Earning> all = new ArrayList<>();
        team.forEach(e -> all.addAll(dataset.earningsOf(e.id())));
        return all;
    }

    /** The wage in yen at the stated rate (the HPS test found one, or the wage is in yen already). */
    private static Wage restated(Wage wage, CurrencyUnit yen, ExchangeRates rates) {
        return switch (wage) {
            case Wage.Monthly m -> new Wage.Monthly(yen(m.amount(), yen, rates), m.standardMonthlyHours());
            case Wage.Salaried s -> new Wage.Salaried(yen(s.amount(), yen, rates), s.per(), s.weeklyHoursCovered());
            case Wage.Hourly h -> new Wage.Hourly(yen(h.rate(), yen, rates));
            default -> wage;
        };
    }

    private static Money yen(Money amount, CurrencyUnit yen, ExchangeRates rates) {
        return rates.convert(amount, yen).orElseThrow().toMoney(RoundingMode.DOWN);
    }
}
