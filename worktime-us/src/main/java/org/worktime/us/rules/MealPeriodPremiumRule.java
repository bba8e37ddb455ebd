package org.worktime.us.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * California Labor Code 512 and 226.7: no work period of more than 5 hours without a duty-free meal period of at least
 * 30 minutes, begun before the end of the fifth hour of work (waivable by mutual consent when the workday is no longer
 * than 6 hours: {@code us.ca.meal_waiver}); a second one before the end of the tenth hour when the day exceeds 10 hours
 * (waivable up to 12 hours if the first was not waived: {@code us.ca.second_meal_waiver}). A meal period is any recorded
 * break, or gap between shifts, of at least 30 minutes. A workday missing one is owed one additional hour of pay at the
 * regular rate (Ferra v. Loews, 2021), at most one per workday. Punches are read as recorded, never rounded.
 */
@LegalRule(
        id = "US-CA-LC-226-7-MEAL",
        law = "California Labor Code",
        article = "512(a); 226.7",
        effectiveFrom = "2001-01-01",
        version = "Labor Code 512 (AB 60, 1999), 226.7 (2000); Ferra v. Loews (Cal. 2021)",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=226.7")
public final class MealPeriodPremiumRule implements PayRule {

    public static final String KIND = "CA_MEAL_PREMIUM";
    public static final String WAIVER = "us.ca.meal_waiver";
    public static final String SECOND_WAIVER = "us.ca.second_meal_waiver";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!org.worktime.us.UsAttributes.isCalifornia(context.workplace())) {
            return;
        }
        List<Piece> exact = PunchRounding.exactPieces(context);
        long longest = Piece.longest(exact);
        long[] unplaced = unplacedBreakSpans(context);
        for (WeekPay.Result r : WeekPay.of(context)) {
            if (r.californiaRate() == null) {
                continue; // exempt in California, or not a California week
            }
            long[] bounds = r.week().dayBounds();
            for (int d = 0; d < 7; d++) {
                LocalDate date = r.week().startDate().plusDays(d);
                if (unplacedBreak(unplaced, bounds[d], bounds[d + 1])) {
                    continue; // break minutes without their times: whether a meal period began in time is not known
                }
                List<Piece> day = Piece.within(exact, longest, bounds[d], bounds[d + 1]);
                Text missed = missed(context, day, date);
                if (missed != null) {
                    long premium = context.parameter("us.ca.lc226-7.premium", date).seconds();
                    PayLine draft = UsPay.line(context, info(), LocalDateRange.ofClosed(date, date), KIND, premium, BigDecimal.ONE,
                            UsPay.rate(context, r.currency(), r.californiaRate(), date),
                            Text.of("us.pay.note.meal-premium", "why", missed));
                    lines.accept(draft);
                }
            }
        }
    }

    /**
     * The spans {@code [start, end)} (epoch seconds, in pairs) of the shifts with break minutes without their times:
     * taken once per employee, so that each workday looks at those few shifts (usually none) instead of every shift.
     */
    private static long[] unplacedBreakSpans(EmployeeContext context) {
        long[] spans = new long[0];
        int n = 0;
        for (org.worktime.core.domain.Shift shift : context.timeline().shifts()) {
            if (shift.hasUnplacedBreak()) {
                if (n == spans.length) {
                    spans = java.util.Arrays.copyOf(spans, Math.max(8, n * 2));
                }
                spans[n++] = shift.start().getEpochSecond();
                spans[n++] = shift.end().getEpochSecond();
            }
        }
        return java.util.Arrays.copyOf(spans, n);
    }

    /** Whether a shift of the workday {@code [from, until)} has break minutes without their times. */
    private static boolean unplacedBreak(long[] spans, long from, long until) {
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] < until && spans[i + 1] > from) {
                return true;
            }
        }
        return false;
    }

    /** Why the workday lacks a meal period it was owed, or null. */
    private static Text missed(EmployeeContext context, List<Piece> day, LocalDate date) {
        long total = 0;
        for (Piece p : day) {
            total += p.seconds();
        }
        long firstAfter = context.parameter("us.ca.lc512.first-meal-after", date).seconds();
        if (total <= firstAfter) {
            return null;
        }
        long length = context.parameter("us.ca.lc512.meal-length", date).seconds();
        // The meal periods taken: gaps of at least 30 minutes, with the work done before each.
        List<Long> workedBefore = new ArrayList<>();
        long worked = 0;
        for (int i = 0; i < day.size(); i++) {
            worked += day.get(i).seconds();
            if (i + 1 < day.size() && day.get(i + 1).start() - day.get(i).end() >= length) {
                workedBefore.add(worked);
            }
        }
        boolean firstTaken = !workedBefore.isEmpty() && workedBefore.get(0) <= firstAfter;
        boolean firstWaived = !firstTaken && total <= context.parameter("us.ca.lc512.first-meal-waivable-up-to", date).seconds()
                && context.attestation(WAIVER, date).map(a -> a.holds()).orElse(false);
        if (!firstTaken && !firstWaived) {
            return Text.of("us.pay.note.meal-missed-first", "length", UsPay.duration(length), "after", UsPay.duration(firstAfter),
                    "worked", UsPay.duration(total), "date", date);
        }
        long secondAfter = context.parameter("us.ca.lc512.second-meal-after", date).seconds();
        if (total <= secondAfter) {
            return null;
        }
        boolean secondTaken = workedBefore.size() >= (firstTaken ? 2 : 1) && workedBefore.get(firstTaken ? 1 : 0) <= secondAfter;
        boolean secondWaived = !secondTaken && !firstWaived
                && total <= context.parameter("us.ca.lc512.second-meal-waivable-up-to", date).seconds()
                && context.attestation(SECOND_WAIVER, date).map(a -> a.holds()).orElse(false);
        if (!secondTaken && !secondWaived) {
            return Text.of("us.pay.note.meal-missed-second", "after", UsPay.duration(secondAfter), "worked", UsPay.duration(total),
                    "date", date);
        }
        return null;
    }
}
