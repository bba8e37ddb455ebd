package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.policy.Fixtures.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Language;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;

/**
 * A four-person workforce over one week whose totals are computed by hand below.
 *
 * <p>Week of Monday 2026-03-09 to Sunday 2026-03-15 (no public holiday), Seoul, an Art. 53 agreement covering all.
 * Monthly wages for 209 h, so the hourly ordinary wage is exact:
 * <ul>
 *   <li>A, research, KRW 10,450,000 a month (125.4 M a year; 50,000 an hour): Mon-Fri 09:00-21:00 less a 1 h break =
 *       11 h a day, 55 h. Overtime: 3 h a day beyond 8 = 15 h = 15 h beyond 40 (union 15 h); 15 x 1.5 x 50,000 =
 *       1,125,000. Extended work 15 h > 12: one KR-LSA-53-1 violation.</li>
 *   <li>B, engineering, KRW 6,270,000 (75.24 M; 30,000 an hour): the same 55 h. Overtime 15 x 1.5 x 30,000 =
 *       675,000; one KR-LSA-53-1 violation.</li>
 *   <li>C, research, KRW 10,450,000: Mon-Fri 09:00-19:00 less 1 h = 9 h a day, 45 h. Overtime 5 x 1.5 x 50,000 =
 *       375,000; no violation.</li>
 *   <li>D, operations, KRW 10,450,000: Mon-Fri 09:00-18:00 less 1 h, 40 h. Nothing owed, no violation.</li>
 * </ul>
 * Policy: at least KRW 100,000,000 a year, research or engineering, lifts Arts 50, 53, 56(1)-(2); health: at most
 * 54 h a week, doctor interview above 10 h beyond 40 h a week in the month (here: the 7 days, allowance 40 h).
 * By hand: exempt A and C (2 of 4; B earns too little, D's job family is not covered); violations made lawful 1
 * (A's); premium no longer owed 1,125,000 + 375,000 = 1,500,000; current premium 1,125,000 + 675,000 + 375,000 =
 * 2,175,000; doctor interviews 1 (A: 15 h beyond 40 > 10 h; C: 5 h is not); beyond the health measures 1 (A: 55 h >
 * 54 h); exempt people above 52 h: 1 (A).
 */
class SimulationTest {

    static final LocalDateRange WEEK = LocalDateRange.ofClosed(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15));

    static Dataset workforce() {
        Agreement art53 = Agreement.of("KR-LSA-53-1", LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        List<Employee> employees = List.of(
                employee("A", monthly(10_450_000), "research", LocalDate.of(2020, 1, 1)),
                employee("B", monthly(6_270_000), "engineering", LocalDate.of(2020, 1, 1)),
                employee("C", monthly(10_450_000), "research", LocalDate.of(2020, 1, 1)),
                employee("D", monthly(10_450_000), "operations", LocalDate.of(2020, 1, 1)));
        List<Shift> shifts = new ArrayList<>();
        for (int d = 9; d <= 13; d++) {
            String day = "2026-03-" + (d < 10 ? "0" + d : d);
            shifts.add(withLunch("A", day, "21:00"));
            shifts.add(withLunch("B", day, "21:00"));
            shifts.add(withLunch("C", day, "19:00"));
            shifts.add(withLunch("D", day, "18:00"));
        }
        return Dataset.of(workplace("M70", List.of(art53)), employees, shifts);
    }

    static Shift withLunch(String id, String day, String end) {
        Shift s = shift(id, day + "T09:00", day + "T" + end);
        Shift lunch = shift(id, day + "T12:00", day + "T13:00");
        return new Shift(id, s.start(), s.end(), List.of(lunch.interval()), Shift.Origin.ACTUAL, false);
    }

    static PolicyExemptionTest policy() {
        return new PolicyExemptionTest(new Policy("TEST-HIGH-INCOME", Text.words("Test", "시험", "試験"), LocalDate.of(2026, 1, 1), null,
                new Citation("test", "none", "", ""), "KRW", List.of("KR-LSA-50", "KR-LSA-53", "KR-LSA-56-1", "KR-LSA-56-2"),
                new Policy.SalaryTest(Money.parse("KRW 100000000"), true),
                new Policy.Coverage("jobFamily", Set.of("research", "engineering"), Set.of(), 0), null,
                new Policy.HealthMeasures(null, null, null, Duration.ofHours(10), null, Duration.ofHours(54)), List.of(), ""));
    }

    @Test
    void handCheckedTotals() {
        List<String> stages = new ArrayList<>();
        SimulationResult r = Simulation.korean().run(workforce(), List.of(policy()), SimulationOptions.of(WEEK),
                (stage, done, total) -> stages.add(stage + " " + done + "/" + total));

        assertThat(r.employees()).isEqualTo(4);
        assertThat(r.baseline().violations()).isEqualTo(2);
        assertThat(r.baseline().peopleInViolation()).isEqualTo(2);
        assertThat(r.baseline().premiumOwed()).isEqualTo(Money.parse("KRW 2175000"));
        assertThat(r.baseline().personWeeks()).isEqualTo(4);
        assertThat(r.baseline().peopleAbove52()).isEqualTo(2);
        // buckets 0-40, 40-48, 48-52, 52-60, 60-68, over 68: D 40 h; C 45 h; A and B 55 h
        assertThat(r.baseline().weeksByBucket()).containsExactly(1L, 1L, 0L, 2L, 0L, 0L);

        PolicyOutcome p = r.policies().get(0);
        assertThat(p.exempt()).isEqualTo(2);
        assertThat(p.notExempt()).isEqualTo(2);
        assertThat(p.indeterminate()).isZero();
        assertThat(p.people()).extracting(SimulationResult.Person::verdict)
                .containsExactly(Verdict.EXEMPT, Verdict.NOT_EXEMPT, Verdict.EXEMPT, Verdict.NOT_EXEMPT);
        assertThat(p.violationsLawful()).isEqualTo(1);
        assertThat(p.peopleNoLongerInViolation()).isEqualTo(1);
        assertThat(p.premiumNoLongerOwed()).isEqualTo(Money.parse("KRW 1500000"));
        assertThat(p.premiumByKind()).isEqualTo(Map.of("OVERTIME", Money.parse("KRW 1500000")));
        assertThat(p.interviews()).isEqualTo(1);
        assertThat(p.peopleWithInterviews()).isEqualTo(1);
        assertThat(p.healthBreaches()).isEqualTo(Map.of(HealthCheck.WEEKLY_CAP, 1L));
        assertThat(p.peopleBeyondHealth()).isEqualTo(1);
        assertThat(p.above52Covered()).isEqualTo(1);
        assertThat(p.exemptWeeksByBucket()).containsExactly(0L, 1L, 0L, 1L, 0L, 0L);
        assertThat(p.byJobFamily()).extracting(g -> g.name() + " " + g.employees() + "/" + g.exempt() + "/" + g.indeterminate())
                .containsExactly("engineering 1/0/0", "operations 1/0/0", "research 2/2/0");
        assertThat(p.bySalaryBand()).extracting(g -> g.name() + " " + g.employees() + "/" + g.exempt() + "/" + g.indeterminate())
                .containsExactly("under 50 M 0/0/0", "50-80 M 1/0/0", "80-100 M 0/0/0", "100-150 M 3/2/0", "150 M and more 0/0/0");
        // The bands' words in each language, for the reports.
        assertThat(p.bySalaryBand()).extracting(g -> g.label().in(Language.EN))
                .containsExactly("under 50 M", "50-80 M", "80-100 M", "100-150 M", "150 M and more");
        assertThat(p.bySalaryBand()).extracting(g -> g.label().in(Language.KO))
                .containsExactly("50백만 원 미만", "50~80백만 원", "80~100백만 원", "100~150백만 원", "150백만 원 이상");
        assertThat(p.bySalaryBand()).extracting(g -> g.label().in(Language.JA))
                .containsExactly("50百万ウォン未満", "50～80百万ウォン", "80～100百万ウォン", "100～150百万ウォン", "150百万ウォン以上");
        assertThat(r.weekBucketLabels()).extracting(t -> t.in(Language.JA))
                .containsExactly("0～40時間", "40～48時間", "48～52時間", "52～60時間", "60～68時間", "68時間超");
        assertThat(r.capMinutes()).isEqualTo(52 * 60);
        assertThat(p.people().get(0).liftedPremium()).isEqualTo(Money.parse("KRW 1125000"));
        assertThat(p.people().get(0).maxWeekMinutes()).isEqualTo(55 * 60);
        assertThat(stages).startsWith("current law 0/1", "current law 1/1", "TEST-HIGH-INCOME 1/4").endsWith("TEST-HIGH-INCOME 4/4");
    }

    @Test
    void thresholdSweep() {
        // At 70 M: A, B, C are exempt (B's 75.24 M now counts): premium 2,175,000, 2 violations lawful, 2 above 52 h.
        // At 100 M: A and C, as above. At 130 M: nobody (125.4 M < 130 M).
        List<Money> thresholds = List.of(Money.parse("KRW 70000000"), Money.parse("KRW 100000000"), Money.parse("KRW 130000000"));
        SimulationResult r = Simulation.korean().run(workforce(), List.of(policy()), SimulationOptions.of(WEEK).withSweep(thresholds),
                org.worktime.policy.sim.Progress.NONE);
        List<SimulationResult.SweepPoint> s = r.policies().get(0).sweep();
        assertThat(s).extracting(SimulationResult.SweepPoint::exempt).containsExactly(3L, 2L, 0L);
        assertThat(s).extracting(SimulationResult.SweepPoint::exemptShare).containsExactly(0.75, 0.5, 0.0);
        assertThat(s).extracting(SimulationResult.SweepPoint::premiumNoLongerOwed)
                .containsExactly(Money.parse("KRW 2175000"), Money.parse("KRW 1500000"), Money.parse("KRW 0"));
        assertThat(s).extracting(SimulationResult.SweepPoint::above52Covered).containsExactly(2L, 1L, 0L);
        assertThat(s).extracting(SimulationResult.SweepPoint::violationsLawful).containsExactly(2L, 1L, 0L);
    }
}
