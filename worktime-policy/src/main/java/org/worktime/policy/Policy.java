package org.worktime.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.joda.money.Money;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;

/**
 * A proposed exemption regime described in a policy file (docs/POLICY.md): which rules it lifts, for whom, what
 * it requires, and which health measures replace the hour limits. Plain data; {@link PolicyExemptionTest} decides.
 *
 * @param id            the regime id, also the id of its exemption test, e.g. {@code KR-PROPOSAL-HIGH-INCOME}
 * @param effectiveFrom first day the regime would apply
 * @param effectiveTo   last day, inclusive; null while open-ended
 * @param currency      the currency the regime compares salaries in (salaries and thresholds in another currency are
 *                      converted at a stated rate)
 * @param lifts         rule ids or id prefixes of the pack's rules that do not apply to an exempt employee
 *                      ({@code KR-LSA-56} lifts KR-LSA-56-1, -2 and -3)
 * @param salary        the salary test; null when the regime has none
 * @param rates         exchange rates stated in the file, each dated and sourced
 * @param file          where it was read from, for messages; may be empty
 * @param description   what the regime is for, in the user's words (en, ko, ja); empty when the file gives none
 */
public record Policy(String id, Text name, LocalDate effectiveFrom, LocalDate effectiveTo, Citation citation, String currency,
        List<String> lifts, SalaryTest salary, Coverage coverage, Requirements requires, HealthMeasures health,
        List<ExchangeRate> rates, String file, Text description) {

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? Text.empty() : description;
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(currency, "currency");
        lifts = List.copyOf(lifts);
        coverage = coverage == null ? Coverage.ANYONE : coverage;
        requires = requires == null ? Requirements.NONE : requires;
        health = health == null ? HealthMeasures.NONE : health;
        rates = List.copyOf(rates == null ? List.of() : rates);
        file = file == null ? "" : file;
    }

    /**
     * The salary test: annual pay at least {@code threshold}.
     *
     * @param bonusesCount whether earnings of kind {@code bonus} earned over any part of the year ending on the
     *                     decision date count toward the annual pay (in full)
     */
    public record SalaryTest(Money threshold, boolean bonusesCount) {
        public SalaryTest {
            Objects.requireNonNull(threshold, "threshold");
        }
    }

    /**
     * Who may be covered. An empty set means "any".
     *
     * @param jobAttribute    the employee attribute holding the job family, e.g. {@code jobFamily}
     * @param jobFamilies     the eligible job families
     * @param industries      eligible industry codes or code prefixes (KSIC), matched against the workplace attribute
     *                        {@code industry}: {@code C26} covers {@code C261}
     * @param minTenureMonths months since the hire date required; 0 for none
     */
    public record Coverage(String jobAttribute, Set<String> jobFamilies, Set<String> industries, int minTenureMonths) {
        public static final Coverage ANYONE = new Coverage("jobFamily", Set.of(), Set.of(), 0);

        public Coverage {
            jobAttribute = jobAttribute == null || jobAttribute.isBlank() ? "jobFamily" : jobAttribute;
            jobFamilies = Set.copyOf(jobFamilies);
            industries = Set.copyOf(industries);
            if (minTenureMonths < 0) {
                throw new IllegalArgumentException("minTenureMonths must not be negative: " + minTenureMonths);
            }
        }
    }

    /**
     * What must be on file.
     *
     * @param consentSubject the {@code Attestation} subject of the worker's individual written consent; null if none
     * @param agreementKind  the {@code Agreement} kind of the labour-management agreement at the workplace; null if none
     */
    public record Requirements(String consentSubject, String agreementKind) {
        public static final Requirements NONE = new Requirements(null, null);
    }

    /**
     * The health measures that replace the hour limits; a null field is a measure the regime does not have.
     *
     * @param daysOffPerYear      days wholly free of work a year, checked pro rata over a shorter period (floor)
     * @param daysOffPer4Weeks    days wholly free of work in every 4 weeks
     * @param restBetweenWorkdays rest from the end of one working day's last shift to the next working day's first
     * @param doctorInterviewAbove hours beyond 40 h a week in a calendar month above which a doctor interview is owed
     * @param monthlyCapAbove     hours beyond 40 h a week in a calendar month that must not be exceeded
     * @param weeklyCap           hours in a week that must not be exceeded
     */
    public record HealthMeasures(Integer daysOffPerYear, Integer daysOffPer4Weeks, Duration restBetweenWorkdays,
            Duration doctorInterviewAbove, Duration monthlyCapAbove, Duration weeklyCap) {
        public static final HealthMeasures NONE = new HealthMeasures(null, null, null, null, null, null);

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    /** A policy without a description. */
    public Policy(String id, Text name, LocalDate effectiveFrom, LocalDate effectiveTo, Citation citation, String currency,
            List<String> lifts, SalaryTest salary, Coverage coverage, Requirements requires, HealthMeasures health,
            List<ExchangeRate> rates, String file) {
        this(id, name, effectiveFrom, effectiveTo, citation, currency, lifts, salary, coverage, requires, health, rates, file, null);
    }

    /** Whether the policy lifts a rule of the pack: an entry equal to the id, or a prefix of it followed by '-'. */
    public boolean lifts(String ruleId) {
        for (String lifted : lifts) {
            if (ruleId.equals(lifted) || ruleId.startsWith(lifted + "-")) {
                return true;
            }
        }
        return false;
    }

    /** The same policy with another salary threshold (same currency rules), for a threshold sweep. */
    public Policy withThreshold(Money threshold) {
        boolean bonuses = salary != null && salary.bonusesCount();
        return new Policy(id, name, effectiveFrom, effectiveTo, citation, currency, lifts, new SalaryTest(threshold, bonuses), coverage,
                requires, health, rates, file, description);
    }
}
