package org.worktime.policy.sim;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Wage;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.finding.Severity;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.kr.KoreanPack;
import org.worktime.policy.HealthCheck;
import org.worktime.policy.Policy;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.policy.sim.SimulationResult.Baseline;
import org.worktime.policy.sim.SimulationResult.Group;
import org.worktime.policy.sim.SimulationResult.Person;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;
import org.worktime.policy.sim.SimulationResult.SweepPoint;

/**
 * Compares the current Korean law with proposed regimes over a workforce. Pure: values in, values out.
 *
 * <p>The current law is the Korean pack's evaluation of the period. Under a policy, an employee the policy covers on
 * the last day of the period (its status conditions, {@link PolicyExemptionTest#decideStatus}) is exempt: their
 * violations of the lifted rules become lawful and the pay lines of the lifted rules are no longer owed; the policy's
 * health measures are then checked over the whole period for them. Hours are not re-planned: the simulation judges
 * the hours as recorded, as if the policy had applied to them (whatever its effective date).
 */
public final class Simulation {

    /** Upper edges, inclusive, of the weekly-hours buckets, in hours. */
    static final int[] BUCKET_EDGES = {40, 48, 52, 60, 68};
    static final List<String> BUCKETS = List.of("0-40 h", "40-48 h", "48-52 h", "52-60 h", "60-68 h", "over 68 h");
    static final CurrencyUnit KRW = CurrencyUnit.of("KRW");

    private final JurisdictionPack pack;

    private Simulation(JurisdictionPack pack) {
        this.pack = pack;
    }

    /** A simulation against the Korean pack. */
    public static Simulation korean() {
        return new Simulation(new KoreanPack());
    }

    public JurisdictionPack pack() {
        return pack;
    }

    /** Everything one employee contributes, computed once per policy (the sweep reuses it). */
    private record Facts(Employee employee, String jobFamily, String band, List<Long> weekMinutes, EmployeeReport report, long capMinutes) {
        long maxWeek() {
            return weekMinutes.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        /** Weeks above the statutory weekly cap (Korea: 40 h + 12 h of extended work, from the pack's dated rows). */
        long weeksAbove52() {
            return weekMinutes.stream().filter(m -> m > capMinutes).count();
        }
    }

    public SimulationResult run(Dataset dataset, List<PolicyExemptionTest> policies, SimulationOptions options, Progress progress) {
        LocalDateRange period = options.period();
        progress.step("current law", 0, 1);
        Report report = Engine.of(pack).evaluate(dataset, Evaluation.of(period));
        progress.step("current law", 1, 1);

        ZoneId zone = dataset.workplace().zone();
        DayOfWeek weekStart = dataset.workplace().weekStart();
        // The "above 52 h" measure is the cap in force at the period's start: Art. 50(1)'s week plus Art. 53(1)'s extension.
        long capMinutes = (pack.parameters().get("kr.lsa50.week-limit", period.getStart()).seconds()
                + pack.parameters().get("kr.lsa53.extension-cap", period.getStart()).seconds()) / 60;
        List<Facts> facts = new ArrayList<>();
        for (EmployeeReport r : report.employees()) {
            Employee e = r.employee();
            facts.add(new Facts(e, e.attributes().getOrDefault("jobFamily", "unknown"), band(e, options), weeks(dataset, e, zone, weekStart, period), r,
                    capMinutes));
        }
        Baseline baseline = baseline(facts);
        LocalDate on = period.getEndInclusive();

        List<PolicyOutcome> outcomes = new ArrayList<>();
        for (PolicyExemptionTest test : policies) {
            outcomes.add(outcome(dataset, test, facts, on, options, progress, zone, weekStart));
        }
        return new SimulationResult(dataset.workplace().name(), period, on, facts.size(), baseline, BUCKETS, bucketLabels(), capMinutes,
                ratesUsed(dataset, policies, options), outcomes);
    }

    /**
     * The stated rates the run converts with, each once, as stated (a rate used the other way round is shown as
     * written): the salary bands' (to KRW, the command line's rates), and each policy's (its threshold, wages and bonuses
     * to the policy's currency, the command line's rates first, then the file's).
     */
    static List<ExchangeRate> ratesUsed(Dataset dataset, List<PolicyExemptionTest> policies, SimulationOptions options) {
        java.util.Set<ExchangeRate> used = new java.util.LinkedHashSet<>();
        for (Employee e : dataset.employees()) {
            e.wageIfKnown().filter(w -> !(w instanceof Wage.Hourly)).ifPresent(w -> used(options.rates().all(), w.currency(), KRW, used));
        }
        for (PolicyExemptionTest test : policies) {
            Policy policy = test.policy();
            CurrencyUnit to = CurrencyUnit.of(policy.currency());
            List<ExchangeRate> stated = new ArrayList<>(options.rates().all());
            stated.addAll(policy.rates());
            if (policy.salary() != null) {
                used(stated, policy.salary().threshold().getCurrencyUnit(), to, used);
            }
            for (Employee e : dataset.employees()) {
                e.wageIfKnown().filter(w -> !(w instanceof Wage.Hourly)).ifPresent(w -> used(stated, w.currency(), to, used));
                if (policy.salary() != null && policy.salary().bonusesCount()) {
                    dataset.earningsOf(e.id()).stream().filter(x -> x.isKind("bonus"))
                            .forEach(x -> used(stated, x.amount().getCurrencyUnit(), to, used));
                }
            }
        }
        return List.copyOf(used);
    }

    private static void used(List<ExchangeRate> stated, CurrencyUnit from, CurrencyUnit to, java.util.Set<ExchangeRate> used) {
        if (from.equals(to)) {
            return;
        }
        stated.stream().filter(r -> r.from().equals(from) && r.to().equals(to)).findFirst()
                .or(() -> stated.stream().filter(r -> r.from().equals(to) && r.to().equals(from)).findFirst())
                .ifPresent(used::add);
    }

    /** The upper edge, inclusive, in hours, of a weekly-hours bucket other than the last (which has none). */
    public static int bucketEdge(int bucket) {
        return BUCKET_EDGES[bucket];
    }

    /** The weekly-hours buckets in words: {@code 0-40 h} ... {@code over 68 h}. */
    static List<Text> bucketLabels() {
        List<Text> labels = new ArrayList<>();
        int from = 0;
        for (int edge : BUCKET_EDGES) {
            labels.add(Text.of("policy.bucket.range", "from", from, "to", edge));
            from = edge;
        }
        labels.add(Text.of("policy.bucket.over", "from", from));
        return labels;
    }

    private static Baseline baseline(List<Facts> facts) {
        long violations = 0;
        long people = 0;
        long weeks = 0;
        long above52 = 0;
        Money premium = Money.zero(KRW);
        long[] buckets = new long[BUCKETS.size()];
        for (Facts f : facts) {
            long v = f.report().count(Severity.VIOLATION);
            violations += v;
            people += v > 0 ? 1 : 0;
            for (PayLine line : f.report().payLines()) {
                if (isPremium(line)) {
                    premium = premium.plus(line.amount());
                }
            }
            for (long m : f.weekMinutes()) {
                buckets[bucket(m)]++;
                weeks++;
            }
            above52 += f.weeksAbove52() > 0 ? 1 : 0;
        }
        return new Baseline(violations, people, premium, weeks, above52, toList(buckets));
    }

    /** Art. 56 premiums, the pay lines a white-collar exemption could lift. */
    static boolean isPremium(PayLine line) {
        return line.ruleId().startsWith("KR-LSA-56") && line.amount().getCurrencyUnit().equals(KRW);
    }

    private PolicyOutcome outcome(Dataset dataset, PolicyExemptionTest test, List<Facts> facts, LocalDate on, SimulationOptions options,
            Progress progress, ZoneId zone, DayOfWeek weekStart) {
        Policy policy = test.policy();
        List<Person> people = new ArrayList<>();
        Map<String, long[]> byFamily = new TreeMap<>();
        Map<String, long[]> byBand = new LinkedHashMap<>();
        for (String b : bandLabels(options)) {
            byBand.put(b, new long[3]);
        }
        long exempt = 0;
        long notExempt = 0;
        long indeterminate = 0;
        long violationsLawful = 0;
        long peopleClean = 0;
        Money premium = Money.zero(KRW);
        Map<String, Money> premiumByKind = new TreeMap<>();
        long interviews = 0;
        long peopleInterviews = 0;
        Map<String, Long> breaches = new TreeMap<>();
        long peopleBeyond = 0;
        long above52 = 0;
        long[] exemptBuckets = new long[BUCKETS.size()];
        int done = 0;
        for (Facts f : facts) {
            Employee e = f.employee();
            ExemptionQuery query = ExemptionQuery.of(dataset, e, on, pack.parameters(), options.rates());
            Eligibility status = test.decideStatus(query);
            Verdict verdict = status.verdict();
            String pay = test.annualPay(query).map(m -> money(m)).orElse("");
            long[] fam = byFamily.computeIfAbsent(f.jobFamily(), k -> new long[3]);
            long[] band = byBand.computeIfAbsent(f.band(), k -> new long[3]);
            fam[0]++;
            band[0]++;
            long lifted = 0;
            Money liftedPremium = Money.zero(KRW);
            long personInterviews = 0;
            List<String> personBreaches = new ArrayList<>();
            switch (verdict) {
                case EXEMPT -> {
                    exempt++;
                    fam[1]++;
                    band[1]++;
                    long all = 0;
                    for (Finding finding : f.report().findings()) {
                        if (finding.severity() == Severity.VIOLATION) {
                            all++;
                            lifted += policy.lifts(finding.ruleId()) ? 1 : 0;
                        }
                    }
                    violationsLawful += lifted;
                    peopleClean += all > 0 && lifted == all ? 1 : 0;
                    for (PayLine line : f.report().payLines()) {
                        if (policy.lifts(line.ruleId()) && line.amount().getCurrencyUnit().equals(KRW)) {
                            liftedPremium = liftedPremium.plus(line.amount());
                            premiumByKind.merge(line.kind(), line.amount(), Money::plus);
                        }
                    }
                    premium = premium.plus(liftedPremium);
                    HealthCheck.Result health = HealthCheck.check(policy.health(), dataset.shiftsOf(e.id()), zone, weekStart, options.period());
                    personInterviews = health.interviews().size();
                    interviews += personInterviews;
                    peopleInterviews += personInterviews > 0 ? 1 : 0;
                    for (HealthCheck.Breach b : health.breaches()) {
                        breaches.merge(b.measure(), 1L, Long::sum);
                        if (!personBreaches.contains(b.measure())) {
                            personBreaches.add(b.measure());
                        }
                    }
                    peopleBeyond += health.breachesAny() ? 1 : 0;
                    above52 += f.weeksAbove52() > 0 ? 1 : 0;
                    for (long m : f.weekMinutes()) {
                        exemptBuckets[bucket(m)]++;
                    }
                }
                case NOT_EXEMPT -> notExempt++;
                case INDETERMINATE -> {
                    indeterminate++;
                    fam[2]++;
                    band[2]++;
                }
            }
            people.add(new Person(e.id(), e.name(), f.jobFamily(), f.band(), pay, verdict, status.reason(), lifted, liftedPremium, f.maxWeek(),
                    f.weeksAbove52(), personInterviews, personBreaches));
            progress.step(policy.id(), ++done, facts.size());
        }
        List<SweepPoint> sweep = sweep(dataset, test, facts, on, options, progress);
        String threshold = policy.salary() == null ? "" : test.threshold(options.rates()).map(Simulation::money)
                .orElse(policy.salary().threshold().toString() + " (no rate stated)");
        Map<String, Text> bandNames = new LinkedHashMap<>();
        List<String> codes = bandLabels(options);
        List<Text> words = bandTexts(options);
        for (int i = 0; i < codes.size(); i++) {
            bandNames.put(codes.get(i), words.get(i));
        }
        bandNames.put("unknown", Text.of("policy.band.unknown"));
        bandNames.put("hourly", Text.of("policy.band.hourly"));
        Map<String, Text> familyNames = new LinkedHashMap<>();
        byFamily.keySet().forEach(k -> familyNames.put(k, k.equals("unknown") ? Text.of("policy.family.unknown") : Text.verbatim(k)));
        return new PolicyOutcome(policy.id(), policy.name(), policy.description(), policy.currency(), threshold,
                policy.salary() == null ? null : policy.salary().threshold(), test.threshold(options.rates()).orElse(null), policy.lifts(),
                exempt, notExempt, indeterminate, groups(byFamily, familyNames), groups(byBand, bandNames), violationsLawful, peopleClean, premium, premiumByKind, interviews, peopleInterviews, breaches,
                peopleBeyond, above52, toList(exemptBuckets), people, sweep);
    }

    private List<SweepPoint> sweep(Dataset dataset, PolicyExemptionTest test, List<Facts> facts, LocalDate on, SimulationOptions options,
            Progress progress) {
        List<SweepPoint> points = new ArrayList<>();
        Policy policy = test.policy();
        if (policy.salary() == null || options.sweep().isEmpty()) {
            return points;
        }
        int done = 0;
        for (Money threshold : options.sweep()) {
            PolicyExemptionTest at = new PolicyExemptionTest(policy.withThreshold(threshold));
            long exempt = 0;
            long above52 = 0;
            long lawful = 0;
            Money premium = Money.zero(KRW);
            for (Facts f : facts) {
                ExemptionQuery query = ExemptionQuery.of(dataset, f.employee(), on, pack.parameters(), options.rates());
                if (at.decideStatus(query).verdict() != Verdict.EXEMPT) {
                    continue;
                }
                exempt++;
                above52 += f.weeksAbove52() > 0 ? 1 : 0;
                for (Finding finding : f.report().findings()) {
                    lawful += finding.severity() == Severity.VIOLATION && policy.lifts(finding.ruleId()) ? 1 : 0;
                }
                for (PayLine line : f.report().payLines()) {
                    if (policy.lifts(line.ruleId()) && line.amount().getCurrencyUnit().equals(KRW)) {
                        premium = premium.plus(line.amount());
                    }
                }
            }
            double share = facts.isEmpty() ? 0 : (double) exempt / facts.size();
            points.add(new SweepPoint(threshold, exempt, share, premium, above52, lawful));
            progress.step("sweep " + policy.id(), ++done, options.sweep().size());
        }
        return points;
    }

    /** Minutes worked per workplace week (dates inside the period only), weeks starting on or before the period's start. */
    static List<Long> weeks(Dataset dataset, Employee e, ZoneId zone, DayOfWeek weekStart, LocalDateRange period) {
        Map<LocalDate, Long> seconds = HealthCheck.secondsByDate(dataset.shiftsOf(e.id()), zone, period);
        List<Long> weeks = new ArrayList<>();
        for (LocalDate start = period.getStart().with(TemporalAdjusters.previousOrSame(weekStart)); start.isBefore(period.getEnd());
                start = start.plusWeeks(1)) {
            long total = 0;
            for (int d = 0; d < 7; d++) {
                total += seconds.getOrDefault(start.plusDays(d), 0L);
            }
            weeks.add(total / 60);
        }
        return weeks;
    }

    static int bucket(long minutes) {
        for (int i = 0; i < BUCKET_EDGES.length; i++) {
            if (minutes <= BUCKET_EDGES[i] * 60L) {
                return i;
            }
        }
        return BUCKET_EDGES.length;
    }

    /** The salary band of the base annual wage in KRW (a monthly wage x 12, a salary per year), converted at a stated rate. */
    static String band(Employee e, SimulationOptions options) {
        Optional<Wage> wage = e.wageIfKnown();
        if (wage.isEmpty()) {
            return "unknown";
        }
        BigMoney annual = switch (wage.get()) {
            case Wage.Monthly m -> m.amount().toBigMoney().multipliedBy(12);
            case Wage.Salaried s -> s.annual();
            case Wage.Hourly h -> null;
        };
        if (annual == null) {
            return "hourly";
        }
        Optional<BigMoney> krw = options.rates().convert(annual, KRW);
        if (krw.isEmpty()) {
            return "unknown";
        }
        List<String> labels = bandLabels(options);
        for (int i = 0; i < options.bandEdges().size(); i++) {
            if (krw.get().getAmount().compareTo(options.bandEdges().get(i).getAmount()) < 0) {
                return labels.get(i);
            }
        }
        return labels.get(labels.size() - 1);
    }

    /** {@code under 50 M}, {@code 50-80 M}, ..., {@code 150 M and more} (KRW a year). */
    static List<String> bandLabels(SimulationOptions options) {
        List<String> labels = new ArrayList<>();
        List<Money> edges = options.bandEdges();
        labels.add("under " + millions(edges.get(0)) + " M");
        for (int i = 1; i < edges.size(); i++) {
            labels.add(millions(edges.get(i - 1)) + "-" + millions(edges.get(i)) + " M");
        }
        labels.add(millions(edges.get(edges.size() - 1)) + " M and more");
        return labels;
    }

    /** The salary bands in words, in the order of {@link #bandLabels}. */
    static List<Text> bandTexts(SimulationOptions options) {
        List<Text> labels = new ArrayList<>();
        List<Money> edges = options.bandEdges();
        labels.add(Text.of("policy.band.under", "millions", millionsNumber(edges.get(0))));
        for (int i = 1; i < edges.size(); i++) {
            labels.add(Text.of("policy.band.between", "from", millionsNumber(edges.get(i - 1)), "to", millionsNumber(edges.get(i))));
        }
        labels.add(Text.of("policy.band.from", "millions", millionsNumber(edges.get(edges.size() - 1))));
        return labels;
    }

    private static BigDecimal millionsNumber(Money m) {
        return m.getAmount().divide(BigDecimal.valueOf(1_000_000)).stripTrailingZeros();
    }

    private static String millions(Money m) {
        return m.getAmount().divide(BigDecimal.valueOf(1_000_000)).stripTrailingZeros().toPlainString();
    }

    private static List<Group> groups(Map<String, long[]> counts, Map<String, Text> labels) {
        List<Group> groups = new ArrayList<>();
        counts.forEach((name, c) -> groups.add(new Group(name, labels.getOrDefault(name, Text.verbatim(name)), c[0], c[1], c[2])));
        return groups;
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    static String money(BigMoney m) {
        int scale = Math.max(m.getCurrencyUnit().getDecimalPlaces(), 0);
        return m.getCurrencyUnit().getCode() + " " + m.getAmount().setScale(scale, java.math.RoundingMode.DOWN).toPlainString();
    }
}
