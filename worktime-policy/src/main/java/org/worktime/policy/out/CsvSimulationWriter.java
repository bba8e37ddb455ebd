package org.worktime.policy.out;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.Group;
import org.worktime.policy.sim.SimulationResult.Person;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;
import org.worktime.policy.sim.SimulationResult.SweepPoint;

/**
 * A simulation as one tidy CSV table, {@code policy,table,row,column,value}: one value a line, so that every part
 * (summary, job families, salary bands, weekly hours, sweep, people) loads into one spreadsheet or data frame.
 * Money in won as plain integers; hours as minutes. The current law is policy {@code CURRENT-LAW}.
 */
public final class CsvSimulationWriter {

    private CsvSimulationWriter() {
    }

    public static void write(SimulationResult r, Writer out) throws IOException {
        out.write("policy,table,row,column,value\n");
        String law = "CURRENT-LAW";
        row(out, law, "summary", "", "employees", r.employees());
        row(out, law, "summary", "", "violations", r.baseline().violations());
        row(out, law, "summary", "", "people_in_violation", r.baseline().peopleInViolation());
        row(out, law, "summary", "", "premium_owed_krw", r.baseline().premiumOwed().getAmount().toPlainString());
        row(out, law, "summary", "", "person_weeks", r.baseline().personWeeks());
        row(out, law, "summary", "", "people_above_52h", r.baseline().peopleAbove52());
        buckets(out, law, r.weekBuckets(), r.baseline().weeksByBucket());
        for (PolicyOutcome p : r.policies()) {
            String id = p.id();
            row(out, id, "summary", "", "threshold", p.threshold());
            row(out, id, "summary", "", "exempt", p.exempt());
            row(out, id, "summary", "", "not_exempt", p.notExempt());
            row(out, id, "summary", "", "indeterminate", p.indeterminate());
            row(out, id, "summary", "", "violations_lawful", p.violationsLawful());
            row(out, id, "summary", "", "people_no_longer_in_violation", p.peopleNoLongerInViolation());
            row(out, id, "summary", "", "premium_no_longer_owed_krw", p.premiumNoLongerOwed().getAmount().toPlainString());
            row(out, id, "summary", "", "doctor_interviews", p.interviews());
            row(out, id, "summary", "", "people_with_doctor_interviews", p.peopleWithInterviews());
            row(out, id, "summary", "", "people_beyond_health_measures", p.peopleBeyondHealth());
            row(out, id, "summary", "", "above_52h_covered", p.above52Covered());
            for (var e : p.premiumByKind().entrySet()) {
                row(out, id, "premium_by_kind", e.getKey(), "krw", e.getValue().getAmount().toPlainString());
            }
            for (var e : p.healthBreaches().entrySet()) {
                row(out, id, "health_breaches", e.getKey(), "count", e.getValue());
            }
            groups(out, id, "job_family", p.byJobFamily());
            groups(out, id, "salary_band", p.bySalaryBand());
            for (int i = 0; i < r.weekBuckets().size(); i++) {
                row(out, id, "exempt_weekly_hours", r.weekBuckets().get(i), "person_weeks", p.exemptWeeksByBucket().get(i));
            }
            for (SweepPoint s : p.sweep()) {
                String t = s.threshold().getAmount().toPlainString();
                row(out, id, "sweep", t, "exempt", s.exempt());
                row(out, id, "sweep", t, "exempt_share", s.exemptShare());
                row(out, id, "sweep", t, "premium_no_longer_owed_krw", s.premiumNoLongerOwed().getAmount().toPlainString());
                row(out, id, "sweep", t, "above_52h_covered", s.above52Covered());
                row(out, id, "sweep", t, "violations_lawful", s.violationsLawful());
            }
            for (Person x : p.people()) {
                row(out, id, "person", x.id(), "job_family", x.jobFamily());
                row(out, id, "person", x.id(), "salary_band", x.salaryBand());
                row(out, id, "person", x.id(), "annual_pay", x.annualPay());
                row(out, id, "person", x.id(), "verdict", x.verdict().name());
                row(out, id, "person", x.id(), "lifted_violations", x.liftedViolations());
                row(out, id, "person", x.id(), "lifted_premium_krw", x.liftedPremium().getAmount().toPlainString());
                row(out, id, "person", x.id(), "max_week_minutes", x.maxWeekMinutes());
                row(out, id, "person", x.id(), "doctor_interviews", x.interviews());
                row(out, id, "person", x.id(), "health_breaches", String.join(";", x.healthBreaches()));
            }
        }
        out.flush();
    }

    private static void buckets(Writer out, String policy, List<String> labels, List<Long> counts) throws IOException {
        for (int i = 0; i < labels.size(); i++) {
            row(out, policy, "weekly_hours", labels.get(i), "person_weeks", counts.get(i));
        }
    }

    private static void groups(Writer out, String policy, String table, List<Group> groups) throws IOException {
        for (Group g : groups) {
            row(out, policy, table, g.name(), "employees", g.employees());
            row(out, policy, table, g.name(), "exempt", g.exempt());
            row(out, policy, table, g.name(), "indeterminate", g.indeterminate());
        }
    }

    private static void row(Writer out, String policy, String table, String row, String column, Object value) throws IOException {
        out.write(field(policy) + "," + table + "," + field(row) + "," + column + "," + field(String.valueOf(value)) + "\n");
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break. */
    static String field(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
