package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Earning;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;
import org.worktime.us.EarningKinds;
import org.worktime.us.Usd;

/**
 * 29 CFR 778.209: a non-discretionary bonus earned over several workweeks is apportioned back to them when it is known,
 * and each week with overtime is owed the extra half-time on its share: 0.5 x (share / hours of the week) x overtime
 * hours. The share is equal per day of the period, or, when the earning asks ({@code allocate=hour}), equal per hour
 * worked in it (778.209(b); {@link BonusAllocation}). In a California week paid under the Labor Code, each overtime band
 * takes its own premium ({@code multiplier - 1}); a flat-sum bonus there is apportioned over the non-overtime hours and
 * owed the whole multiplier (Alvarado). The line is owed for the week but due when the bonus is paid (778.209(a)).
 */
@LegalRule(
        id = "US-FLSA-778-209",
        law = "29 CFR",
        article = "778.209",
        effectiveFrom = "1968-01-01",
        version = "29 CFR 778.209 (text as archived 2008); DOL opinion FLSA2020-1",
        source = "https://webarchive.library.unt.edu/eot2008/20081104012735/http:/www.dol.gov/dol/allcfr/ESA/Title_29/Part_778/29CFR778.209.htm")
public final class MultiWeekBonusRule implements PayRule {

    public static final String KIND = "BONUS_OVERTIME";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        for (WeekPay.Result r : WeekPay.of(context)) {
            if (r.winner() == WeekPay.Winner.NONE) {
                continue;
            }
            boolean california = r.winner() == WeekPay.Winner.CALIFORNIA;
            LocalDateRange week = r.week().dates();
            BigDecimal share = BigDecimal.ZERO;
            BigDecimal flatShare = BigDecimal.ZERO;
            LocalDate paidOn = null;
            for (Earning e : context.earnings()) {
                if (week.encloses(e.earnedOver()) || !week.overlaps(e.earnedOver()) || !EarningKinds.inRegularRate(e)
                        || !e.amount().getCurrencyUnit().equals(r.currency())) {
                    continue;
                }
                // Alvarado: in a California week a flat sum's rate is over the non-overtime hours, so it is apportioned over them.
                boolean flat = california && EarningKinds.isFlatSum(e);
                BigDecimal part = BonusAllocation.share(context, e, r, flat);
                if (flat) {
                    flatShare = flatShare.add(part);
                } else {
                    share = share.add(part);
                }
                if (e.paidOn() != null && (paidOn == null || e.paidOn().isAfter(paidOn))) {
                    paidOn = e.paidOn();
                }
            }
            HourBands bands = california ? r.californiaBands() : r.federalBands();
            if (share.signum() != 0) {
                emit(context, lines, r, bands, share, r.seconds(), false, paidOn);
            }
            long regular = california ? bands.total(Band.REGULAR) : 0;
            if (flatShare.signum() != 0 && regular > 0) {
                emit(context, lines, r, bands, flatShare, regular, true, paidOn);
            }
        }
    }

    /**
     * The lines for one week's share: per hour over {@code divisor} seconds; each overtime band owed the premium only
     * ({@code multiplier - 1}: the share already paid the straight time of every hour), or, for California's flat sum,
     * the whole multiplier (the flat sum paid only the non-overtime hours, Alvarado).
     */
    private void emit(EmployeeContext context, Consumer<PayLine> lines, WeekPay.Result r, HourBands bands, BigDecimal share, long divisor,
            boolean flat, LocalDate paidOn) {
        LocalDateRange week = r.week().dates();
        boolean california = r.winner() == WeekPay.Winner.CALIFORNIA;
        BigDecimal perHour = UsPay.perHour(share, divisor);
        Text why = Text.of(flat ? "us.pay.note.flat-bonus-share" : "us.pay.note.bonus-share", "share", Usd.money(share),
                "hours", UsPay.duration(divisor), "rate", Usd.rate(perHour),
                "due", paidOn == null ? Text.empty() : Text.of("us.pay.note.bonus-due", "date", paidOn));
        for (Band band : bands.bands()) {
            if (band == Band.REGULAR || bands.total(band) == 0) {
                continue;
            }
            BigDecimal multiplier = PremiumLines.multiplier(context, band, week.getStart());
            BigDecimal premium = flat ? multiplier : multiplier.subtract(BigDecimal.ONE);
            PayLine draft = UsPay.line(context, info(), week, california ? band.kind + "_BONUS" : KIND,
                    bands.total(band), premium, UsPay.rate(context, r.currency(), perHour, week.getStart()), why);
            lines.accept(PremiumLines.withNote(draft, UsPenalties.ifUnpaid(context, draft.amount(), week.getStart())));
        }
    }
}
