package org.worktime.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.RuleInfo;
import org.worktime.core.rule.RuleKind;

/**
 * The exemption test a policy file describes. Its metadata come from the file (there is no annotation to read), its
 * regime id is the policy's id. Every condition is judged from the data with its evidence; a fact the data does not
 * hold (a wage, a job family, a hire date, a consent, an exchange rate) makes the answer indeterminate and is named.
 *
 * <p>{@link #decideStatus} judges who the regime covers (salary, job, industry, tenure, consent, agreement);
 * {@link #decide} adds the health measures over the 4 weeks ending on the date, because a regime whose health measures
 * are not kept does not hold (as Japan's Highly Professional System is void without them: us-jp.md C5.8).
 */
public final class PolicyExemptionTest implements ExemptionTest {

    /** The decision window for health measures in {@link #decide}: the 28 days ending on the query date. */
    public static final int HEALTH_WINDOW_DAYS = 28;

    private final Policy policy;
    private final Regime regime;
    private final RuleInfo info;

    public PolicyExemptionTest(Policy policy) {
        this.policy = policy;
        this.regime = new Regime(policy.id(), policy.name(), policy.currency());
        LocalDateRange effective = policy.effectiveTo() == null
                ? LocalDateRange.ofUnboundedEnd(policy.effectiveFrom())
                : LocalDateRange.ofClosed(policy.effectiveFrom(), policy.effectiveTo());
        String summary = "Proposed regime from policy file " + (policy.file().isEmpty() ? policy.id() : policy.file())
                + "; lifts " + String.join(", ", policy.lifts()) + ".";
        this.info = new RuleInfo(policy.id(), policy.name(), org.worktime.core.finding.Text.verbatim(summary), RuleKind.EXEMPTION, policy.citation(), effective);
    }

    public Policy policy() {
        return policy;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public Regime regime() {
        return regime;
    }

    /** Coverage and health measures: see the class comment. */
    @Override
    public Eligibility decide(ExemptionQuery query) {
        List<Evidence> evidence = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        statusConditions(query, evidence, missing);
        healthConditions(query, evidence);
        return Eligibility.fromConditions(query.employeeId(), query.on(), regime, info, evidence, missing);
    }

    /** Who the regime covers on the date, without the health measures (which a simulation checks over its period). */
    public Eligibility decideStatus(ExemptionQuery query) {
        List<Evidence> evidence = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        statusConditions(query, evidence, missing);
        if (evidence.isEmpty()) {
            evidence.add(new Evidence("coverage.anyone", Text.legacy("covered by the regime", "제도 적용 대상"), "no condition", "",
                    Verdict.EXEMPT, null));
        }
        return Eligibility.fromConditions(query.employeeId(), query.on(), regime, info, evidence, missing);
    }

    /** The annual pay the salary test compares, in the regime's currency, or empty with the reason in the evidence. */
    public Optional<BigMoney> annualPay(ExemptionQuery query) {
        List<Evidence> scratch = new ArrayList<>();
        return annualPay(query, scratch, new ArrayList<>());
    }

    private void statusConditions(ExemptionQuery query, List<Evidence> evidence, List<Text> missing) {
        if (policy.salary() != null) {
            salary(query, evidence, missing);
        }
        Policy.Coverage coverage = policy.coverage();
        if (!coverage.jobFamilies().isEmpty()) {
            String family = query.employee().attributes().get(coverage.jobAttribute());
            Text condition = Text.legacy("job family among " + sorted(coverage.jobFamilies()), "직무군 " + sorted(coverage.jobFamilies()) + " 해당");
            if (family == null || family.isBlank()) {
                missing.add(Text.legacy("the employee attribute '" + coverage.jobAttribute() + "'", "직원 속성 '" + coverage.jobAttribute() + "'"));
                evidence.add(new Evidence("coverage.jobFamily", condition, "", sorted(coverage.jobFamilies()), Verdict.INDETERMINATE, null));
            } else {
                evidence.add(new Evidence("coverage.jobFamily", condition, family, sorted(coverage.jobFamilies()),
                        coverage.jobFamilies().contains(family) ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        if (!coverage.industries().isEmpty()) {
            String industry = query.workplace().attributes().get("industry");
            Text condition = Text.legacy("industry among " + sorted(coverage.industries()), "업종 " + sorted(coverage.industries()) + " 해당");
            if (industry == null || industry.isBlank()) {
                missing.add(Text.legacy("the workplace attribute 'industry' (KSIC code)", "사업장 속성 'industry' (표준산업분류 코드)"));
                evidence.add(new Evidence("coverage.industry", condition, "", sorted(coverage.industries()), Verdict.INDETERMINATE, null));
            } else {
                boolean match = coverage.industries().stream().anyMatch(industry::startsWith);
                evidence.add(new Evidence("coverage.industry", condition, industry, sorted(coverage.industries()),
                        match ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        if (coverage.minTenureMonths() > 0) {
            Text condition = Text.legacy("at least " + coverage.minTenureMonths() + " months since hire",
                    "입사 후 " + coverage.minTenureMonths() + "개월 이상");
            LocalDate hired = query.employee().hireDate();
            String threshold = coverage.minTenureMonths() + " months";
            if (hired == null) {
                missing.add(Text.legacy("the hire date", "입사일"));
                evidence.add(new Evidence("coverage.tenure", condition, "", threshold, Verdict.INDETERMINATE, null));
            } else {
                long months = hired.isAfter(query.on()) ? -1 : Period.between(hired, query.on()).toTotalMonths();
                evidence.add(new Evidence("coverage.tenure", condition, "hired " + hired + " (" + Math.max(months, 0) + " whole months)", threshold,
                        months >= coverage.minTenureMonths() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        String consent = policy.requires().consentSubject();
        if (consent != null) {
            Text condition = Text.legacy("individual written consent (" + consent + ") in force", "개인 서면 동의(" + consent + ") 유효");
            Optional<Attestation> found = query.attestation(consent);
            if (found.isEmpty()) {
                missing.add(Text.legacy("an attestation '" + consent + "' covering " + query.on(), query.on() + " 시점의 '" + consent + "' 확인"));
                evidence.add(new Evidence("requires.consent", condition, "", "", Verdict.INDETERMINATE, null));
            } else {
                Attestation a = found.get();
                String observed = (a.holds() ? "consent attested" : "refusal attested") + " by " + a.attestedBy() + " on " + a.attestedOn()
                        + (a.note().isEmpty() ? "" : " (" + a.note() + ")");
                evidence.add(new Evidence("requires.consent", condition, observed, "", a.holds() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        String agreement = policy.requires().agreementKind();
        if (agreement != null) {
            // The workplace file lists every agreement on file, so an absent one is absent, not unknown.
            boolean on = query.workplace().hasAgreement(agreement, query.employeeId(), query.on());
            evidence.add(new Evidence("requires.agreement",
                    Text.legacy("labour-management agreement " + agreement + " covering the employee", "노사 서면합의 " + agreement + " 적용"),
                    on ? "agreement " + agreement + " on file" : "no agreement " + agreement + " covers " + query.employeeId() + " on " + query.on(),
                    "", on ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
        }
    }

    private void salary(ExemptionQuery query, List<Evidence> evidence, List<Text> missing) {
        Policy.SalaryTest test = policy.salary();
        Text condition = Text.legacy("annual pay at least the threshold" + (test.bonusesCount() ? " (bonuses count)" : " (base salary only)"),
                "연간 임금 기준액 이상" + (test.bonusesCount() ? " (상여 포함)" : " (기본급만)"));
        Optional<Wage> wage = query.employee().wageIfKnown();
        if (wage.isEmpty()) {
            missing.add(Text.legacy("the employee's wage", "직원의 임금"));
            evidence.add(new Evidence("salary.level", condition, "", thresholdText(query.rates()), Verdict.INDETERMINATE, null));
            return;
        }
        if (wage.get() instanceof Wage.Hourly h) {
            evidence.add(new Evidence("salary.basis", Text.legacy("paid a salary, not by the hour", "시급이 아닌 월급·연봉 지급"),
                    "hourly " + h.rate(), "a monthly or annual salary", Verdict.NOT_EXEMPT, null));
            return;
        }
        List<Text> lacking = new ArrayList<>();
        Optional<BigMoney> pay = annualPay(query, new ArrayList<>(), lacking);
        Optional<BigMoney> threshold = threshold(query.rates());
        if (threshold.isEmpty()) {
            lacking.add(rateMissing(policy.salary().threshold().getCurrencyUnit()));
        }
        if (pay.isEmpty() || threshold.isEmpty()) {
            missing.addAll(lacking);
            evidence.add(new Evidence("salary.level", condition, pay.map(PolicyExemptionTest::money).orElse(""), thresholdText(query.rates()),
                    Verdict.INDETERMINATE, null));
            return;
        }
        boolean met = pay.get().getAmount().compareTo(threshold.get().getAmount()) >= 0;
        evidence.add(new Evidence("salary.level", condition, money(pay.get()) + " a year" + ratesUsed(query), thresholdText(query.rates()),
                met ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
    }

    private Optional<BigMoney> annualPay(ExemptionQuery query, List<Evidence> unused, List<Text> lacking) {
        Optional<Wage> wage = query.employee().wageIfKnown();
        if (wage.isEmpty() || wage.get() instanceof Wage.Hourly) {
            return Optional.empty();
        }
        BigMoney base = switch (wage.get()) {
            case Wage.Monthly m -> m.amount().toBigMoney().multipliedBy(12);
            case Wage.Salaried s -> s.annual();
            case Wage.Hourly h -> throw new IllegalStateException();
        };
        CurrencyUnit to = CurrencyUnit.of(policy.currency());
        ExchangeRates rates = rates(query.rates());
        Optional<BigMoney> total = rates.convert(base, to);
        if (total.isEmpty()) {
            lacking.add(rateMissing(base.getCurrencyUnit()));
            return Optional.empty();
        }
        if (policy.salary() != null && policy.salary().bonusesCount()) {
            LocalDateRange year = LocalDateRange.of(query.on().minusYears(1).plusDays(1), query.on().plusDays(1));
            BigMoney sum = total.get();
            for (Earning e : query.earnings()) {
                if (e.isKind("bonus") && e.earnedOver().overlaps(year)) {
                    Optional<BigMoney> converted = rates.convert(e.amount(), to);
                    if (converted.isEmpty()) {
                        lacking.add(rateMissing(e.amount().getCurrencyUnit()));
                        return Optional.empty();
                    }
                    sum = sum.plus(converted.get());
                }
            }
            return Optional.of(sum);
        }
        return total;
    }

    /** The threshold in the regime's currency, converted at a stated rate when the file states it in another. */
    public Optional<BigMoney> threshold(ExchangeRates commandLine) {
        if (policy.salary() == null) {
            return Optional.empty();
        }
        return rates(commandLine).convert(policy.salary().threshold(), CurrencyUnit.of(policy.currency()));
    }

    /** The command line's rates first (they win), then the file's. */
    ExchangeRates rates(ExchangeRates commandLine) {
        List<ExchangeRate> all = new ArrayList<>(commandLine.all());
        all.addAll(policy.rates());
        return ExchangeRates.of(all);
    }

    private String thresholdText(ExchangeRates commandLine) {
        BigMoney stated = policy.salary().threshold().toBigMoney();
        CurrencyUnit to = CurrencyUnit.of(policy.currency());
        if (stated.getCurrencyUnit().equals(to)) {
            return money(stated) + " a year (policy " + policy.id() + " from " + policy.effectiveFrom() + ")";
        }
        Optional<ExchangeRate> rate = rates(commandLine).find(stated.getCurrencyUnit(), to);
        return money(stated) + " a year" + rate.map(r -> " = " + money(BigMoney.of(to, stated.getAmount().multiply(r.rate()))) + " at " + r)
                .orElse(" (no " + stated.getCurrencyUnit() + "/" + to + " rate stated)") + " (policy " + policy.id() + " from " + policy.effectiveFrom() + ")";
    }

    private String ratesUsed(ExemptionQuery query) {
        CurrencyUnit to = CurrencyUnit.of(policy.currency());
        Optional<Wage> wage = query.employee().wageIfKnown();
        if (wage.isPresent() && !wage.get().currency().equals(to)) {
            return rates(query.rates()).find(wage.get().currency(), to).map(r -> ", converted at " + r).orElse("");
        }
        return "";
    }

    private Text rateMissing(CurrencyUnit from) {
        return Text.legacy("an exchange rate " + from + "/" + policy.currency() + " (state it in the policy file's rates or with --rate)",
                "환율 " + from + "/" + policy.currency() + " (정책 파일 rates 또는 --rate로 명시)");
    }

    private void healthConditions(ExemptionQuery query, List<Evidence> evidence) {
        Policy.HealthMeasures measures = policy.health();
        if (measures.isEmpty()) {
            return;
        }
        LocalDateRange window = LocalDateRange.of(query.on().minusDays(HEALTH_WINDOW_DAYS - 1L), query.on().plusDays(1));
        HealthCheck.Result result = HealthCheck.check(measures, query.shifts(), query.workplace().zone(), query.workplace().weekStart(), window);
        addHealth(evidence, result, HealthCheck.DAYS_OFF_4_WEEKS, measures.daysOffPer4Weeks() != null,
                () -> Text.legacy("at least " + measures.daysOffPer4Weeks() + " days off in the 4 weeks ending on the date",
                        "해당일까지 4주간 휴일 " + measures.daysOffPer4Weeks() + "일 이상"), window);
        addHealth(evidence, result, HealthCheck.DAYS_OFF_YEAR, measures.daysOffPerYear() != null,
                () -> Text.legacy("days off at the rate of " + measures.daysOffPerYear() + " a year", "연 " + measures.daysOffPerYear() + "일 비율의 휴일"), window);
        addHealth(evidence, result, HealthCheck.REST, measures.restBetweenWorkdays() != null,
                () -> Text.legacy("rest between working days of at least " + hours(measures.restBetweenWorkdays()), "근무일 간 휴식 " + hours(measures.restBetweenWorkdays()) + " 이상"),
                window);
        addHealth(evidence, result, HealthCheck.MONTHLY_CAP, measures.monthlyCapAbove() != null,
                () -> Text.legacy("hours beyond 40 h a week at most " + hours(measures.monthlyCapAbove()) + " a month", "주 40시간 초과 시간 월 " + hours(measures.monthlyCapAbove()) + " 이하"),
                window);
        addHealth(evidence, result, HealthCheck.WEEKLY_CAP, measures.weeklyCap() != null,
                () -> Text.legacy("at most " + hours(measures.weeklyCap()) + " a week", "주 " + hours(measures.weeklyCap()) + " 이하"), window);
    }

    private static void addHealth(List<Evidence> evidence, HealthCheck.Result result, String key, boolean present, java.util.function.Supplier<Text> condition, LocalDateRange window) {
        if (!present) {
            return;
        }
        List<HealthCheck.Breach> breaches = result.breaches().stream().filter(b -> b.measure().equals(key)).toList();
        String observed = breaches.isEmpty()
                ? "kept from " + window.getStart() + " to " + window.getEndInclusive()
                : breaches.size() + " breach(es), first " + breaches.get(0).period().getStart() + ": " + describe(breaches.get(0));
        evidence.add(new Evidence(key, condition.get(), observed, "", breaches.isEmpty() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
    }

    static String describe(HealthCheck.Breach b) {
        return b.unit().equals("minutes") ? hours(b.measured()) + " against " + hours(b.limit()) : b.measured() + " " + b.unit() + " against " + b.limit();
    }

    static String hours(java.time.Duration d) {
        return hours(d.toMinutes());
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String sorted(java.util.Set<String> values) {
        return String.join(", ", new java.util.TreeSet<>(values));
    }

    /** {@code KRW 100,000,000} (shown to the currency's unit, rounded down; comparisons are exact). */
    static String money(BigMoney m) {
        int scale = Math.max(m.getCurrencyUnit().getDecimalPlaces(), 0);
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return m.getCurrencyUnit().getCode() + " " + f.format(m.getAmount().setScale(scale, RoundingMode.DOWN));
    }

    static String money(BigDecimal amount, String currency) {
        return money(BigMoney.of(CurrencyUnit.of(currency), amount));
    }
}
