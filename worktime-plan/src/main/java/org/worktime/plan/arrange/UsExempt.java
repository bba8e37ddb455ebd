package org.worktime.plan.arrange;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.param.ParameterTable;
import org.worktime.plan.Paperwork;
import org.worktime.us.exempt.ProfessionalExemption;
import org.worktime.us.exempt.UsExemptionTests;

/**
 * The same team under US federal law where pay allows a white-collar exemption, for comparison. The salary is restated
 * in dollars at the rate the project states (never a hidden one), the duties are taken as the learned professional's
 * (29 CFR 541.301, attestation {@value ProfessionalExemption#DUTIES}: on file, or named as paperwork and added as planned),
 * and the US pack's own exemption tests decide who is exempt, exactly as the engine then does when it judges the schedule:
 * an exempt employee is owed no overtime premium, a non-exempt one is planned as under us-flsa-nonexempt.
 */
public final class UsExempt {

    private UsExempt() {
    }

    public static Arranged arrange(Workplace workplace, Dataset dataset, List<Employee> team, LocalDateRange window, LocalDate plannedOn,
            ParameterTable us, ExchangeRates rates) {
        LocalDate start = window.getStart();
        Workplace federal = Comparisons.underUsFederalLaw(workplace).workplace();
        CurrencyUnit usd = us.get("us.flsa6.minimum-wage", start).money().getCurrencyUnit();
        List<Text> unconverted = new ArrayList<>();
        List<Employee> inUsd = new ArrayList<>();
        for (Employee e : team) {
            Wage wage = e.wage();
            if (wage == null || (!wage.currency().equals(usd) && rates.find(wage.currency(), usd).isEmpty())) {
                unconverted.add(Text.of("plan.unavailable.exempt-no-rate-of", "employee", e.id(), "currency", wage == null ? "-" : wage.currency().getCode(),
                        "to", usd.getCode()));
                continue;
            }
            inUsd.add(new Employee(e.id(), e.name(), e.birthDate(), e.hireDate(), e.endDate(), e.contractualHours(), restated(wage, usd, rates),
                    e.statuses(), e.exclusion(), e.attributes()));
        }
        if (!unconverted.isEmpty()) {
            return new Arranged(federal, List.of(), List.of(), List.of(), List.of(), Text.of("plan.unavailable.exempt-no-rate", "employees", unconverted));
        }
        List<Attestation> planned = new ArrayList<>();
        List<Paperwork> paperwork = new ArrayList<>();
        List<Attestation> all = new ArrayList<>();
        for (Employee e : inUsd) {
            List<Attestation> own = dataset.attestationsOf(e.id());
            all.addAll(own);
            boolean onFile = window.stream().allMatch(d -> Attestation.latest(own, ProfessionalExemption.DUTIES, d).filter(Attestation::holds).isPresent());
            if (!onFile) {
                Attestation a = new Attestation(e.id(), ProfessionalExemption.DUTIES, true, "planned", plannedOn, window,
                        "duties to be attested for the comparison");
                planned.add(a);
                all.add(a);
            }
        }
        Dataset probe = Dataset.of(federal, inUsd, List.of()).withAttestations(all).withEarnings(earnings(dataset, team));
        List<String> exempt = new ArrayList<>();
        List<String> nonExempt = new ArrayList<>();
        List<Text> why = new ArrayList<>();
        for (Employee e : inUsd) {
            List<RegimeDecision> decisions = Exemptions.decide(ExemptionQuery.of(probe, e, start, us, ExchangeRates.none()), UsExemptionTests.FEDERAL);
            boolean isExempt = !decisions.isEmpty() && decisions.get(0).verdict() == Verdict.EXEMPT;
            (isExempt ? exempt : nonExempt).add(e.id());
            if (!isExempt) {
                why.add(Text.of("plan.unavailable.exempt-of", "employee", e.id(), "why", failed(decisions)));
            }
        }
        for (Employee e : inUsd) {
            boolean added = planned.stream().anyMatch(a -> a.employeeId().equals(e.id()));
            if (exempt.contains(e.id())) {
                paperwork.add(new Paperwork(Text.of("plan.paperwork.us-duties", "employee", e.id(), "subject", ProfessionalExemption.DUTIES),
                        Text.of("plan.article.us-541-301"), null, !added, added ? start.minusDays(1) : null));
            }
        }
        if (exempt.isEmpty()) {
            return new Arranged(federal, List.of(), paperwork, List.of(), List.of(), Text.of("plan.unavailable.exempt-none", "employees", why));
        }
        List<Text> notes = new ArrayList<>();
        notes.add(Text.of("plan.note.us-exempt", "exempt", exempt, "nonExempt", nonExempt.isEmpty() ? List.of("-") : nonExempt));
        notes.addAll(why);
        List<Attestation> kept = planned.stream().filter(a -> exempt.contains(a.employeeId())).toList();
        return new Arranged(federal, List.of(), paperwork, List.of(), notes, null, inUsd, kept);
    }

    /** The conditions the US pack's first tested regime found unmet, as condition: observed (required). */
    private static List<Text> failed(List<RegimeDecision> decisions) {
        List<Text> out = new ArrayList<>();
        if (decisions.isEmpty()) {
            return out;
        }
        for (Eligibility test : decisions.get(0).tests()) {
            if (!test.test().id().equals("US-FLSA-541-300")) {
                continue;
            }
            for (Evidence ev : test.evidence()) {
                if (ev.outcome() != Verdict.EXEMPT) {
                    out.add(Text.of("plan.unavailable.exempt-condition", "condition", ev.condition(), "observed", ev.observed(), "required", ev.threshold()));
                }
            }
        }
        return out;
    }

    private static List<org.worktime.core.domain.Earning> earnings(Dataset dataset, List<Employee> team) {
        List<org.worktime.core.domain.Earning> all = new ArrayList<>();
        team.forEach(e -> all.addAll(dataset.earningsOf(e.id())));
        return all;
    }

    static Wage restated(Wage wage, CurrencyUnit to, ExchangeRates rates) {
        return switch (wage) {
            case Wage.Monthly m -> new Wage.Monthly(convert(m.amount(), to, rates), m.standardMonthlyHours());
            case Wage.Salaried s -> new Wage.Salaried(convert(s.amount(), to, rates), s.per(), s.weeklyHoursCovered());
            case Wage.Hourly h -> new Wage.Hourly(convert(h.rate(), to, rates));
        };
    }

    private static Money convert(Money amount, CurrencyUnit to, ExchangeRates rates) {
        return rates.convert(amount, to).orElseThrow().toMoney(RoundingMode.DOWN);
    }
}
