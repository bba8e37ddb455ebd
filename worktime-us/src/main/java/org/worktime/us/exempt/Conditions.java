package org.worktime.us.exempt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.BigMoneyProvider;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.param.MissingParameterException;
import org.worktime.core.param.Parameter;
import org.worktime.us.EarningKinds;
import org.worktime.us.UsAttributes;
import org.worktime.us.Usd;

/** The conditions the US exemption tests share: attested duties, the salary basis, the salary level with its 10% credit. */
final class Conditions {

    static final CurrencyUnit USD = CurrencyUnit.USD;
    static final String IMPROPER_DEDUCTIONS = "us.salary_basis.improper_deductions";
    private static final BigDecimal WEEKS = BigDecimal.valueOf(52);

    private Conditions() {
    }

    static Parameter param(ExemptionQuery q, String key) {
        return param(q, key, q.on());
    }

    static Parameter param(ExemptionQuery q, String key, LocalDate date) {
        return q.parameters().find(key, date).orElseThrow(() -> new MissingParameterException(key, date));
    }

    /** The citations of the C.F.R. by section, built once (each test names its sections for every week it is asked). */
    private static final java.util.concurrent.ConcurrentMap<String, Citation> CFR = new java.util.concurrent.ConcurrentHashMap<>();

    static Citation cfr(String section) {
        return CFR.computeIfAbsent(section, s -> {
            int paren = s.indexOf('(');
            return new Citation("29 CFR", s, "", "https://www.law.cornell.edu/cfr/text/29/" + (paren < 0 ? s : s.substring(0, paren)));
        });
    }

    /** The key of a value the tests share through {@link QueryMemo}. */
    private record Shared(String what, Object of) {
        /**
         * Mixed, unlike a record's own hash: the dates of one year hash alike in their low bits month by month, so the
         * per-employee memo's buckets filled and turned into trees (a function of the components, as equals needs).
         */
        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(of) * 0x9E3779B9;
            return (h ^ (h >>> 15)) * 31 + what.hashCode();
        }
    }

    /** The employer's 52-week period containing the query's date. */
    static Period52 period52(ExemptionQuery q) {
        return QueryMemo.perEmployee(q, new Shared("period52", q.on()), () -> Period52.containing(q.employee(), q.on()));
    }

    /** A duty the data cannot show: met when a person attested it holds, failed when attested not to, else indeterminate. */
    static Evidence attested(ExemptionQuery q, String subject, String key, Text condition, Citation citation, List<Text> missing) {
        Optional<Attestation> found = q.attestation(subject);
        if (found.isEmpty()) {
            missing.add(Text.of("us.missing.attestation", "subject", subject, "condition", condition, "date", q.on()));
            return new Evidence(key, condition, Text.empty(), ATTESTATION_REQUIRED, Verdict.INDETERMINATE, citation);
        }
        Attestation a = found.get();
        return new Evidence(key, condition, QueryMemo.words(q, () -> attestation(a)), ATTESTATION_REQUIRED,
                a.holds() ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, citation);
    }

    private static final Text ATTESTATION_REQUIRED = Text.of("us.exempt.evidence.attestation-required");

    /** Who attested, when, whether it holds, and the note if any (the person's name and note as they wrote them). */
    static Text attestation(Attestation a) {
        String holds = a.holds() ? "yes" : "no";
        return a.note().isEmpty() ? Text.of("us.exempt.evidence.attested", "holds", holds, "by", a.attestedBy(), "on", a.attestedOn())
                : Text.of("us.exempt.evidence.attested-with-note", "holds", holds, "by", a.attestedBy(), "on", a.attestedOn(), "note", a.note());
    }

    /** An amount a week, for a reader (to the cent). */
    static Text aWeek(BigMoneyProvider amount) {
        return Text.of("us.exempt.evidence.a-week", "amount", Usd.money(amount));
    }

    /** An amount for a period: {@code hour}, {@code month} or {@code year}. */
    static Text per(String period, BigMoneyProvider amount) {
        Money m = Usd.money(amount);
        return switch (period) {
            case "hour" -> Text.of("us.exempt.evidence.an-hour", "amount", m);
            case "month" -> Text.of("us.exempt.evidence.a-month", "amount", m);
            case "year" -> Text.of("us.exempt.evidence.a-year", "amount", m);
            default -> throw new IllegalArgumentException(period);
        };
    }

    /** A threshold with the date its row took effect. */
    static Text inForceFrom(Text amount, Parameter row) {
        return Text.of("us.exempt.evidence.in-force-from", "amount", amount, "from", row.effective().getStart());
    }

    /** The weekly salary in USD, exact, when the wage is a salary; empty for hourly pay or an unknown wage. */
    static Optional<BigMoney> weeklySalary(ExemptionQuery q) {
        return QueryMemo.perEmployee(q, new Shared("weeklySalary", null), () -> computeWeeklySalary(q));
    }

    private static Optional<BigMoney> computeWeeklySalary(ExemptionQuery q) {
        Wage wage = q.employee().wage();
        BigMoney weekly;
        if (wage instanceof Wage.Salaried s) {
            weekly = s.weekly();
        } else if (wage instanceof Wage.Monthly m) {
            weekly = BigMoney.of(m.currency(), m.amount().getAmount().multiply(BigDecimal.valueOf(12)).divide(WEEKS, MathContext.DECIMAL128));
        } else {
            return Optional.empty();
        }
        return q.rates().convert(weekly, USD);
    }

    /** The annual salary in USD as stated (a yearly salary as it is; others 52 weeks of it). */
    static Optional<BigMoney> annualSalary(ExemptionQuery q) {
        return QueryMemo.perEmployee(q, new Shared("annualSalary", null), () -> computeAnnualSalary(q));
    }

    private static Optional<BigMoney> computeAnnualSalary(ExemptionQuery q) {
        if (q.employee().wage() instanceof Wage.Salaried s) {
            return q.rates().convert(s.annual(), USD);
        }
        return weeklySalary(q).map(w -> w.multipliedBy(WEEKS));
    }

    static Text describeWage(Wage wage) {
        return switch (wage) {
            case Wage.Salaried s -> Text.of("us.exempt.evidence.salary", "amount", Usd.money(s.amount()), "per", s.per().name(),
                    "weekly", Usd.money(s.weekly()));
            case Wage.Monthly m -> per("month", m.amount());
            case Wage.Hourly h -> per("hour", h.rate());
        };
    }

    /** 541.602-541.603: the salary basis, read from the deductions in the pay data (see {@link SalaryBasis}). */
    static Evidence salaryBasis(ExemptionQuery q, List<Text> missing) {
        return QueryMemo.shared(q, new Shared("salaryBasis", null), missing, named -> SalaryBasis.evidence(q, named));
    }

    /** The standard salary level in force on a date, and the vacated 2024 value for the same date, if any. */
    record Level(BigMoney weekly, Parameter row, Optional<Parameter> vacated, boolean vacatedApplied, String vacatedOn) {

        /**
         * Reads what {@link #describe} reads that may fail (the vacated row's amount), so that a caller leaving the words
         * out fails where the words would have: the words themselves then cannot fail.
         */
        void check() {
            if (!vacatedApplied && vacated.isPresent()) {
                vacated.get().money();
            }
        }

        /** The level a week, where it comes from and the vacated 2024 value beside it. */
        Text describe() {
            return describe(aWeek(weekly));
        }

        /** The level as an amount (the HCE level, which is annual), with the same account of where it comes from. */
        Text describeAmount() {
            return describe(Text.of("us.exempt.evidence.amount", "amount", Usd.money(weekly)));
        }

        private Text describe(Text amount) {
            Parameter used = vacatedApplied ? vacated.orElseThrow() : row;
            Text text = vacatedApplied
                    ? Text.of("us.exempt.evidence.level-as-applied", "amount", amount, "article", used.citation().article(),
                            "from", used.effective().getStart(), "vacatedOn", vacatedOn)
                    : Text.of("us.exempt.evidence.level", "amount", amount, "article", used.citation().article(), "from", used.effective().getStart());
            if (!vacatedApplied && vacated.isPresent()) {
                text = Text.of("us.exempt.evidence.level-vacated-beside", "level", text, "vacated", Usd.money(vacated.get().money()),
                        "announced", vacated.get().effective().getStart(), "vacatedOn", vacatedOn);
            }
            return text;
        }
    }

    static Level standardLevel(ExemptionQuery q) {
        return level(q, "us.flsa541.salary-level");
    }

    static Level hceLevel(ExemptionQuery q) {
        return level(q, "us.flsa541.hce-total");
    }

    /**
     * The value really in force: the 2019 rule's, since the 2024 rule was vacated in full. Only when a user overrides
     * {@code us.flsa541.2024-rule.as-applied} to true is the 2024 value used, and only in the window it was applied
     * (2024-07-01 to the vacatur).
     */
    private static Level level(ExemptionQuery q, String key) {
        return level(q, key, q.on());
    }

    /** The HCE level in force on a date (for a period over which it changes). */
    static Level hceLevel(ExemptionQuery q, LocalDate date) {
        return level(q, "us.flsa541.hce-total", date);
    }

    private static Level level(ExemptionQuery q, String key, LocalDate date) {
        return QueryMemo.perEmployee(q, new Shared(key, date), () -> computeLevel(q, key, date));
    }

    private static Level computeLevel(ExemptionQuery q, String key, LocalDate date) {
        Parameter row = param(q, key, date);
        Optional<Parameter> vacated = q.parameters().find(key + ".2024-rule", date);
        String vacatedOn = q.parameters().find("us.flsa541.2024-rule.vacated-on", date).map(Parameter::text).orElse("");
        boolean asApplied = vacated.isPresent()
                && q.parameters().find("us.flsa541.2024-rule.as-applied", date).map(Parameter::bool).orElse(false);
        BigMoney weekly = (asApplied ? vacated.get() : row).money().toBigMoney();
        return new Level(weekly, row, vacated, asApplied, vacatedOn);
    }

    /**
     * 541.600: a weekly salary of at least the standard level. A salary of at least 90% of it may reach the level with
     * non-discretionary bonuses and commissions paid in the 52-week period, credited up to 10% of the level, with one
     * catch-up payment in the next pay period (541.602(a)(3)); the credit is not available to an HCE.
     */
    static List<Evidence> salaryLevel(ExemptionQuery q, List<Text> missing, boolean bonusCredit) {
        return QueryMemo.shared(q, new Shared("salaryLevel", bonusCredit), missing, named -> List.copyOf(computeSalaryLevel(q, named, bonusCredit)));
    }

    private static List<Evidence> computeSalaryLevel(ExemptionQuery q, List<Text> missing, boolean bonusCredit) {
        // The words (what was found, the level in force) are left out when only the verdict is asked (QueryMemo.words);
        // level.check() reads, where the words would have, what they read that may fail.
        Text condition = Text.of("us.exempt.condition.salary-level");
        Citation citation = cfr("541.600(a)");
        Optional<BigMoney> weekly = weeklySalary(q);
        Level level = standardLevel(q);
        List<Evidence> out = new ArrayList<>();
        if (weekly.isEmpty()) {
            Verdict v = q.employee().wage() instanceof Wage.Hourly ? Verdict.NOT_EXEMPT : Verdict.INDETERMINATE;
            level.check();
            out.add(new Evidence("salary.level", condition, v == Verdict.NOT_EXEMPT ? Text.of("us.exempt.evidence.no-salary-hourly") : Text.empty(),
                    QueryMemo.words(q, level::describe), v, citation));
            return out;
        }
        Text observed = QueryMemo.words(q, () -> aWeek(weekly.get()));
        if (weekly.get().compareTo(level.weekly()) >= 0) {
            level.check();
            out.add(new Evidence("salary.level", condition, observed, QueryMemo.words(q, level::describe), Verdict.EXEMPT, citation));
            return out;
        }
        Optional<Parameter> share = q.parameters().find("us.flsa541.bonus-credit-share", q.on());
        if (!bonusCredit || share.isEmpty()) {
            level.check();
            out.add(new Evidence("salary.level", condition, observed, QueryMemo.words(q, level::describe), Verdict.NOT_EXEMPT, citation));
            return out;
        }
        BigDecimal floor = level.weekly().getAmount().multiply(BigDecimal.ONE.subtract(share.get().decimal()));
        if (weekly.get().getAmount().compareTo(floor) < 0) {
            level.check();
            out.add(new Evidence("salary.level", condition, observed, QueryMemo.words(q, () -> Text.of("us.exempt.evidence.level-floor",
                    "level", level.describe(), "floor", Usd.money(floor))), Verdict.NOT_EXEMPT, citation));
            return out;
        }
        Evidence credit = bonusCredit(q, weekly.get(), level, share.get().decimal());
        level.check();
        out.add(new Evidence("salary.level", condition, QueryMemo.words(q, () -> Text.of("us.exempt.evidence.topped-up", "weekly",
                Usd.money(weekly.get()))), QueryMemo.words(q, level::describe), credit.outcome(), citation));
        out.add(credit);
        return out;
    }

    private static Evidence bonusCredit(ExemptionQuery q, BigMoney weekly, Level level, BigDecimal share) {
        Text condition = Text.of("us.exempt.condition.bonus-credit");
        Period52 period = period52(q);
        BigDecimal weeks = BigDecimal.valueOf(period.weeksEmployed());
        BigDecimal need = level.weekly().getAmount().multiply(weeks);
        BigDecimal salary = weekly.getAmount().multiply(weeks);
        BigDecimal cap = need.multiply(share);
        LocalDate catchUpBy = period.lastDay().plusDays(UsAttributes.payPeriodDays(q.employee()));
        BigDecimal bonuses = BigDecimal.ZERO;
        BigDecimal catchUp = BigDecimal.ZERO;
        for (Earning e : q.earnings()) {
            LocalDate paid = paidDate(e);
            if (EarningKinds.isCatchUp(e) && !paid.isBefore(period.range().getStart()) && !paid.isAfter(catchUpBy)
                    && e.earnedOver().overlaps(period.range())) {
                catchUp = catchUp.add(usd(q, e));
            } else if (EarningKinds.creditableToSalaryLevel(e) && period.range().contains(paid)) {
                bonuses = bonuses.add(usd(q, e));
            }
        }
        BigDecimal credited = bonuses.add(catchUp).min(cap);
        BigDecimal shortfall = need.subtract(salary).subtract(credited);
        Text observed = catchUp.signum() > 0
                ? Text.of("us.exempt.evidence.bonus-paid-catch-up", "period", period.text(), "salary", Usd.money(salary),
                        "bonuses", Usd.money(bonuses), "catchUp", Usd.money(catchUp), "credited", Usd.money(credited))
                : Text.of("us.exempt.evidence.bonus-paid", "period", period.text(), "salary", Usd.money(salary),
                        "bonuses", Usd.money(bonuses), "credited", Usd.money(credited));
        Text threshold = Text.of("us.exempt.evidence.bonus-need", "need", Usd.money(need), "weeks", period.weeksEmployed(),
                "level", Usd.money(level.weekly()), "cap", Usd.money(cap));
        if (shortfall.signum() > 0) {
            threshold = Text.of("us.exempt.evidence.bonus-short", "need", threshold, "shortfall", Usd.money(shortfall), "by", catchUpBy);
        }
        return new Evidence("salary.bonus_credit", condition, observed, threshold, shortfall.signum() > 0 ? Verdict.NOT_EXEMPT : Verdict.EXEMPT,
                cfr("541.602(a)(3)"));
    }

    /**
     * The employer's workweek containing the query's date (29 CFR 778.105). The salary and fee tests are weekly ("per
     * week", 541.600), and a pay rule asks on a week's first day: a deduction or a fee job anywhere in the week speaks
     * for the whole week.
     */
    static org.threeten.extra.LocalDateRange workweek(ExemptionQuery q) {
        LocalDate start = q.on().with(java.time.temporal.TemporalAdjusters.previousOrSame(q.workplace().weekStart()));
        return org.threeten.extra.LocalDateRange.of(start, start.plusDays(7));
    }

    /** When an earning was paid: its pay date, else the last day of what it was earned over. */
    static LocalDate paidDate(Earning e) {
        return e.paidOn() != null ? e.paidOn() : e.earnedOver().getEndInclusive();
    }

    /** An earning's amount in USD; an amount in another currency without a stated rate is a data error. */
    static BigDecimal usd(ExemptionQuery q, Earning e) {
        return q.rates().convert(e.amount(), USD).orElseThrow(() -> new MissingRateException(e.amount().getCurrencyUnit())).getAmount();
    }

    /** An amount in a currency with no stated rate to USD: the test cannot decide, and says which rate it needs. */
    static final class MissingRateException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient CurrencyUnit currency;

        MissingRateException(CurrencyUnit currency) {
            super("No exchange rate from " + currency + " to USD");
            this.currency = currency;
        }
    }
}
