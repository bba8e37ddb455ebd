package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 36(6)(i): in underground work and the other work the Enforcement Ordinance (Art. 18) names as especially harmful
 * to health (great heat or cold, harmful radiation, dust, abnormal air pressure, vibration, heavy loads, boilers, lead,
 * mercury and the like), the hours an Art. 36 agreement extends a day by are at most 2. The employee attribute
 * {@value #HARMFUL} ({@code true}) says the employee does such work; the extension is the day's hours beyond its
 * statutory limit (8 h, or the arrangement's day). A day no agreement covers is JP-LSA-32-2's: all its extension is
 * unlawful there.
 */
@LegalRule(
        id = "JP-LSA-36-6-1",
        law = "Labor Standards Act (Japan)",
        article = "Art. 36(6)(i); Enforcement Ordinance Art. 18",
        effectiveFrom = "1947-09-01",
        version = "Act No. 49 of 1947 (Art. 36(1) proviso); Act No. 71 of 2018 (Art. 36(6)(i))",
        source = "https://www.japaneselawtranslation.go.jp/ja/laws/view/2236/en")
public final class HarmfulWorkOvertimeRule implements LimitRule {

    /** Employee attribute: {@code true} when the employee does underground or other harmful work (Ordinance Art. 18). */
    public static final String HARMFUL = "jp.harmful-work";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        String stated = context.employee().attributes().get(HARMFUL);
        if (stated == null || stated.trim().equalsIgnoreCase("false")) {
            return;
        }
        if (!stated.trim().equalsIgnoreCase("true")) {
            findings.accept(RuleSupport.indeterminate(context, info(), context.period(), Text.of(
                    "jp.harmful-work.not-boolean", "attribute", HARMFUL, "value", stated)));
            return;
        }
        StatutoryHours hours = JpFacts.of(context).hours();
        for (LocalDate date : context.dates()) {
            long beyond = hours.beyondDayOn(date);
            if (beyond == 0 || Art36Agreement.inForce(context, date).isEmpty()) {
                continue;
            }
            Parameter cap = context.parameter("jp.lsa36.harmful-day-cap", date);
            if (beyond <= cap.seconds()) {
                continue;
            }
            findings.accept(RuleSupport.violation(context, info(), RuleSupport.day(date), Measure.seconds(beyond), Measure.seconds(cap.seconds()),
                    RuleSupport.citation(info(), cap), Penalties.art119(context, date), Text.of(
                            "jp.harmful-work.violation", "beyond", Duration.ofSeconds(beyond), "date", date, "attribute", HARMFUL,
                            "cap", Duration.ofSeconds(cap.seconds()))));
        }
    }
}
