package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.worktime.core.domain.Agreement;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.LegalRule;

/**
 * Art. 58(3), discretionary work (재량근로): the nearest lawful substitute for an exemption in Korea today. It does not
 * lift the 52-hour cap; it replaces the hours actually worked by the hours a written agreement deems worked, for the
 * jobs of Decree Art. 31 where the employer gives no specific instructions. "Exempt" here means: actual hours are not
 * counted, the deemed hours are (night and holiday premiums still follow the time actually worked). The conditions are
 * those of {@link DeemedHours}: an agreement of kind {@code KR-LSA-58-3} covering the employee, naming their job
 * (attribute {@code job}), a listed job, {@code noInstructions: true}, and {@code deemedHours}.
 */
@LegalRule(id = "KR-EX-58-3", law = "Labor Standards Act", article = "Art. 58(3); Decree Art. 31", effectiveFrom = "2018-07-01",
        version = "Act No. 15513 (2018-03-20)", source = "https://www.law.go.kr/법령/근로기준법")
public final class DiscretionaryWorkExemption implements ExemptionTest {

    @Override
    public Regime regime() {
        return KoreanExemptions.REGIME;
    }

    @Override
    public Eligibility decide(ExemptionQuery query) {
        List<Evidence> evidence = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        LocalDate on = query.on();
        Text agreementCondition = Text.of("kr.exempt.discretionary.agreement");
        Optional<Agreement> agreement = query.workplace().agreements().stream()
                .filter(a -> a.kind().equals(DeemedHours.KIND) && a.covers(query.employeeId(), on)).findFirst();
        if (agreement.isEmpty()) {
            evidence.add(KoreanExemptions.failed("agreement", agreementCondition, Text.of("kr.exempt.evidence.none-on-file", "date", on),
                    Text.of("kr.exempt.evidence.agreement-of-kind", "kind", DeemedHours.KIND)));
            return Eligibility.fromConditions(query.employeeId(), on, regime(), info(), evidence, missing);
        }
        Agreement a = agreement.get();
        evidence.add(KoreanExemptions.met("agreement", agreementCondition, Text.of("kr.exempt.evidence.in-force", "validity", a.validity()),
                Text.of("kr.exempt.evidence.agreement-of-kind", "kind", DeemedHours.KIND)));
        String job = query.employee().attributes().get(DeemedHours.JOB_ATTRIBUTE);
        List<String> agreed = codes(a.terms().getOrDefault("jobs", ""));
        Optional<Parameter> listedRow = query.parameters().find("kr.lsa58-3.jobs", on);
        List<String> listed = listedRow.map(p -> codes(p.text())).orElse(List.of());
        Text jobCondition = Text.of("kr.exempt.discretionary.job");
        Text threshold = Text.of("kr.exempt.evidence.jobs", "agreed", String.join(", ", agreed), "listed", String.join(", ", listed));
        if (job == null || job.isBlank()) {
            evidence.add(KoreanExemptions.unknown("job", jobCondition, threshold));
            missing.add(Text.of("kr.exempt.missing.job"));
        } else {
            String code = job.trim().toUpperCase(Locale.ROOT);
            evidence.add(agreed.contains(code) && listed.contains(code)
                    ? KoreanExemptions.met("job", jobCondition, Text.verbatim(code), threshold)
                    : KoreanExemptions.failed("job", jobCondition, Text.verbatim(code), threshold));
        }
        Text instructions = Text.of("kr.exempt.discretionary.no-instructions");
        boolean noInstructions = Boolean.parseBoolean(a.terms().getOrDefault("noInstructions", "false").trim());
        evidence.add(noInstructions ? KoreanExemptions.met("no-instructions", instructions, Text.verbatim("noInstructions: true"), Text.of("kr.exempt.evidence.stated"))
                : KoreanExemptions.failed("no-instructions", instructions, Text.of("kr.exempt.evidence.not-stated"), Text.of("kr.exempt.evidence.stated")));
        Text deemed = Text.of("kr.exempt.discretionary.deemed-hours");
        String hours = a.terms().get("deemedHours");
        long seconds;
        try {
            seconds = hours == null ? 0 : Parameter.parseSeconds(hours);
        } catch (IllegalArgumentException e) {
            seconds = 0;
        }
        Text fixed = Text.of("kr.exempt.evidence.fixed");
        evidence.add(seconds > 0
                ? KoreanExemptions.met("deemed-hours", deemed, Text.of("kr.exempt.evidence.deemed-hours", "hours", java.time.Duration.ofSeconds(seconds)), fixed)
                : KoreanExemptions.failed("deemed-hours", deemed, hours == null ? Text.of("kr.exempt.evidence.none") : Text.verbatim(hours), fixed));
        return Eligibility.fromConditions(query.employeeId(), on, regime(), info(), evidence, missing);
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }
}
