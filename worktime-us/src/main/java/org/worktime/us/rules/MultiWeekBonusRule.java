package org.worktime.us.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * hours. The share is equal per day of the period the bonus was earned over (778.209(b) allows equal amounts when the
 * bonus cannot be traced to particular weeks); a week gets the days of the period that fall in it. In a California week
 * paid under the Labor Code, each overtime band takes its own premium ({@code multiplier - 1}). The line is owed for the
 * week but due when the bonus is paid (778.209(a)).
 */
@LegalRule(
        id = "US-FLSA-778-209",
        title = "Overtime on a bonus earned over several weeks",
        titleKo = "여러 주에 걸친 상여의 초과근무 재계산",
        law = "29 CFR",
        article = "778.209",
        effectiveFrom = "1968-01-01",
        version = "29 CFR 778.209 (text as archived 2008); DOL opinion FLSA2020-1",
        source = "https://webarchive.library.unt.edu/eot2008/20081104012735/http:/www.dol.gov/dol/allcfr/ESA/Title_29/Part_778/29CFR778.209.htm",
        summary = "A bonus covering several weeks is apportioned to them, and each overtime week is owed half-time on its share per hour.")
public final class MultiWeekBonusRule implements PayRule {

    public static final String KIND = "BONUS_OVERTIME";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        for (WeekPay.Result r : WeekPay.of(context)) {
            if (r.winner() == WeekPay.Winner.NONE) {
                continue;
            }
            LocalDateRange week = r.week().dates();
            BigDecimal share = BigDecimal.ZERO;
            LocalDate paidOn = null;
            for (Earning e : context.earnings()) {
                if (week.encloses(e.earnedOver()) || !week.overlaps(e.earnedOver()) || !EarningKinds.inRegularRate(e)
                        || !e.amount().getCurrencyUnit().equals(r.currency())) {
                    continue;
                }
                long days = e.earnedOver().lengthInDays();
                LocalDateRange inside = week.intersection(e.earnedOver());
                share = share.add(e.amount().getAmount().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(inside.getStart(), inside.getEnd())))
                        .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128));
                if (e.paidOn() != null && (paidOn == null || e.paidOn().isAfter(paidOn))) {
                    paidOn = e.paidOn();
                }
            }
            if (share.signum() == 0) {
                continue;
            }
            BigDecimal perHour = UsPay.perHour(share, r.seconds());
            HourBands bands = r.winner() == WeekPay.Winner.CALIFORNIA ? r.californiaBands() : r.federalBands();
            Text why = Text.of("Bonus share for the week " + Usd.text(share) + " / " + UsPay.hours(r.seconds()) + " = " + UsPay.rateText(perHour)
                    + " an hour" + (paidOn == null ? "" : "; due with the bonus, paid on " + paidOn) + ".",
                    "해당 주 상여 배분액 " + Usd.text(share) + " / " + UsPay.hours(r.seconds()) + (paidOn == null ? "" : "; 상여 지급일 " + paidOn + "에 지급") + ".");
            for (Band band : bands.bands()) {
                if (band == Band.REGULAR || bands.total(band) == 0) {
                    continue;
                }
                BigDecimal premium = PremiumLines.multiplier(context, band, week.getStart()).subtract(BigDecimal.ONE);
                PayLine draft = UsPay.line(context, info(), week, r.winner() == WeekPay.Winner.CALIFORNIA ? band.kind + "_BONUS" : KIND,
                        bands.total(band), premium, UsPay.rate(context, r.currency(), perHour, week.getStart()), why);
                lines.accept(PremiumLines.withNote(draft, UsPenalties.ifUnpaid(context, draft.amount(), week.getStart())));
            }
        }
    }
}
