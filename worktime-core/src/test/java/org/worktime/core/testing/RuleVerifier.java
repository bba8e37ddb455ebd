package org.worktime.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Rule;

/**
 * A fluent per-rule verifier in the manner of Timefold's {@code ConstraintVerifier}: the whole pack runs (so
 * the rule sees the real timeline, holidays and parameters) and only the rule's own output is asserted.
 *
 * <pre>
 * verifier.verifyThat(ExtendedWorkCapRule.class).given(scenario).between("2026-03-02", "2026-03-08")
 *     .violatesOnce().measuredMinutes(780).limitMinutes(720);
 * </pre>
 */
public final class RuleVerifier {

    private final JurisdictionPack pack;

    private RuleVerifier(JurisdictionPack pack) {
        this.pack = pack;
    }

    public static RuleVerifier of(JurisdictionPack pack) {
        return new RuleVerifier(pack);
    }

    public Given verifyThat(Class<? extends Rule> ruleClass) {
        Rule rule = pack.rules().stream().filter(r -> r.getClass() == ruleClass).findFirst()
                .orElseThrow(() -> new AssertionError(ruleClass.getName() + " is not a rule of pack " + pack.jurisdiction()));
        return new Given(rule);
    }

    public final class Given {
        private final Rule rule;
        private Scenario scenario;

        Given(Rule rule) {
            this.rule = rule;
        }

        public Given given(Scenario s) {
            scenario = s;
            return this;
        }

        public Outcome between(String firstDay, String lastDay) {
            return evaluate(Evaluation.between(LocalDate.parse(firstDay), LocalDate.parse(lastDay)));
        }

        public Outcome evaluate(Evaluation evaluation) {
            Objects.requireNonNull(scenario, "given(scenario) first");
            Report report = Engine.of(pack).evaluate(scenario.dataset(), evaluation);
            String id = rule.info().id();
            return new Outcome(report,
                    report.findings().stream().filter(f -> f.ruleId().equals(id)).toList(),
                    report.payLines().stream().filter(p -> p.ruleId().equals(id)).toList());
        }
    }

    /** What the rule said. */
    public record Outcome(Report report, List<Finding> findings, List<PayLine> payLines) {

        public Outcome hasNoFindings() {
            assertThat(findings).as("findings").isEmpty();
            return this;
        }

        public Outcome paysNothing() {
            assertThat(payLines).as("pay lines").isEmpty();
            return this;
        }

        public FindingAssert violatesOnce() {
            assertThat(findings).as("findings").hasSize(1);
            assertThat(findings.get(0).severity()).isEqualTo(Severity.VIOLATION);
            return new FindingAssert(findings.get(0));
        }

        public FindingAssert single(Severity severity) {
            assertThat(findings).as("findings").hasSize(1);
            assertThat(findings.get(0).severity()).isEqualTo(severity);
            return new FindingAssert(findings.get(0));
        }

        public Outcome violations(int count) {
            assertThat(findings).as("findings").hasSize(count).allMatch(f -> f.severity() == Severity.VIOLATION);
            return this;
        }

        /** The total amount of the rule's pay lines, in the currency's unit. */
        public BigDecimal totalPaid() {
            return payLines.stream().map(p -> p.amount().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public long totalPaidMinutes() {
            return payLines.stream().mapToLong(PayLine::seconds).sum() / 60;
        }
    }

    /** Assertions on one finding. */
    public record FindingAssert(Finding finding) {

        public FindingAssert measuredMinutes(long minutes) {
            assertThat(finding.measured().value()).as("measured minutes").isEqualByComparingTo(BigDecimal.valueOf(minutes));
            return this;
        }

        public FindingAssert limitMinutes(long minutes) {
            assertThat(finding.limit().value()).as("limit minutes").isEqualByComparingTo(BigDecimal.valueOf(minutes));
            return this;
        }

        public FindingAssert period(String start, String endExclusive) {
            assertThat(finding.period().getStart()).isEqualTo(LocalDate.parse(start));
            assertThat(finding.period().getEnd()).isEqualTo(LocalDate.parse(endExclusive));
            return this;
        }

        public FindingAssert penaltyArticle(String article) {
            assertThat(finding.penalty()).as("penalty").isNotNull();
            assertThat(finding.penalty().citation().article()).isEqualTo(article);
            return this;
        }

        public FindingAssert messageContains(String text) {
            assertThat(finding.message().en()).contains(text);
            return this;
        }
    }
}
