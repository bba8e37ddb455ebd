package org.worktime.policy.out;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.io.write.XlsxWorkbook;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.Group;
import org.worktime.policy.sim.SimulationResult.Person;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;
import org.worktime.policy.sim.SimulationResult.SweepPoint;

/**
 * A simulation as a workbook for a spreadsheet: the same tables as the CSV, one sheet each (summary, groups, weekly
 * hours, sweep, people), typed cells (counts as numbers, money with its currency's format, the longest week as
 * [h]:mm), headers in the report's language. The current law is the first row of the summary.
 */
public final class XlsxSimulationWriter {

    private XlsxSimulationWriter() {
    }

    public static void write(SimulationResult r, Language language, OutputStream out) throws IOException {
        try (XlsxWorkbook book = XlsxWorkbook.create(language)) {
            XlsxWorkbook.Sheet summary = book.sheet(h("sheet.summary", language), h("policy", language), h("name", language),
                    h("threshold", language), h("exempt", language), h("not-exempt", language), h("indeterminate", language),
                    h("violations", language), h("violations-lawful", language), h("people-no-longer-in-violation", language),
                    h("premium-owed", language), h("premium-no-longer-owed", language), h("doctor-interviews", language),
                    h("people-beyond-health-measures", language), h("above-52h-covered", language));
            summary.row("CURRENT-LAW", Text.of("policy.xlsx.current-law"), null, null, (long) r.employees(), null,
                    r.baseline().violations(), null, null, r.baseline().premiumOwed());
            for (PolicyOutcome p : r.policies()) {
                summary.row(p.id(), p.name(), p.statedThreshold() != null ? p.statedThreshold() : p.threshold(), p.exempt(),
                        p.notExempt(), p.indeterminate(), null, p.violationsLawful(), p.peopleNoLongerInViolation(), null,
                        p.premiumNoLongerOwed(), p.interviews(), p.peopleBeyondHealth(), p.above52Covered());
            }
            XlsxWorkbook.Sheet groups = book.sheet(h("sheet.groups", language), h("policy", language), h("grouping", language),
                    h("group", language), h("employees", language), h("exempt", language), h("indeterminate", language));
            for (PolicyOutcome p : r.policies()) {
                for (Group g : p.byJobFamily()) {
                    groups.row(p.id(), Text.of("policy.xlsx.job-family"), g.label(), g.employees(), g.exempt(), g.indeterminate());
                }
                for (Group g : p.bySalaryBand()) {
                    groups.row(p.id(), Text.of("policy.xlsx.salary-band"), g.label(), g.employees(), g.exempt(), g.indeterminate());
                }
            }
            XlsxWorkbook.Sheet weeks = book.sheet(h("sheet.weekly-hours", language), h("policy", language),
                    h("weekly-hours", language), h("person-weeks", language));
            for (int i = 0; i < r.weekBuckets().size(); i++) {
                weeks.row("CURRENT-LAW", r.weekBucketLabels().get(i), r.baseline().weeksByBucket().get(i));
            }
            for (PolicyOutcome p : r.policies()) {
                for (int i = 0; i < r.weekBuckets().size(); i++) {
                    weeks.row(p.id(), r.weekBucketLabels().get(i), p.exemptWeeksByBucket().get(i));
                }
            }
            XlsxWorkbook.Sheet sweep = book.sheet(h("sheet.sweep", language), h("policy", language), h("threshold", language),
                    h("exempt", language), h("exempt-share", language), h("premium-no-longer-owed", language),
                    h("above-52h-covered", language), h("violations-lawful", language));
            for (PolicyOutcome p : r.policies()) {
                for (SweepPoint s : p.sweep()) {
                    sweep.row(p.id(), s.threshold(), s.exempt(), BigDecimal.valueOf(s.exemptShare()), s.premiumNoLongerOwed(),
                            s.above52Covered(), s.violationsLawful());
                }
            }
            XlsxWorkbook.Sheet people = book.sheet(h("sheet.people", language), h("policy", language), h("employee", language),
                    h("job-family", language), h("salary-band", language), h("annual-pay", language), h("verdict", language),
                    h("reason", language), h("violations-lawful", language), h("premium-no-longer-owed", language),
                    h("longest-week", language), h("doctor-interviews", language), h("health-breaches", language));
            for (PolicyOutcome p : r.policies()) {
                for (Person x : p.people()) {
                    people.row(p.id(), x.id(), x.jobFamily(), x.salaryBand(), x.annualPay(), x.verdict().name(), x.reason(),
                            x.liftedViolations(), x.liftedPremium(), Duration.ofMinutes(x.maxWeekMinutes()), x.interviews(),
                            String.join("; ", x.healthBreaches()));
                }
            }
            book.write(out);
        }
    }

    private static String h(String key, Language language) {
        return Text.of("policy.xlsx." + key).in(language);
    }
}
