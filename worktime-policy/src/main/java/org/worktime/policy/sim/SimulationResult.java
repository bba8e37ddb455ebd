package org.worktime.policy.sim;

import java.util.List;
import java.util.Map;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;

/**
 * What a simulation found: the current law over the workforce, and for each policy what would change. Amounts are
 * exact won; hours are minutes.
 *
 * @param weekBuckets      the weekly-hours buckets' codes ({@code 0-40 h} ...), as the JSON and CSV name them
 * @param weekBucketLabels the same buckets in words, for a reader
 * @param capMinutes       the statutory weekly cap the "above 52 h" counts use (Art. 50(1) plus Art. 53(1), in force at
 *                         the period's start), in minutes
 * @param rates            the stated exchange rates the run converts with (salary bands, thresholds, wages, bonuses),
 *                         each once, with their dates and sources
 */
public record SimulationResult(String workplace, LocalDateRange period, java.time.LocalDate decidedOn, int employees, Baseline baseline,
        List<String> weekBuckets, List<Text> weekBucketLabels, long capMinutes, List<ExchangeRate> rates, List<PolicyOutcome> policies) {

    public SimulationResult {
        weekBuckets = List.copyOf(weekBuckets);
        weekBucketLabels = List.copyOf(weekBucketLabels);
        rates = List.copyOf(rates);
        policies = List.copyOf(policies);
    }

    /**
     * Current law.
     *
     * @param violations       violation findings of the Korean pack in the period
     * @param peopleInViolation employees with at least one violation
     * @param premiumOwed      pay lines of Art. 56 (KR-LSA-56-*) in the period
     * @param personWeeks      person-weeks judged
     * @param peopleAbove52    employees with a week above 52 h
     * @param weeksByBucket    person-weeks per weekly-hours bucket ({@link SimulationResult#weekBuckets})
     */
    public record Baseline(long violations, long peopleInViolation, Money premiumOwed, long personWeeks, long peopleAbove52, List<Long> weeksByBucket) {
    }

    /**
     * Employees and how many are exempt, in one group.
     *
     * @param name  the group's code (a job family as the data gives it, a salary band such as {@code 50-80 M})
     * @param label the group in words, for a reader
     */
    public record Group(String name, Text label, long employees, long exempt, long indeterminate) {
    }

    /** One employee under one policy. */
    public record Person(String id, String name, String jobFamily, String salaryBand, String annualPay, Verdict verdict, Text reason,
            long liftedViolations, Money liftedPremium, long maxWeekMinutes, long weeksAbove52, long interviews, List<String> healthBreaches) {
    }

    /** One point of a threshold sweep. */
    public record SweepPoint(Money threshold, long exempt, double exemptShare, Money premiumNoLongerOwed, long above52Covered,
            long violationsLawful) {
    }

    /**
     * One policy over the workforce.
     *
     * @param violationsLawful      violations of lifted rules of exempt employees: lawful under the policy
     * @param peopleNoLongerInViolation exempt employees all of whose violations were of lifted rules
     * @param premiumNoLongerOwed   pay lines of lifted rules of exempt employees, summed
     * @param premiumByKind         the same by pay-line kind (OVERTIME, HOLIDAY, NIGHT...)
     * @param interviews            doctor interviews owed (employee-months) by exempt employees
     * @param peopleWithInterviews  exempt employees owed at least one
     * @param healthBreaches        breaches by measure, of exempt employees
     * @param peopleBeyondHealth    exempt employees who work beyond what a health measure allows
     * @param above52Covered        exempt employees with a week above 52 h
     * @param exemptWeeksByBucket   person-weeks of exempt employees per bucket (the "after" distribution's exempt share)
     * @param statedThreshold       the salary threshold as the policy file states it; null when it has no salary test
     * @param thresholdAmount       the threshold in the policy's currency (converted at a stated rate); null when it has
     *                              no salary test or no rate converts it
     */
    public record PolicyOutcome(String id, Text name, Text description, String currency, String threshold, Money statedThreshold,
            BigMoney thresholdAmount, List<String> lifts, long exempt, long notExempt,
            long indeterminate, List<Group> byJobFamily, List<Group> bySalaryBand, long violationsLawful, long peopleNoLongerInViolation,
            Money premiumNoLongerOwed, Map<String, Money> premiumByKind, long interviews, long peopleWithInterviews,
            Map<String, Long> healthBreaches, long peopleBeyondHealth, long above52Covered, List<Long> exemptWeeksByBucket,
            List<Person> people, List<SweepPoint> sweep) {
    }
}
