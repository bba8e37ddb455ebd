package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 51-2(3)-(4): under a flexible unit over three months, the daily hours of each week are notified to the worker
 * two weeks before the week starts; they may be changed later only for unforeseen events, after consulting the worker
 * representative, with notice before the changed day. Each shift records its notice date ({@code notified_on}): a
 * shift notified later than two weeks before its week is a <b>warning</b> (a change, lawful only on those
 * conditions), one notified on or after its own day a stronger warning; when the records carry no notice dates, one
 * <b>indeterminate</b> finding says so.
 */
@LegalRule(
        id = "KR-LSA-51-2-3",
        law = "Labor Standards Act",
        article = "Art. 51-2(3)-(4)",
        effectiveFrom = "2021-04-06",
        version = "Act No. 17862 (2021-01-05)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class FlexibleNoticeRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!RuleSupport.hasAny(context, FlexibleArrangement.SIX_MONTH)) {
            return;
        }
        boolean unknownReported = false;
        for (Shift shift : context.timeline().shifts()) {
            LocalDate day = shift.start().atZone(context.workplace().zone()).toLocalDate();
            if (!context.period().contains(day) || !info().isEffectiveOn(day)) {
                continue;
            }
            Optional<FlexibleArrangement> arrangement = FlexibleArrangement.validOn(context, day)
                    .filter(a -> a.kind().equals(FlexibleArrangement.SIX_MONTH));
            if (arrangement.isEmpty()) {
                continue;
            }
            if (shift.notifiedOn() == null) {
                if (!unknownReported) {
                    unknownReported = true;
                    findings.accept(RuleSupport.indeterminate(context, info(), RuleSupport.day(day), Text.of("kr.flexible-notice.no-dates")));
                }
                continue;
            }
            LocalDate weekStart = context.weekStartOf(day);
            Parameter notice = context.parameter("kr.lsa51-2-6m.notice", day);
            LocalDate due = weekStart.minusDays(notice.seconds() / 86_400);
            if (!shift.notifiedOn().isAfter(due)) {
                continue;
            }
            long lateDays = shift.notifiedOn().toEpochDay() - due.toEpochDay();
            boolean sameDay = !shift.notifiedOn().isBefore(day);
            findings.accept(RuleSupport.warning(context, info(), RuleSupport.day(day), Measure.count(lateDays, "days late"),
                    Measure.count(0, "days late"), RuleSupport.citation(info(), notice), sameDay
                            ? Text.of("kr.flexible-notice.not-before-the-day", "day", day, "notified", shift.notifiedOn())
                            : Text.of("kr.flexible-notice.late",
                                    "day", day, "notified", shift.notifiedOn(), "late", lateDays, "due", due)));
        }
    }
}
