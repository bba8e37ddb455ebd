package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Exclusion;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.LegalRule;

/**
 * Art. 41: the rules on working hours, rest periods and holidays do not apply to (i) agriculture, livestock and fishery
 * workers, (ii) managers and supervisors (管理監督者) and workers handling confidential matters, (iii) surveillance or
 * intermittent workers with the Labour Standards Office's approval. Manager status turns on actual authority, discretion
 * over working time and pay, not on the title: the engine cannot infer it and takes it as attested
 * ({@value Coverage#MANAGER}, {@value Coverage#CONFIDENTIAL}); categories (i) and (iii) are the employee's exclusion
 * ({@code agriculture}; {@code surveillance} or {@code intermittent} with the approval date). The late-night premium and
 * annual paid leave remain due (C3.9, C4).
 */
@LegalRule(
        id = "JP-LSA-41",
        law = "Labor Standards Act (Japan)",
        article = "Art. 41",
        effectiveFrom = "1947-09-01",
        version = "Act No. 49 of 1947",
        source = "https://www.japaneselawtranslation.go.jp/ja/laws/view/2236/en")
public final class ManagerExclusionTest implements ExemptionTest {

    static final Regime REGIME = new Regime("JP-LSA-41", Text.of("jp.art41.regime"), "JPY");

    @Override
    public Regime regime() {
        return REGIME;
    }

    @Override
    public Eligibility decide(ExemptionQuery query) {
        LocalDate on = query.on();
        Text condition = Text.of("jp.art41.condition.category");
        List<Evidence> evidence = new ArrayList<>();
        for (String subject : new String[] {Coverage.MANAGER, Coverage.CONFIDENTIAL}) {
            Optional<Attestation> a = query.attestation(subject);
            if (a.isPresent() && a.get().holds()) {
                evidence.add(new Evidence("category", condition,
                        Text.of("jp.art41.evidence.attested", "subject", subject, "by", a.get().attestedBy(), "on", a.get().attestedOn()),
                        Text.of("jp.art41.evidence.substance"), Verdict.EXEMPT, info().citation()));
                return Eligibility.fromConditions(query.employeeId(), on, REGIME, info(), evidence, List.of());
            }
        }
        Exclusion exclusion = query.employee().exclusion();
        if (exclusion != null && Coverage.EXCLUSIONS_WITHOUT_APPROVAL.contains(exclusion.category())) {
            evidence.add(new Evidence("category", condition, Text.verbatim(exclusion.category()), Text.of("jp.art41.evidence.item-i"),
                    Verdict.EXEMPT, info().citation()));
        } else if (exclusion != null && Coverage.EXCLUSIONS_WITH_APPROVAL.contains(exclusion.category())) {
            boolean approved = exclusion.approvedOn() != null && !exclusion.approvedOn().isAfter(on);
            evidence.add(new Evidence("category", condition, approved
                    ? Text.of("jp.art41.evidence.approved", "category", exclusion.category(), "date", exclusion.approvedOn())
                    : Text.of("jp.art41.evidence.not-approved", "category", exclusion.category()), Text.of("jp.art41.evidence.item-iii"),
                    approved ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, info().citation()));
        } else {
            evidence.add(new Evidence("category", condition, Text.of("jp.art41.evidence.none"),
                    Text.of("jp.art41.evidence.required", "manager", Coverage.MANAGER, "confidential", Coverage.CONFIDENTIAL),
                    Verdict.NOT_EXEMPT, info().citation()));
        }
        return Eligibility.fromConditions(query.employeeId(), on, REGIME, info(), evidence, List.of());
    }
}
