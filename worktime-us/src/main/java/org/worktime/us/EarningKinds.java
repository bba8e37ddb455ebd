package org.worktime.us;

import java.util.Map;
import java.util.Optional;
import org.worktime.core.domain.Earning;

/**
 * The earning kinds the US pack reads, and what each one does: whether it is remuneration that enters the regular rate
 * (FLSA s.7(e); 29 CFR 778.108-778.109, "all remuneration" unless an exclusion of 778.200 applies), whether it can meet
 * part of the salary level (541.602(a)(3)) or the highly-compensated total (541.601(b)(1)). A kind this class does not
 * know is remuneration (the statute's default) and enters the regular rate. The list is on docs/rules/us/README.md.
 */
public final class EarningKinds {

    /** An announced bonus (attendance, production, quality, retention...): in the regular rate (778.208-778.211). */
    public static final String BONUS_NONDISCRETIONARY = "bonus.nondiscretionary";
    /** A production or efficiency bonus: in the regular rate; California spreads it over all hours (B6). */
    public static final String BONUS_PRODUCTION = "bonus.production";
    /** A flat-sum bonus (e.g. an attendance bonus): in the regular rate; California divides it by non-overtime hours (Alvarado). */
    public static final String BONUS_FLAT_SUM = "bonus.flat_sum";
    /** The one catch-up payment of 541.602(a)(3) or 541.601(b)(2), counted only for the prior 52-week period. */
    public static final String BONUS_CATCH_UP = "bonus.catch_up";
    public static final String COMMISSION = "commission";
    /** Piece-rate earnings (778.111). */
    public static final String PIECE = "piece";
    /** A shift differential (DOL Fact Sheet 54). */
    public static final String SHIFT_DIFFERENTIAL = "shift_differential";

    public static final String GIFT = "gift";
    public static final String BONUS_DISCRETIONARY = "bonus.discretionary";
    /** Pay for vacation, holiday, illness or other periods with no work. */
    public static final String PAY_NO_WORK = "pay.no_work";
    public static final String EXPENSE = "expense";
    public static final String PROFIT_SHARING = "profit_sharing";
    public static final String BENEFIT_CONTRIBUTION = "benefit.contribution";
    /** A contractual premium of at least 1.5 times for hours over a daily or weekly standard, weekend or holiday work. */
    public static final String PREMIUM_CONTRACTUAL = "premium.contractual";
    public static final String STOCK_OPTION = "stock_option";
    /** A record of the overtime pay the employer actually paid for a week (read by US-FLSA-16B, never remuneration here). */
    public static final String PAID_OVERTIME = "paid.overtime";

    /**
     * A deduction from a salary (541.602): the amount taken off, recorded as an earning of a {@code deduction.*} kind over
     * the pay period it reduced. Never remuneration; read by the salary basis test. The kinds are in
     * {@code org.worktime.us.exempt.Deductions}; any other {@code deduction.*} kind is improper (541.602(a)).
     */
    public static final String DEDUCTION = "deduction";
    /**
     * A fee for a single job (541.605): for an administrative or professional employee paid per task rather than per
     * time; the attribute {@code hours} states the time worked on the job. Remuneration like any other pay.
     */
    public static final String FEE = "fee";
    /**
     * Other pay for employment the pack has no word for ({@code remuneration}, or {@code remuneration.<name>} under the
     * employer's own name): remuneration enters the regular rate (778.108-778.109) and no salary credit.
     */
    public static final String REMUNERATION = "remuneration";

    /** Each excluded kind and the paragraph of s.7(e) (and the regulation) that excludes it. */
    private static final Map<String, String> EXCLUSIONS = Map.ofEntries(
            Map.entry(GIFT, "s.7(e)(1), 778.212"),
            Map.entry(PAY_NO_WORK, "s.7(e)(2), 778.218"),
            Map.entry(EXPENSE, "s.7(e)(2), 778.217"),
            Map.entry(BONUS_DISCRETIONARY, "s.7(e)(3)(a), 778.211"),
            Map.entry(PROFIT_SHARING, "s.7(e)(3)(b), 778.213"),
            Map.entry(BENEFIT_CONTRIBUTION, "s.7(e)(4), 778.214"),
            Map.entry(PREMIUM_CONTRACTUAL, "s.7(e)(5)-(7), 778.201-778.207"),
            Map.entry(STOCK_OPTION, "s.7(e)(8), 778.208"),
            Map.entry(BONUS_CATCH_UP, "541.602(a)(3), 541.601(b)(2): counts for an exemption's salary test only"),
            Map.entry(DEDUCTION, "541.602: a reduction of the salary, not pay"),
            Map.entry(PAID_OVERTIME, "the overtime pay itself (778.107): a record of what was paid"));

    private EarningKinds() {
    }

    /** The exclusion that keeps the earning out of the regular rate, if any. */
    public static Optional<String> exclusion(Earning earning) {
        for (Map.Entry<String, String> e : EXCLUSIONS.entrySet()) {
            if (earning.isKind(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    public static boolean inRegularRate(Earning earning) {
        return exclusion(earning).isEmpty();
    }

    /** A flat-sum bonus, which California divides by the non-overtime hours only. */
    public static boolean isFlatSum(Earning earning) {
        return earning.isKind(BONUS_FLAT_SUM);
    }

    /** Non-discretionary bonuses, incentives and commissions that may meet up to 10% of the salary level (541.602(a)(3)). */
    public static boolean creditableToSalaryLevel(Earning earning) {
        return earning.isKind(BONUS_NONDISCRETIONARY) || earning.isKind(BONUS_PRODUCTION) || earning.isKind(BONUS_FLAT_SUM)
                || earning.isKind(COMMISSION);
    }

    /** Commissions, non-discretionary bonuses and other non-discretionary pay of the HCE total (541.601(b)(1)). */
    public static boolean creditableToHce(Earning earning) {
        return inRegularRate(earning);
    }

    public static boolean isDeduction(Earning earning) {
        return earning.isKind(DEDUCTION);
    }

    public static boolean isCatchUp(Earning earning) {
        return earning.isKind(BONUS_CATCH_UP);
    }
}
