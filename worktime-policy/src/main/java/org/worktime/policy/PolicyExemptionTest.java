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
import org.worktime.core.i18n.Language;
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
        Text summary = Text.of("policy.regime.summary", "file", policy.file().isEmpty() ? policy.id() : policy.file(),
                "lifts", String.join(", ", policy.lifts()));
        this.info = new RuleInfo(policy.id(), policy.name(), summary, RuleKind.EXEMPTION, policy.citation(), effective);
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
            evidence.add(new Evidence("coverage.anyone", Text.of("policy.condition.anyone"), words(Text.of("policy.evidence.no-condition")), Text.empty(),
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
            Text condition = Text.of("policy.condition.job-family", "families", sorted(coverage.jobFamilies()));
            if (family == null || family.isBlank()) {
                missing.add(Text.of("policy.missing.employee-attribute", "attribute", coverage.jobAttribute()));
                evidence.add(new Evidence("coverage.jobFamily", condition, Text.empty(), Text.verbatim(sorted(coverage.jobFamilies())), Verdict.INDETERMINATE, null));
            } else {
                evidence.add(new Evidence("coverage.jobFamily", condition, Text.verbatim(family), Text.verbatim(sorted(coverage.jobFamilies())),
                        coverage.jobFamilies().contains(family) ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        if (!coverage.industries().isEmpty()) {
            String industry = query.workplace().attributes().get("industry");
            Text condition = Text.of("policy.condition.industry", "industries", sorted(coverage.industries()));
            if (industry == null || industry.isBlank()) {
                missing.add(Text.of("policy.missing.industry"));
                evidence.add(new Evidence("coverage.industry", condition, Text.empty(), Text.verbatim(sorted(coverage.industries())), Verdict.INDETERMINATE, null));
            } else {
                boolean match = coverage.industries().stream().anyMatch(industry::startsWith);
                evidence.add(new Evidence("coverage.industry", condition, Text.verbatim(industry), Text.verbatim(sorted(coverage.industries())),
                        match ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        if (coverage.minTenureMonths() > 0) {
            Text condition = Text.of("policy.condition.tenure", "months", coverage.minTenureMonths());
            LocalDate hired = query.employee().hireDate();
            Text threshold = words(Text.of("policy.evidence.months", "months", coverage.minTenureMonths()));
            if (hired == null) {
                missing.add(Text.of("policy.missing.hire-date"));
                evidence.add(new Evidence("coverage.tenure", condition, Text.empty(), threshold, Verdict.INDETERMINATE, null));
            } else {
                long months = hired.isAfter(query.on()) ? -1 : Period.between(hired, query.on()).toTotalMonths();
                evidence.add(new Evidence("coverage.tenure", condition, words(Text.of("policy.evidence.hired", "date", hired, "months", Math.max(months, 0))), threshold,
                        months >= coverage.minTenureMonths() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        String consent = policy.requires().consentSubject();
        if (consent != null) {
            Text condition = Text.of("policy.condition.consent", "subject", consent);
            Optional<Attestation> found = query.attestation(consent);
            if (found.isEmpty()) {
                missing.add(Text.of("policy.missing.consent", "subject", consent, "date", query.on()));
                evidence.add(new Evidence("requires.consent", condition, Text.empty(), Text.empty(), Verdict.INDETERMINATE, null));
            } else {
                Attestation a = found.get();
                Text observed = words(Text.of("policy.evidence.attested", "holds", a.holds() ? "yes" : "no", "by", a.attestedBy(), "on", a.attestedOn(),
                        "note", a.note().isEmpty() ? Text.empty() : Text.of("policy.evidence.note", "note", a.note())));
                evidence.add(new Evidence("requires.consent", condition, observed, Text.empty(), a.holds() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
            }
        }
        String agreement = policy.requires().agreementKind();
        if (agreement != null) {
            // The workplace file lists every agreement on file, so an absent one is absent, not unknown.
            boolean on = query.workplace().hasAgreement(agreement, query.employeeId(), query.on());
            evidence.add(new Evidence("requires.agreement",
                    Text.of("policy.condition.agreement", "kind", agreement),
                    words(on ? Text.of("policy.evidence.agreement-on-file", "kind", agreement)
                            : Text.of("policy.evidence.no-agreement", "kind", agreement, "employee", query.employeeId(), "date", query.on())),
                    Text.empty(), on ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
        }
    }

    private void salary(ExemptionQuery query, List<Evidence> evidence, List<Text> missing) {
        Policy.SalaryTest test = policy.salary();
        Text condition = Text.of("policy.condition.salary", "bonuses", test.bonusesCount() ? "yes" : "no");
        Optional<Wage> wage = query.employee().wageIfKnown();
        if (wage.isEmpty()) {
            missing.add(Text.of("policy.missing.wage"));
            evidence.add(new Evidence("salary.level", condition, Text.empty(), thresholdText(query.rates()), Verdict.INDETERMINATE, null));
            return;
        }
        if (wage.get() instanceof Wage.Hourly h) {
            evidence.add(new Evidence("salary.basis", Text.of("policy.condition.salary-basis"),
                    words(Text.of("policy.evidence.hourly", "rate", h.rate().toString())), words(Text.of("policy.evidence.salaried")), Verdict.NOT_EXEMPT, null));
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
            evidence.add(new Evidence("salary.level", condition, pay.map(p -> Text.verbatim(money(p))).orElse(Text.empty()), thresholdText(query.rates()),
                    Verdict.INDETERMINATE, null));
            return;
        }
        boolean met = pay.get().getAmount().compareTo(threshold.get().getAmount()) >= 0;
        evidence.add(new Evidence("salary.level", condition, words(Text.of("policy.evidence.pay", "pay", money(pay.get()), "converted", ratesUsed(query))),
                thresholdText(query.rates()),
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

    private Text thresholdText(ExchangeRates commandLine) {
        BigMoney stated = policy.salary().threshold().toBigMoney();
        CurrencyUnit to = CurrencyUnit.of(policy.currency());
        Text conversion = Text.empty();
        if (!stated.getCurrencyUnit().equals(to)) {
            Optional<ExchangeRate> rate = rates(commandLine).find(stated.getCurrencyUnit(), to);
            conversion = rate.map(r -> Text.of("policy.evidence.threshold-converted", "amount", money(BigMoney.of(to, stated.getAmount().multiply(r.rate()))),
                    "rate", rate(r))).orElse(Text.of("policy.evidence.threshold-no-rate", "from", stated.getCurrencyUnit().getCode(), "to", to.getCode()));
        }
        return words(Text.of("policy.evidence.threshold", "amount", money(stated), "conversion", conversion, "policy", policy.id(),
                "from", policy.effectiveFrom()));
    }

    private Text ratesUsed(ExemptionQuery query) {
        CurrencyUnit to = CurrencyUnit.of(policy.currency());
        Optional<Wage> wage = query.employee().wageIfKnown();
        if (wage.isPresent() && !wage.get().currency().equals(to)) {
            return rates(query.rates()).find(wage.get().currency(), to).map(r -> Text.of("policy.evidence.converted", "rate", rate(r)))
                    .orElse(Text.empty());
        }
        return Text.empty();
    }

    /** A stated rate with its date and source: {@code 1 USD = 1380.5 KRW (2026-11-02, Bank of Korea)}. */
    static Text rate(ExchangeRate r) {
        return Text.of("policy.evidence.rate", "from", r.from().getCode(), "rate", r.rate().toPlainString(), "to", r.to().getCode(), "on", r.on(),
                "source", r.source().isEmpty() ? Text.empty() : Text.of("policy.evidence.source", "source", r.source()));
    }

    /**
     * The observed and required values of the evidence, in words. Core's {@link Evidence} holds them as text, read by
     * the English outputs, so they are rendered in English here; amounts are written by {@link #money(BigMoney)},
     * rounded down, so that a pay just below a threshold never reads as reaching it.
     */
    /** Evidence values are messages, rendered in each output's language. */
    private static Text words(Text text) {
        return text;
    }

    private Text rateMissing(CurrencyUnit from) {
        return Text.of("policy.missing.rate", "from", from.getCode(), "to", policy.currency());
    }

    private void healthConditions(ExemptionQuery query, List<Evidence> evidence) {
        Policy.HealthMeasures measures = policy.health();
        if (measures.isEmpty()) {
            return;
        }
        LocalDateRange window = LocalDateRange.of(query.on().minusDays(HEALTH_WINDOW_DAYS - 1L), query.on().plusDays(1));
        HealthCheck.Result result = HealthCheck.check(measures, query.shifts(), query.workplace().zone(), query.workplace().weekStart(), window);
        addHealth(evidence, result, HealthCheck.DAYS_OFF_4_WEEKS, measures.daysOffPer4Weeks() != null,
                () -> Text.of("policy.condition.days-off-4-weeks", "days", measures.daysOffPer4Weeks()), window);
        addHealth(evidence, result, HealthCheck.DAYS_OFF_YEAR, measures.daysOffPerYear() != null,
                () -> Text.of("policy.condition.days-off-year", "days", measures.daysOffPerYear()), window);
        addHealth(evidence, result, HealthCheck.REST, measures.restBetweenWorkdays() != null,
                () -> Text.of("policy.condition.rest", "rest", hoursText(measures.restBetweenWorkdays())),
                window);
        addHealth(evidence, result, HealthCheck.MONTHLY_CAP, measures.monthlyCapAbove() != null,
                () -> Text.of("policy.condition.monthly-cap", "cap", hoursText(measures.monthlyCapAbove())),
                window);
        addHealth(evidence, result, HealthCheck.WEEKLY_CAP, measures.weeklyCap() != null,
                () -> Text.of("policy.condition.weekly-cap", "cap", hoursText(measures.weeklyCap())), window);
    }

    private static void addHealth(List<Evidence> evidence, HealthCheck.Result result, String key, boolean present, java.util.function.Supplier<Text> condition, LocalDateRange window) {
        if (!present) {
            return;
        }
        List<HealthCheck.Breach> breaches = result.breaches().stream().filter(b -> b.measure().equals(key)).toList();
        Text observed = words(breaches.isEmpty()
                ? Text.of("policy.evidence.kept", "from", window.getStart(), "to", window.getEndInclusive())
                : Text.of("policy.evidence.breaches", "count", breaches.size(), "first", breaches.get(0).period().getStart(), "breach",
                        describe(breaches.get(0))));
        evidence.add(new Evidence(key, condition.get(), observed, Text.empty(), breaches.isEmpty() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, null));
    }

    static Text describe(HealthCheck.Breach b) {
        return b.unit().equals("minutes")
                ? Text.of("policy.evidence.breach-hours", "measured", hoursText(java.time.Duration.ofMinutes(b.measured())), "limit",
                        hoursText(java.time.Duration.ofMinutes(b.limit())))
                : Text.of("policy.evidence.breach-days", "measured", b.measured(), "limit", b.limit());
    }

    /** A length of time as the health measures state it: {@code 11 h}, {@code 10 h 59 min} (whole minutes). */
    public static Text hoursText(java.time.Duration d) {
        long minutes = d.toMinutes();
        return Text.of("policy.hours", "hours", minutes / 60, "minutes", minutes % 60);
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
