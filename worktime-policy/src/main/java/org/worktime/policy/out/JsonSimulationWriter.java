package org.worktime.policy.out;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.Group;
import org.worktime.policy.sim.SimulationResult.Person;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;
import org.worktime.policy.sim.SimulationResult.SweepPoint;

/** A simulation as one JSON document; money as {@code {"amount": "1500000", "currency": "KRW"}}, hours as minutes. */
public final class JsonSimulationWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSimulationWriter() {
    }

    public static void write(SimulationResult r, Writer out) throws IOException {
        MAPPER.writeValue(new NonClosing(out), tree(r));
    }

    static Map<String, Object> tree(SimulationResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("workplace", r.workplace());
        root.put("from", r.period().getStart().toString());
        root.put("to", r.period().getEndInclusive().toString());
        root.put("decidedOn", r.decidedOn().toString());
        root.put("employees", r.employees());
        List<Object> rates = new ArrayList<>();
        for (org.worktime.core.exempt.ExchangeRate x : r.rates()) {
            Map<String, Object> rate = new LinkedHashMap<>();
            rate.put("from", x.from().getCode());
            rate.put("to", x.to().getCode());
            rate.put("rate", x.rate().toPlainString());
            rate.put("on", x.on().toString());
            rate.put("source", x.source());
            rates.add(rate);
        }
        root.put("rates", rates);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("violations", r.baseline().violations());
        base.put("peopleInViolation", r.baseline().peopleInViolation());
        base.put("premiumOwed", money(r.baseline().premiumOwed()));
        base.put("personWeeks", r.baseline().personWeeks());
        base.put("peopleAbove52h", r.baseline().peopleAbove52());
        base.put("weeklyHours", buckets(r.weekBuckets(), r.baseline().weeksByBucket()));
        root.put("currentLaw", base);
        List<Object> policies = new ArrayList<>();
        for (PolicyOutcome p : r.policies()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("name", text(p.name()));
            if (!p.description().isEmpty()) {
                m.put("description", text(p.description()));
            }
            m.put("currency", p.currency());
            m.put("threshold", p.threshold());
            m.put("lifts", p.lifts());
            m.put("exempt", p.exempt());
            m.put("notExempt", p.notExempt());
            m.put("indeterminate", p.indeterminate());
            m.put("byJobFamily", groups(p.byJobFamily()));
            m.put("bySalaryBand", groups(p.bySalaryBand()));
            m.put("violationsLawful", p.violationsLawful());
            m.put("peopleNoLongerInViolation", p.peopleNoLongerInViolation());
            m.put("premiumNoLongerOwed", money(p.premiumNoLongerOwed()));
            Map<String, Object> kinds = new LinkedHashMap<>();
            p.premiumByKind().forEach((k, v) -> kinds.put(k, money(v)));
            m.put("premiumNoLongerOwedByKind", kinds);
            m.put("doctorInterviews", p.interviews());
            m.put("peopleWithDoctorInterviews", p.peopleWithInterviews());
            m.put("healthBreaches", p.healthBreaches());
            m.put("peopleBeyondHealthMeasures", p.peopleBeyondHealth());
            m.put("above52hCovered", p.above52Covered());
            m.put("exemptWeeklyHours", buckets(r.weekBuckets(), p.exemptWeeksByBucket()));
            List<Object> sweep = new ArrayList<>();
            for (SweepPoint s : p.sweep()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("threshold", money(s.threshold()));
                sm.put("exempt", s.exempt());
                sm.put("exemptShare", s.exemptShare());
                sm.put("premiumNoLongerOwed", money(s.premiumNoLongerOwed()));
                sm.put("above52hCovered", s.above52Covered());
                sm.put("violationsLawful", s.violationsLawful());
                sweep.add(sm);
            }
            m.put("sweep", sweep);
            List<Object> people = new ArrayList<>();
            for (Person x : p.people()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("id", x.id());
                pm.put("name", x.name());
                pm.put("jobFamily", x.jobFamily());
                pm.put("salaryBand", x.salaryBand());
                pm.put("annualPay", x.annualPay());
                pm.put("verdict", x.verdict().name());
                pm.put("reason", text(x.reason()));
                pm.put("liftedViolations", x.liftedViolations());
                pm.put("liftedPremium", money(x.liftedPremium()));
                pm.put("maxWeekMinutes", x.maxWeekMinutes());
                pm.put("weeksAbove52h", x.weeksAbove52());
                pm.put("doctorInterviews", x.interviews());
                pm.put("healthBreaches", x.healthBreaches());
                people.add(pm);
            }
            m.put("people", people);
            policies.add(m);
        }
        root.put("policies", policies);
        List<Object> summary = new ArrayList<>();
        Summary.of(r).forEach(t -> summary.add(text(t)));
        root.put("summary", summary);
        return root;
    }

    private static Map<String, Object> money(Money m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("amount", m.getAmount().toPlainString());
        x.put("currency", m.getCurrencyUnit().getCode());
        return x;
    }

    private static Map<String, Object> text(Text t) {
        Map<String, Object> x = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            x.put(l.code(), t.in(l));
        }
        return x;
    }

    private static List<Object> groups(List<Group> groups) {
        List<Object> list = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", g.name());
            x.put("employees", g.employees());
            x.put("exempt", g.exempt());
            x.put("indeterminate", g.indeterminate());
            list.add(x);
        }
        return list;
    }

    private static Map<String, Object> buckets(List<String> labels, List<Long> counts) {
        Map<String, Object> x = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            x.put(labels.get(i), counts.get(i));
        }
        return x;
    }

    /** Jackson closes what it writes to; standard output must stay open. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
