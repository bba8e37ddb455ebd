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
            evidence.add(KoreanExemptions.failed("exclusion.recorded", claimed, "none recorded", "one of " + categories()));
            return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
        }
        Optional<Art63Category> category = Art63Category.parse(exclusion.category());
        if (category.isEmpty()) {
            evidence.add(KoreanExemptions.failed("exclusion.recorded", claimed, "'" + exclusion.category() + "'", "one of " + categories()));
            return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
        }
        evidence.add(KoreanExemptions.met("exclusion.recorded", claimed, category.get() + " (" + category.get().article() + ")",
                "one of " + categories()));
        if (category.get().needsApproval()) {
            Text approved = Text.of("kr.exempt.art63.approval");
            if (exclusion.approvedOn() == null) {
                evidence.add(KoreanExemptions.unknown("moel.approval", approved, "approval on or before " + query.on()));
                missing.add(Text.of("kr.exempt.missing.approval-date"));
            } else if (exclusion.approvedOn().isAfter(query.on())) {
                evidence.add(KoreanExemptions.failed("moel.approval", approved, "approved " + exclusion.approvedOn(),
                        "approval on or before " + query.on()));
            } else {
                evidence.add(KoreanExemptions.met("moel.approval", approved, "approved " + exclusion.approvedOn(),
                        "approval on or before " + query.on()));
            }
        }
        if (category.get() == Art63Category.MANAGERIAL_CONFIDENTIAL) {
            Text duties = Text.of("kr.exempt.art63.duties");
            Optional<Attestation> managerial = query.attestation("kr.duties.managerial");
            Optional<Attestation> confidential = query.attestation("kr.duties.confidential");
            Optional<Attestation> holding = managerial.filter(Attestation::holds).or(() -> confidential.filter(Attestation::holds));
            if (holding.isPresent()) {
                evidence.add(KoreanExemptions.met("duties", duties, attested(holding.get()), "attested"));
            } else if (managerial.isPresent() || confidential.isPresent()) {
                evidence.add(KoreanExemptions.failed("duties", duties, attested(managerial.or(() -> confidential).get()) + ": does not hold",
                        "attested"));
            } else {
                evidence.add(KoreanExemptions.unknown("duties", duties, "attested"));
                missing.add(Text.of("kr.exempt.missing.duties"));
            }
        }
        return Eligibility.fromConditions(query.employeeId(), query.on(), regime(), info(), evidence, missing);
    }

    static String attested(Attestation a) {
        return "attested by " + a.attestedBy() + " on " + a.attestedOn() + (a.note().isEmpty() ? "" : " (" + a.note() + ")");
    }

    private static String categories() {
        return java.util.Arrays.toString(Art63Category.values());
    }
}
