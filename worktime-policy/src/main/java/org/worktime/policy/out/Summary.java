package org.worktime.policy.out;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.worktime.core.finding.Text;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;

/** The executive summary of a simulation, in English and Korean, one paragraph per policy. */
public final class Summary {

    private Summary() {
    }

    public static List<Text> of(SimulationResult r) {
        List<Text> out = new ArrayList<>();
        SimulationResult.Baseline b = r.baseline();
        out.add(Text.legacy(
                "Current law over " + r.period().getStart() + " to " + r.period().getEndInclusive() + " at " + r.workplace() + ": " + r.employees()
                        + " employees, " + b.violations() + " violations of the Labor Standards Act by " + b.peopleInViolation() + " people, "
                        + won(b.premiumOwed()) + " of Art. 56 premium pay owed, " + b.peopleAbove52() + " people with at least one week above 52 h.",
                r.period().getStart() + "부터 " + r.period().getEndInclusive() + "까지 " + r.workplace() + "의 현행법 기준: 직원 " + r.employees() + "명, "
                        + b.peopleInViolation() + "명이 근로기준법 위반 " + b.violations() + "건, 제56조 가산수당 " + won(b.premiumOwed()) + ", 주 52시간을 넘긴 주가 있는 직원 "
                        + b.peopleAbove52() + "명."));
        for (PolicyOutcome p : r.policies()) {
            String share = percent(p.exempt(), r.employees());
            out.add(Text.legacy(
                    p.name().en() + (p.threshold().isEmpty() ? "" : " (threshold " + pretty(p.threshold()) + ")") + ": " + p.exempt() + " of " + r.employees()
                            + " employees (" + share + ") would be exempt" + (p.indeterminate() > 0 ? ", " + p.indeterminate() + " cannot be decided from the data" : "")
                            + "; " + p.violationsLawful() + " of the " + b.violations() + " current violations would become lawful; " + won(p.premiumNoLongerOwed())
                            + " of premium pay would no longer be owed; " + p.above52Covered() + " of the " + b.peopleAbove52()
                            + " people working above 52 h would lose the cap; " + p.interviews() + " doctor interviews would be owed; " + p.peopleBeyondHealth()
                            + " exempt people work beyond what the health measures allow.",
                    p.name().ko() + (p.threshold().isEmpty() ? "" : " (기준액 " + pretty(p.threshold()) + ")") + ": 직원 " + r.employees() + "명 중 " + p.exempt() + "명(" + share
                            + ")이 적용제외 대상" + (p.indeterminate() > 0 ? ", " + p.indeterminate() + "명은 자료로 판단 불가" : "") + "; 현재 위반 " + b.violations() + "건 중 "
                            + p.violationsLawful() + "건이 적법해짐; 가산수당 " + won(p.premiumNoLongerOwed()) + " 미지급 가능; 주 52시간 초과 근무자 " + b.peopleAbove52() + "명 중 "
                            + p.above52Covered() + "명이 상한에서 벗어남; 의사 면담 " + p.interviews() + "건 필요; 건강보호조치 기준을 넘겨 일하는 적용제외자 "
                            + p.peopleBeyondHealth() + "명."));
        }
        return out;
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code KRW 1,500,000}. */
    static String won(Money m) {
        return m.getCurrencyUnit().getCode() + " " + grouped(m.getAmount());
    }

    /** {@code KRW 100000000} as {@code KRW 100,000,000}; any other text as it is. */
    static String pretty(String money) {
        int space = money.indexOf(' ');
        if (space != 3) {
            return money;
        }
        try {
            return money.substring(0, 4) + grouped(new BigDecimal(money.substring(4)));
        } catch (NumberFormatException e) {
            return money;
        }
    }

    static String grouped(BigDecimal amount) {
        int scale = Math.max(amount.stripTrailingZeros().scale(), 0);
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount);
    }
}
