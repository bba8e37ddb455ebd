package org.worktime.us.exempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.us.EarningKinds;
import org.worktime.us.Usd;

/**
 * 541.602: paid a predetermined salary not reduced for the quality or quantity of work, read from the deductions in the
 * pay data; and 541.603: what an improper deduction costs.
 *
 * <p>A deduction counts for the pay period it reduced (its {@code earnedOver}), and at least for the workweek it falls
 * in: 541.603(b) takes the exemption away "during the time period in which the improper deductions were made", so a
 * date is judged on the deductions whose period overlaps its workweek. A permitted deduction (541.602(b), see {@link Deductions}) leaves the salary basis intact; one
 * that rests on a plan or a written policy is permitted only when that is attested. An improper deduction defeats the
 * salary basis for its period unless it was reimbursed ({@code reimbursed_on}) and either the safe harbor of
 * 541.603(d) is attested (a clearly communicated policy prohibiting improper deductions, with a complaint mechanism,
 * reimbursement and a good-faith commitment to comply) or the deduction is attested isolated or inadvertent
 * (541.603(c)). An unreimbursed improper deduction is taken as an actual practice for its period: neither paragraph
 * can save it. A person's attestation of an actual practice ({@code us.salary_basis.improper_deductions}, e.g. one
 * continued after complaints, which 541.603(d) excludes from the safe harbor) defeats it whatever the data shows.
 */
final class SalaryBasis {

    /** Attested: the 541.603(d) safe harbor (clearly communicated policy with a complaint mechanism, good-faith commitment). */
    static final String SAFE_HARBOR = "us.salary_basis.safe_harbor";
    /** Attested: the improper deductions of the period were isolated or inadvertent (541.603(c)). */
    static final String ISOLATED = "us.salary_basis.isolated_or_inadvertent";

    private static final Text CONDITION = Text.of("us.exempt.condition.salary-basis");
    private static final Text THRESHOLD = Text.of("us.exempt.evidence.salary-basis");
    private static final Text PREDETERMINED = Text.of("us.exempt.evidence.predetermined-salary");

    private SalaryBasis() {
    }

    static Evidence evidence(ExemptionQuery q, List<Text> missing) {
        Citation citation = Conditions.cfr("541.602");
        Wage wage = q.employee().wage();
        if (wage == null) {
            missing.add(Text.of("us.missing.wage"));
            return new Evidence("salary.basis", CONDITION, Text.empty(), PREDETERMINED, Verdict.INDETERMINATE, citation);
        }
        if (wage instanceof Wage.Hourly) {
            return new Evidence("salary.basis", CONDITION, QueryMemo.words(q, () -> Text.of("us.exempt.evidence.paid-by-the-hour", "wage",
                    Conditions.describeWage(wage))),
                    PREDETERMINED, Verdict.NOT_EXEMPT, citation);
        }
        if (Conditions.weeklySalary(q).isEmpty()) {
            missing.add(UsExemptionTest.exchangeRate(wage.currency()));
            return new Evidence("salary.basis", CONDITION, Conditions.describeWage(wage), Text.of("us.exempt.evidence.predetermined-salary-usd"),
                    Verdict.INDETERMINATE, citation);
        }
        Optional<Attestation> practice = q.attestation(Conditions.IMPROPER_DEDUCTIONS);
        if (practice.isPresent() && practice.get().holds()) {
            return new Evidence("salary.basis", CONDITION, Text.of("us.exempt.evidence.actual-practice", "by", practice.get().attestedBy(),
                    "on", practice.get().attestedOn()), Text.of("us.exempt.evidence.no-actual-practice"), Verdict.NOT_EXEMPT, Conditions.cfr("541.603"));
        }
        List<Text> seen = new ArrayList<>();
        Verdict verdict = Verdict.EXEMPT;
        boolean improper = false;
        var week = Conditions.workweek(q);
        for (Earning d : q.earnings()) {
            if (!EarningKinds.isDeduction(d) || !d.earnedOver().overlaps(week)) {
                continue;
            }
            Judged j = judge(q, d, missing);
            seen.add(Text.of("us.exempt.evidence.deduction", "amount", Usd.money(d.amount().abs()), "kind", d.kind(),
                    "over", d.earnedOver(), "why", j.why()));
            verdict = worse(verdict, j.verdict());
            improper |= j.improper();
        }
        Text observed = QueryMemo.words(q, () -> seen.isEmpty() ? Conditions.describeWage(wage)
                : Text.of("us.exempt.evidence.wage-and-deductions", "wage", Conditions.describeWage(wage), "deductions", seen));
        return new Evidence("salary.basis", CONDITION, observed, THRESHOLD, verdict, improper ? Conditions.cfr("541.603") : citation);
    }

    private record Judged(Verdict verdict, Text why, boolean improper) {
    }

    private static Judged judge(ExemptionQuery q, Earning d, List<Text> missing) {
        Optional<String> paragraph = Deductions.permittingParagraph(d);
        if (paragraph.isPresent() && d.isKind(Deductions.FIRST_LAST_WEEK) && !Deductions.inFirstOrLastWeek(d, q.employee(), q.workplace().weekStart())) {
            return improper(q, d, missing, q.employee().endDate() == null
                    ? Text.of("us.exempt.evidence.not-first-week", "hired", q.employee().hireDate())
                    : Text.of("us.exempt.evidence.not-first-or-last-week", "hired", q.employee().hireDate(), "last", q.employee().endDate()));
        }
        if (paragraph.isEmpty()) {
            return improper(q, d, missing, Text.of("us.exempt.evidence.not-permitted"));
        }
        Optional<String> needs = Deductions.requiredAttestation(d);
        if (needs.isEmpty()) {
            return new Judged(Verdict.EXEMPT, Text.of("us.exempt.evidence.permitted", "paragraph", paragraph.get()), false);
        }
        Optional<Attestation> basis = q.attestation(needs.get(), d.earnedOver().getStart());
        if (basis.isEmpty()) {
            missing.add(Text.of("us.missing.deduction-attestation", "subject", needs.get(), "date", d.earnedOver().getStart(),
                    "citation", Conditions.cfr(paragraph.get())));
            return new Judged(Verdict.INDETERMINATE, Text.of("us.exempt.evidence.permitted-if-attested", "paragraph", paragraph.get(),
                    "subject", needs.get()), false);
        }
        if (!basis.get().holds()) {
            return improper(q, d, missing, Text.of("us.exempt.evidence.basis-not-held", "subject", needs.get(), "by", basis.get().attestedBy(),
                    "paragraph", paragraph.get()));
        }
        return new Judged(Verdict.EXEMPT, Text.of("us.exempt.evidence.permitted-attested", "paragraph", paragraph.get(), "subject", needs.get(),
                "by", basis.get().attestedBy()), false);
    }

    /** An improper deduction: lost for its period unless reimbursed under 541.603(c) or (d). */
    private static Judged improper(ExemptionQuery q, Earning d, List<Text> missing, Text why) {
        Optional<java.time.LocalDate> back = Deductions.reimbursedOn(d);
        if (back.isEmpty()) {
            return new Judged(Verdict.NOT_EXEMPT, Text.of("us.exempt.evidence.improper-not-reimbursed", "why", why), true);
        }
        Text reimbursed = Text.of("us.exempt.evidence.improper-reimbursed", "why", why, "on", back.get());
        Optional<Attestation> harbor = q.attestation(SAFE_HARBOR, d.earnedOver().getStart());
        if (harbor.isPresent() && harbor.get().holds()) {
            return new Judged(Verdict.EXEMPT, Text.of("us.exempt.evidence.improper-safe-harbor", "improper", reimbursed,
                    "by", harbor.get().attestedBy()), true);
        }
        Optional<Attestation> isolated = q.attestation(ISOLATED, d.earnedOver().getStart());
        if (isolated.isPresent() && isolated.get().holds()) {
            return new Judged(Verdict.EXEMPT, Text.of("us.exempt.evidence.improper-isolated", "improper", reimbursed,
                    "by", isolated.get().attestedBy()), true);
        }
        if (harbor.isPresent() && isolated.isPresent()) {
            return new Judged(Verdict.NOT_EXEMPT, Text.of("us.exempt.evidence.improper-neither", "improper", reimbursed), true);
        }
        missing.add(Text.of("us.missing.safe-harbor-or-isolated", "harbor", SAFE_HARBOR, "harborCitation", Conditions.cfr("541.603(d)"),
                "isolated", ISOLATED, "isolatedCitation", Conditions.cfr("541.603(c)"), "date", d.earnedOver().getStart()));
        return new Judged(Verdict.INDETERMINATE, Text.of("us.exempt.evidence.improper-open", "improper", reimbursed), true);
    }

    private static Verdict worse(Verdict a, Verdict b) {
        if (a == Verdict.NOT_EXEMPT || b == Verdict.NOT_EXEMPT) {
            return Verdict.NOT_EXEMPT;
        }
        return a == Verdict.INDETERMINATE || b == Verdict.INDETERMINATE ? Verdict.INDETERMINATE : Verdict.EXEMPT;
    }
}
