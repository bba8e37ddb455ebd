package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.worktime.core.domain.Agreement;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.LegalRule;

/**
 * Art. 53(4), special extended work for research and development: what exists for chip R&D instead of the exemption
 * the 2024-2025 bills proposed (kr.md 1.5.6, 1.6.4). It does not lift the hours rules; an authorization lets the
 * worker exceed the 52-hour cap up to the authorized weekly limit (64 h, or 64 h then 60 h on the semiconductor
 * track), with premium pay unchanged. "Exempt" here means: the 52-hour cap is lifted up to that limit on this date. The
 * authorization is an agreement of kind {@code KR-LSA-53-4} covering the employee with ground {@code RND} or
 * {@code SEMICONDUCTOR_RND} and an {@code approvedOn} date (rule KR-LSA-53-4 checks the rest of the record).
 */
@LegalRule(id = "KR-EX-53-4", law = "Labor Standards Act", article = "Art. 53(4); Enforcement Rule Art. 9",
        effectiveFrom = "2020-01-31", version = "Act No. 15513 (2018-03-20); Enforcement Rule as amended 2020-01-31",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class SpecialExtendedWorkExemption implements ExemptionTest {

    @Override
    public Regime regime() {
        return KoreanExemptions.REGIME;
    }

    @Override
    public Eligibility decide(ExemptionQuery query) {
        List<Evidence> evidence = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        LocalDate on = query.on();
        Text authorization = Text.of("kr.exempt.rnd.authorization");
        Optional<Agreement> found = query.workplace().agreements().stream()
                .filter(a -> a.kind().equals(SpecialExtendedWork.KIND) && a.covers(query.employeeId(), on))
                .filter(a -> isRnd(a.terms().getOrDefault("ground", ""))).findFirst();
        if (found.isEmpty()) {
            evidence.add(KoreanExemptions.failed("authorization", authorization, Text.of("kr.exempt.evidence.none-on-file", "date", on),
                    rndAuthorization()));
            return Eligibility.fromConditions(query.employeeId(), on, regime(), info(), evidence, missing);
        }
        Agreement a = found.get();
        String ground = a.terms().get("ground").trim().toUpperCase(java.util.Locale.ROOT);
        java.util.OptionalLong weeklyExtra = weeklyExtraHours(query, a, ground);
        evidence.add(KoreanExemptions.met("authorization", authorization, weeklyExtra.isPresent()
                ? Text.of("kr.exempt.evidence.rnd-authorized", "ground", ground, "validity", a.validity(),
                        "limit", ordinaryCapHours(query) + weeklyExtra.getAsLong())
                : Text.of("kr.exempt.evidence.rnd-authorized-no-limit", "ground", ground, "validity", a.validity()), rndAuthorization()));
        Text approved = Text.of("kr.exempt.rnd.approved");
        String approvedOn = a.terms().get("approvedOn");
        if (approvedOn == null || approvedOn.isBlank()) {
            evidence.add(KoreanExemptions.unknown("approval", approved, Text.of("kr.exempt.evidence.approval-date-on-file")));
            missing.add(Text.of("kr.exempt.missing.authorization-date"));
        } else {
            LocalDate date = LocalDate.parse(approvedOn.trim());
            boolean afterTheFact = Boolean.parseBoolean(a.terms().getOrDefault("afterTheFact", "false").trim());
            evidence.add(!date.isAfter(on) || afterTheFact
                    ? KoreanExemptions.met("approval", approved,
                            afterTheFact ? Text.of("kr.exempt.evidence.authorized-after-the-fact", "date", date)
                                    : Text.of("kr.exempt.evidence.authorized", "date", date),
                            Text.of("kr.exempt.evidence.on-or-before-or-urgent", "date", on))
                    : KoreanExemptions.failed("approval", approved, Text.of("kr.exempt.evidence.authorized", "date", date),
                            Text.of("kr.exempt.evidence.on-or-before", "date", on)));
        }
        Text consent = Text.of("kr.exempt.rnd.consent");
        Optional<org.worktime.core.domain.Attestation> agreed = query.attestation("kr.53-4.consent");
        if (agreed.isEmpty()) {
            evidence.add(KoreanExemptions.unknown("consent", consent, Text.of("kr.exempt.evidence.attested-as", "subject", "kr.53-4.consent")));
            missing.add(Text.of("kr.exempt.missing.consent"));
        } else {
            evidence.add(agreed.get().holds() ? KoreanExemptions.met("consent", consent, ManagerialExclusionExemption.attested(agreed.get()),
                    Text.of("kr.exempt.evidence.consent-given"))
                    : KoreanExemptions.failed("consent", consent, Text.of("kr.exempt.evidence.consent-refused"),
                            Text.of("kr.exempt.evidence.consent-given")));
        }
        return Eligibility.fromConditions(query.employeeId(), on, regime(), info(), evidence, missing);
    }

    /** What the authorization must be: an agreement of kind KR-LSA-53-4 with an R&D ground. */
    private static Text rndAuthorization() {
        return Text.of("kr.exempt.evidence.rnd-authorization", "kind", SpecialExtendedWork.KIND);
    }

    /** The ordinary weekly cap the authorization lifts: Art. 50(1)'s week plus Art. 53(1)'s extension (52 h). */
    private static long ordinaryCapHours(ExemptionQuery query) {
        return (query.parameters().get("kr.lsa50.week-limit", query.on()).seconds()
                + query.parameters().get("kr.lsa53.extension-cap", query.on()).seconds()) / 3600;
    }

    private static boolean isRnd(String ground) {
        String g = ground.trim().toUpperCase(java.util.Locale.ROOT);
        return g.equals("RND") || g.equals("SEMICONDUCTOR_RND");
    }

    /** The authorized hours beyond 52: the agreement's own figure, else the guideline's (first months of the chip track). */
    private static java.util.OptionalLong weeklyExtraHours(ExemptionQuery query, Agreement a, String ground) {
        String own = a.terms().get("weeklyExtra");
        if (own != null && !own.isBlank()) {
            return java.util.OptionalLong.of(org.worktime.core.param.Parameter.parseSeconds(own.trim()) / 3600);
        }
        String key = ground.equals("SEMICONDUCTOR_RND") && a.validity().getStart().plusMonths(3).isBefore(query.on().plusDays(1))
                ? "kr.lsa53-4.chip-rnd.second-extra"
                : ground.equals("SEMICONDUCTOR_RND") ? "kr.lsa53-4.chip-rnd.first-extra" : "kr.lsa53-4.default-extra";
        return query.parameters().find(key, query.on()).map(p -> java.util.OptionalLong.of(p.seconds() / 3600))
                .orElse(java.util.OptionalLong.empty());
    }
}
