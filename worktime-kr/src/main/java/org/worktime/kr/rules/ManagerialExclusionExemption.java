package org.worktime.kr.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Exclusion;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.LegalRule;

/**
 * Art. 63: the hours, breaks and holiday rules do not apply to the categories it lists, among them managerial or
 * supervisory work and the handling of confidential matters (Art. 63(4), Decree Art. 34). It is the closest thing
 * Korean law has to a white-collar exemption, but it turns on duties, never on pay. The employer claims it by
 * recording the employee's exclusion; the duties are judged on substance (authority over labour management, no
 * strict control of hours, a special allowance: kr.md 5.2.2), so a recorded claim also needs an attestation of the
 * duties ({@code kr.duties.managerial} or {@code kr.duties.confidential}) or the answer is indeterminate. Surveillance
 * and intermittent work counts only from MOEL's approval. No exclusion recorded means the employer applies the hours
 * rules: not exempt.
 */
@LegalRule(id = "KR-EX-63", law = "Labor Standards Act", article = "Art. 63; Decree Art. 34", effectiveFrom = "2018-07-01",
        version = "Act No. 15513 (2018-03-20)", source = "https://www.law.go.kr/법령/근로기준법")
public final class ManagerialExclusionExemption implements ExemptionTest {

    @Override
    public Regime regime() {
        return KoreanExemptions.REGIME;
    }

    @Override
    public Eligibility decide(ExemptionQuery query) {
        List<Evidence> evidence = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        Text claimed = Text.of("kr.exempt.art63.recorded");
        Exclusion exclusion = query.employee().exclusion();
        if (exclusion == null) {
            evidence.add(KoreanExemptions.failed("exclusion.recorded", claimed, Text.of("kr.exempt.evidence.none-recorded"), categories()));
            return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
        }
        Optional<Art63Category> category = Art63Category.parse(exclusion.category());
        if (category.isEmpty()) {
            evidence.add(KoreanExemptions.failed("exclusion.recorded", claimed, Text.of("kr.exempt.evidence.unknown-category", "category", exclusion.category()),
                    categories()));
            return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
        }
        evidence.add(KoreanExemptions.met("exclusion.recorded", claimed,
                Text.of("kr.exempt.evidence.category", "category", category.get().name()), categories()));
        if (category.get().needsApproval()) {
            Text approved = Text.of("kr.exempt.art63.approval");
            if (exclusion.approvedOn() == null) {
                evidence.add(KoreanExemptions.unknown("moel.approval", approved, approvalBy(query)));
                missing.add(Text.of("kr.exempt.missing.approval-date"));
            } else if (exclusion.approvedOn().isAfter(query.on())) {
                evidence.add(KoreanExemptions.failed("moel.approval", approved, Text.of("kr.exempt.evidence.approved", "date", exclusion.approvedOn()),
                        approvalBy(query)));
            } else {
                evidence.add(KoreanExemptions.met("moel.approval", approved, Text.of("kr.exempt.evidence.approved", "date", exclusion.approvedOn()),
                        approvalBy(query)));
            }
        }
        if (category.get() == Art63Category.MANAGERIAL_CONFIDENTIAL) {
            Text duties = Text.of("kr.exempt.art63.duties");
            Optional<Attestation> managerial = query.attestation("kr.duties.managerial");
            Optional<Attestation> confidential = query.attestation("kr.duties.confidential");
            Optional<Attestation> holding = managerial.filter(Attestation::holds).or(() -> confidential.filter(Attestation::holds));
            if (holding.isPresent()) {
                evidence.add(KoreanExemptions.met("duties", duties, attested(holding.get()), Text.of("kr.exempt.evidence.attested-required")));
            } else if (managerial.isPresent() || confidential.isPresent()) {
                evidence.add(KoreanExemptions.failed("duties", duties,
                        Text.of("kr.exempt.evidence.does-not-hold", "attestation", attested(managerial.or(() -> confidential).get())),
                        Text.of("kr.exempt.evidence.attested-required")));
            } else {
                evidence.add(KoreanExemptions.unknown("duties", duties, Text.of("kr.exempt.evidence.attested-required")));
                missing.add(Text.of("kr.exempt.missing.duties"));
            }
        }
        return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
    }

    /** Who attested what and when, with the note if any (a person's name and note are their words, kept as given). */
    static Text attested(Attestation a) {
        return a.note().isEmpty() ? Text.of("kr.exempt.evidence.attested", "by", a.attestedBy(), "on", a.attestedOn())
                : Text.of("kr.exempt.evidence.attested-with-note", "by", a.attestedBy(), "on", a.attestedOn(), "note", a.note());
    }

    private static Text approvalBy(ExemptionQuery query) {
        return Text.of("kr.exempt.evidence.approval-on-or-before", "date", query.on());
    }

    private static Text categories() {
        return Text.of("kr.exempt.evidence.one-of", "categories",
                String.join(", ", java.util.Arrays.stream(Art63Category.values()).map(Art63Category::name).toList()));
    }
}
