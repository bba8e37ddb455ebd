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

        /**
         * The decision of an exemption test for one employee of the scenario on a date (the rule must be an
         * {@link org.worktime.core.rule.ExemptionTest}).
         */
        public Decision decides(String employeeId, String date) {
            return decides(employeeId, date, org.worktime.core.exempt.ExchangeRates.none());
        }

        public Decision decides(String employeeId, String date, org.worktime.core.exempt.ExchangeRates rates) {
            Objects.requireNonNull(scenario, "given(scenario) first");
            if (!(rule instanceof org.worktime.core.rule.ExemptionTest test)) {
                throw new AssertionError(rule.info().id() + " is not an exemption test");
            }
            org.worktime.core.domain.Dataset dataset = scenario.dataset();
            org.worktime.core.domain.Employee employee = dataset.employee(employeeId);
            if (employee == null) {
                throw new AssertionError("No employee " + employeeId + " in the scenario");
            }
            return new Decision(test.decide(org.worktime.core.exempt.ExemptionQuery.of(dataset, employee, LocalDate.parse(date),
                    pack.parameters(), rates)));
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

        /** A measure counted in days (annual leave), compared exactly. */
        public FindingAssert measuredDays(long days) {
            assertThat(finding.measured().unit()).as("measured unit").isEqualTo("days");
            assertThat(finding.measured().value()).as("measured days").isEqualByComparingTo(BigDecimal.valueOf(days));
            return this;
        }

        public FindingAssert limitDays(long days) {
            assertThat(finding.limit().unit()).as("limit unit").isEqualTo("days");
            assertThat(finding.limit().value()).as("limit days").isEqualByComparingTo(BigDecimal.valueOf(days));
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

    /** What an exemption test decided. */
    public record Decision(org.worktime.core.exempt.Eligibility eligibility) {

        public Decision isExempt() {
            return verdict(org.worktime.core.exempt.Verdict.EXEMPT);
        }

        public Decision isNotExempt() {
            return verdict(org.worktime.core.exempt.Verdict.NOT_EXEMPT);
        }

        public Decision isIndeterminate() {
            return verdict(org.worktime.core.exempt.Verdict.INDETERMINATE);
        }

        public Decision verdict(org.worktime.core.exempt.Verdict expected) {
            if (eligibility.verdict() != expected) {
                throw new AssertionError("Expected " + expected + " but was " + eligibility.verdict() + ": " + eligibility.reason().en()
                        + " " + eligibility.evidence());
            }
            return this;
        }

        /** The condition with this key was judged with this outcome. */
        public Decision condition(String key, org.worktime.core.exempt.Verdict outcome) {
            org.worktime.core.exempt.Evidence e = eligibility.evidence().stream().filter(x -> x.key().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("No condition " + key + " in " + eligibility.evidence()));
            if (e.outcome() != outcome) {
                throw new AssertionError("Condition " + key + ": expected " + outcome + " but was " + e.outcome() + " (" + e + ")");
            }
            return this;
        }

        /** Some missing item mentions the text. */
        public Decision missing(String text) {
            if (eligibility.missing().stream().noneMatch(m -> m.en().contains(text))) {
                throw new AssertionError("Nothing missing mentions '" + text + "': " + eligibility.missing());
            }
            return this;
        }
    }
}
