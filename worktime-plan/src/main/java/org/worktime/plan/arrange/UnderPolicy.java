package org.worktime.plan.arrange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.param.ParameterTable;
import org.worktime.plan.Paperwork;
import org.worktime.plan.PlanOption;
import org.worktime.plan.PolicyOption;
import org.worktime.plan.Project;
import org.worktime.plan.check.EngineCheck;
import org.worktime.policy.HealthCheck;
import org.worktime.policy.Policy;

/**
 * A policy file's regime as an option, applied the way {@code worktime simulate} applies it (docs/POLICY.md): the team
 * is judged by the Korean pack with ordinary hours in place (the extended-work agreement of Art. 53(1), for whoever the
 * policy does not cover); who the policy covers is its own status test ({@code PolicyExemptionTest.decideStatus}) on the
 * window's last day, with the agreement and the consents it requires added as planned paperwork; for a covered
 * employee the violations of the rules it lifts are lawful and the pay lines of those rules are not owed, and its health
 * measures ({@link HealthCheck}, worktime-policy's own) bind instead, measured on the planned shifts as if worked. As in
 * {@code simulate}, the policy's effective date does not keep it from being applied (the report notes it).
 */
public final class UnderPolicy {

    /**
     * The rules behind the weekly ceiling the Korean pack's headroom reports under ordinary hours: 40 h (Art. 50(1)) and
     * 12 h of extended work (Art. 53(1)). A policy lifting both frees a covered employee's week of that ceiling; its own
     * weekly cap, if any, is the week's ceiling then.
     */
    static final List<String> WEEK_RULES = List.of("KR-LSA-50-1", "KR-LSA-53-1");

    /**
     * The policy option set up.
     *
     * @param arranged  the workplace with ordinary hours and the policy's agreement, the planned consents, the paperwork
     * @param covered   the team members the policy covers
     * @param judgment  how the engine's answer is read under the policy, with its health measures
     */
    public record Result(Arranged arranged, List<String> covered, Judgment judgment) {
    }

    private UnderPolicy() {
    }

    public static Result arrange(PolicyOption option, ParameterTable kr, Workplace workplace, Dataset dataset, List<Employee> team,
            Project project) {
        Policy policy = option.policy();
        LocalDateRange window = project.window();
        LocalDate before = window.getStart().minusDays(1);
        Arranged ordinary = new KoreanArrangements(kr).arrange(PlanOption.KR_ORDINARY, workplace, team, project);
        List<String> ids = team.stream().map(Employee::id).toList();
        List<Agreement> agreements = new ArrayList<>(ordinary.workplace().agreements());
        List<Agreement> added = new ArrayList<>(ordinary.added());
        List<Paperwork> paperwork = new ArrayList<>(ordinary.paperwork());
        Text article = Text.of("plan.article.policy", "citation", policy.citation());
        String kind = policy.requires().agreementKind();
        if (kind != null) {
            Agreement agreement = new Agreement(kind, window, Set.copyOf(ids), Map.of("note", "planned for " + policy.id()));
            KoreanArrangements.need(ordinary.workplace(), ids, window, agreement, Text.of("plan.paperwork.policy-agreement", "kind", kind),
                    article, before, agreements, added, paperwork);
        }
        Workplace arranged = new Workplace(workplace.id(), workplace.name(), workplace.jurisdiction(), workplace.zone(), workplace.weekStart(),
                workplace.headcount(), workplace.calendar(), agreements, workplace.publicSector(), workplace.attributes(), workplace.weekStartTime());
        String subject = policy.requires().consentSubject();
        List<Attestation> attestations = new ArrayList<>();
        List<Attestation> planned = new ArrayList<>();
        for (Employee e : team) {
            List<Attestation> own = dataset.attestationsOf(e.id());
            attestations.addAll(own);
            boolean onFile = subject == null
                    || window.stream().allMatch(d -> Attestation.latest(own, subject, d).filter(Attestation::holds).isPresent());
            if (!onFile) {
                Attestation consent = new Attestation(e.id(), subject, true, "planned", project.plannedOn(), window, "written consent (planned)");
                planned.add(consent);
                attestations.add(consent);
            }
        }
        List<org.worktime.core.domain.Earning> earnings = new ArrayList<>();
        team.forEach(e -> earnings.addAll(dataset.earningsOf(e.id())));
        Dataset probe = Dataset.of(arranged, team, List.of()).withAttestations(attestations).withEarnings(earnings);
        List<String> covered = new ArrayList<>();
        List<Text> others = new ArrayList<>();
        LocalDate on = window.getEndInclusive();
        for (Employee e : team) {
            Eligibility status = option.test().decideStatus(ExemptionQuery.of(probe, e, on, kr, project.exchangeRates()));
            if (status.verdict() == Verdict.EXEMPT) {
                covered.add(e.id());
            } else {
                others.add(Text.of("plan.unavailable.policy-of", "employee", e.id(), "why", status.reason()));
            }
        }
        List<Attestation> kept = planned.stream().filter(a -> covered.contains(a.employeeId())).toList();
        if (subject != null && !kept.isEmpty()) {
            paperwork.add(new Paperwork(Text.of("plan.paperwork.policy-consent", "subject", subject,
                    "employees", kept.stream().map(Attestation::employeeId).toList()), article, null, false, before));
        }
        Judgment judgment = new Judgment(policy, covered, dataset, arranged, window);
        if (covered.isEmpty()) {
            return new Result(new Arranged(arranged, added, paperwork, List.of(), List.of(), Text.of("plan.unavailable.policy-none",
                    "policy", policy.name(), "employees", others)), covered, judgment);
        }
        List<Text> notes = new ArrayList<>();
        notes.add(Text.of("plan.note.policy", "policy", policy.name(), "covered", covered, "lifts", String.join(", ", policy.lifts()),
                "on", on));
        notes.addAll(others);
        if (window.getStart().isBefore(policy.effectiveFrom())) {
            notes.add(Text.of("plan.note.policy-not-yet", "from", policy.effectiveFrom()));
        }
        Arranged result = new Arranged(arranged, added, paperwork, List.of(), notes, null, List.of(), kept);
        return new Result(result, covered, judgment);
    }

    /** Whether a covered employee's week is free of the ordinary weekly ceiling (the policy lifts the rules behind it). */
    public static boolean liftsWeek(Policy policy) {
        return WEEK_RULES.stream().allMatch(policy::lifts);
    }

    /**
     * The engine's answer read under the policy, as {@code simulate} reads it: a covered employee's violation of a lifted
     * rule is lawful; the policy's health measures are checked on the covered employees' records and planned shifts.
     */
    public static final class Judgment implements EngineCheck.Judgment {

        private final Policy policy;
        private final List<String> covered;
        private final Dataset records;
        private final Workplace workplace;
        private final LocalDateRange window;

        Judgment(Policy policy, List<String> covered, Dataset records, Workplace workplace, LocalDateRange window) {
            this.policy = policy;
            this.covered = List.copyOf(covered);
            this.records = records;
            this.workplace = workplace;
            this.window = window;
        }

        /** Whether the line or finding of this rule binds the employee under the policy. */
        public boolean binds(String employeeId, String ruleId) {
            return !(covered.contains(employeeId) && policy.lifts(ruleId));
        }

        @Override
        public boolean counts(Finding violation) {
            return binds(violation.employeeId(), violation.ruleId());
        }

        @Override
        public List<EngineCheck.Breach> breaches(List<Shift> planned) {
            List<EngineCheck.Breach> out = new ArrayList<>();
            for (String id : covered) {
                for (HealthCheck.Breach b : check(id, planned).breaches()) {
                    boolean dayOff = b.measure().equals(HealthCheck.DAYS_OFF_4_WEEKS) || b.measure().equals(HealthCheck.DAYS_OFF_YEAR);
                    LocalDateRange dates = b.period();
                    if (b.measure().equals(HealthCheck.REST)) {
                        // The rest before a day is the previous day's to give: every shift starts at the same time.
                        dates = LocalDateRange.ofClosed(dates.getStart().minusDays(1), dates.getStart().minusDays(1));
                    }
                    out.add(new EngineCheck.Breach(id, b.measure(), dates, dayOff));
                }
            }
            return out;
        }

        /** The doctor interviews the policy owes on the plan, per covered employee and month. */
        public List<Text> interviews(List<Shift> planned) {
            List<Text> out = new ArrayList<>();
            for (String id : covered) {
                for (HealthCheck.Interview i : check(id, planned).interviews()) {
                    out.add(Text.of("plan.health.policy-interview", "employee", id, "month", i.month().toString(),
                            "beyond", java.time.Duration.ofMinutes(i.minutesBeyond40()), "trigger", java.time.Duration.ofMinutes(i.triggerMinutes())));
                }
            }
            return out;
        }

        /** The policy's health measures over the window, on the employee's records and plan, the plan taken as worked. */
        private HealthCheck.Result check(String employeeId, List<Shift> planned) {
            List<Shift> shifts = new ArrayList<>();
            for (Shift s : records.shiftsOf(employeeId)) {
                if (s.origin() == Shift.Origin.ACTUAL) {
                    shifts.add(s);
                }
            }
            for (Shift s : planned) {
                if (s.employeeId().equals(employeeId)) {
                    shifts.add(new Shift(s.employeeId(), s.start(), s.end(), s.breaks(), Shift.Origin.ACTUAL, s.breakWaiverRequested(), s.notifiedOn(),
                            s.outsideWorkplace(), s.rate(), s.unplacedBreakSeconds()));
                }
            }
            shifts.sort(Comparator.comparing(Shift::start));
            return HealthCheck.check(policy.health(), shifts, workplace.zone(), workplace.weekStart(), window);
        }
    }

    /** The policy's weekly cap in seconds, or null when it has none. */
    public static Long weeklyCapSeconds(Policy policy) {
        return policy.health().weeklyCap() == null ? null : policy.health().weeklyCap().toSeconds();
    }

}
