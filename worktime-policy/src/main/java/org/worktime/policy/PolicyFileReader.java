package org.worktime.policy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.Fields;
import org.worktime.io.read.InputException;
import org.worktime.io.read.Problems;
import org.worktime.io.read.ValueException;
import org.worktime.io.read.Values;
import org.worktime.io.read.YamlTree;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.MapNode;
import org.worktime.io.read.YamlTree.Node;
import org.worktime.io.read.YamlTree.Scalar;

/**
 * Reads a policy file (YAML or JSON, docs/POLICY.md) strictly, with worktime-io's tree and field helpers: every problem
 * names the file, the line and the dotted field ({@code salary.threshold.amount}), unknown keys are refused with a
 * suggestion, and nothing half-read is returned.
 */
public final class PolicyFileReader {

    private static final List<String> TOP = List.of("id", "name", "description", "effective", "citation", "currency", "lifts", "salary", "coverage",
            "requires", "health", "rates");

    private PolicyFileReader() {
    }

    /**
     * Reads one policy file.
     *
     * @param knownRuleIds the rule ids of the pack the policy modifies; an entry of {@code lifts} must name one of
     *                     them or be a prefix of one (followed by '-'); empty to skip that check
     */
    public static Policy read(Path file, Collection<String> knownRuleIds) throws InputException {
        Problems problems = new Problems();
        Node root = YamlTree.read(file, problems);
        if (root == null) {
            problems.throwIfAny();
        }
        Policy policy = policy(file, problems, root, knownRuleIds);
        problems.throwIfAny();
        return policy;
    }

    private static Policy policy(Path file, Problems problems, Node root, Collection<String> known) {
        Fields f = Fields.of(file, problems, root, "", TOP);
        if (f == null) {
            return null;
        }
        String id = f.requiredText("id");
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            f.problem(f.line("id"), "id", say("policy.file.bad-id", "id", id));
        }
        Text name = text(file, problems, f, "name", true);
        Text description = f.has("description") ? text(file, problems, f, "description", false) : Text.empty();
        LocalDate from = null;
        LocalDate to = null;
        Node effective = f.node("effective");
        if (effective == null) {
            f.missing("effective");
        } else {
            Fields e = Fields.of(file, problems, effective, "effective", List.of("from", "to"));
            if (e != null) {
                from = e.value("from", true, Values::date);
                to = e.value("to", false, Values::date);
                if (from != null && to != null && to.isBefore(from)) {
                    e.problem(e.line("to"), "effective.to", say("policy.file.to-before-from", "to", to, "from", from));
                }
            }
        }
        Citation citation = null;
        Node c = f.node("citation");
        if (c == null) {
            f.missing("citation");
        } else {
            Fields cf = Fields.of(file, problems, c, "citation", List.of("law", "article", "version", "source"));
            if (cf != null) {
                String law = cf.requiredText("law");
                String article = cf.requiredText("article");
                if (law != null && article != null) {
                    citation = new Citation(law, article, cf.text("version", false), cf.text("source", false));
                }
            }
        }
        CurrencyUnit currency = f.value("currency", true, Values::currency);
        List<String> lifts = lifts(file, problems, f, known);
        List<ExchangeRate> rates = rates(file, problems, f);
        Policy.SalaryTest salary = salary(file, problems, f);
        Policy.Coverage coverage = coverage(file, problems, f);
        Policy.Requirements requires = requires(file, problems, f);
        Policy.HealthMeasures health = health(file, problems, f);
        if (f.failed() || id == null || name == null || description == null || from == null || citation == null || currency == null || lifts == null) {
            return null;
        }
        return new Policy(id, name, from, to, citation, currency.getCode(), lifts, salary, coverage, requires, health, rates, file.toString(), description);
    }

    /**
     * The user's words for a name or a description: one text (the same in every language), or a map
     * {@code {en: ..., ko: ..., ja: ...}} with {@code en} required; a language not given is shown in English.
     */
    private static Text text(Path file, Problems problems, Fields f, String key, boolean required) {
        Node n = f.node(key);
        if (n == null) {
            if (required) {
                f.missing(key);
            }
            return null;
        }
        if (n instanceof Scalar s) {
            if (s.text().isBlank()) {
                f.problem(n.line(), key, say("policy.file.missing-value"));
                return null;
            }
            return Text.verbatim(s.text().trim());
        }
        Fields t = Fields.of(file, problems, n, key, List.of("en", "ko", "ja"));
        if (t == null) {
            f.markFailed();
            return null;
        }
        String en = t.requiredText("en");
        String ko = t.text("ko", false);
        String ja = t.text("ja", false);
        if (t.failed()) {
            f.markFailed();
        }
        return en == null ? null : Text.words(en, ko, ja);
    }

    /**
     * A problem of the file, from the catalog. worktime-io's problems are sentences of the input's messages, which are
     * English today, so the message is rendered in English here.
     */
    private static Text say(String id, Object... args) {
        return Text.of(id, args);
    }

    private static List<String> lifts(Path file, Problems problems, Fields f, Collection<String> known) {
        ListNode list = f.list("lifts");
        if (list == null) {
            if (!f.has("lifts")) {
                f.missing("lifts");
            }
            return null;
        }
        if (list.items().isEmpty()) {
            f.problem(list.line(), "lifts", say("policy.file.lifts-empty"));
            return null;
        }
        List<String> lifts = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String field = "lifts[" + i + "]";
            if (!(item instanceof Scalar s) || s.isNull() || s.text().isBlank()) {
                f.problem(item.line(), field, say("policy.file.lift-not-id", "kind", String.valueOf(item.kind())));
                continue;
            }
            String id = s.text().trim();
            if (!known.isEmpty() && known.stream().noneMatch(r -> r.equals(id) || r.startsWith(id + "-"))) {
                String near = Values.closest(id, known);
                f.problem(item.line(), field, say("policy.file.lift-unknown", "id", id, "near", near == null ? "none" : near));
                continue;
            }
            lifts.add(id);
        }
        return lifts;
    }

    private static Policy.SalaryTest salary(Path file, Problems problems, Fields f) {
        Node n = f.node("salary");
        if (n == null) {
            return null;
        }
        Fields s = Fields.of(file, problems, n, "salary", List.of("threshold", "bonusesCount"));
        if (s == null) {
            f.markFailed();
            return null;
        }
        Money threshold = null;
        Node t = s.node("threshold");
        if (t == null) {
            s.missing("threshold");
        } else {
            Fields tf = Fields.of(file, problems, t, "salary.threshold", List.of("amount", "currency"));
            if (tf != null) {
                CurrencyUnit currency = tf.value("currency", true, Values::currency);
                String amount = tf.text("amount", true);
                if (currency != null && amount != null) {
                    threshold = tf.parse(amount, tf.line("amount"), "salary.threshold.amount", a -> Values.money(currency, a));
                }
            } else {
                s.markFailed();
            }
        }
        Boolean bonuses = s.value("bonusesCount", true, Values::bool);
        if (s.failed()) {
            f.markFailed();
            return null;
        }
        return threshold == null || bonuses == null ? null : new Policy.SalaryTest(threshold, bonuses);
    }

    private static Policy.Coverage coverage(Path file, Problems problems, Fields f) {
        Node n = f.node("coverage");
        if (n == null) {
            return Policy.Coverage.ANYONE;
        }
        Fields c = Fields.of(file, problems, n, "coverage", List.of("jobAttribute", "jobFamilies", "industries", "minTenureMonths"));
        if (c == null) {
            f.markFailed();
            return null;
        }
        String attribute = c.text("jobAttribute", false);
        Set<String> families = strings(c, "jobFamilies");
        Set<String> industries = strings(c, "industries");
        Integer tenure = c.value("minTenureMonths", false, Values::nonNegativeInt);
        if (c.failed()) {
            f.markFailed();
            return null;
        }
        return new Policy.Coverage(attribute, families, industries, tenure == null ? 0 : tenure);
    }

    private static Set<String> strings(Fields f, String key) {
        Set<String> values = new LinkedHashSet<>();
        ListNode list = f.list(key);
        if (list == null) {
            return values;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (item instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
                values.add(s.text().trim());
            } else {
                f.problem(item.line(), f.field(key) + "[" + i + "]", say("policy.file.expected-value", "kind", String.valueOf(item.kind())));
            }
        }
        return values;
    }

    private static Policy.Requirements requires(Path file, Problems problems, Fields f) {
        Node n = f.node("requires");
        if (n == null) {
            return Policy.Requirements.NONE;
        }
        Fields r = Fields.of(file, problems, n, "requires", List.of("consent", "agreement"));
        if (r == null) {
            f.markFailed();
            return null;
        }
        String consent = r.text("consent", false);
        String agreement = r.text("agreement", false);
        if (r.failed()) {
            f.markFailed();
        }
        return new Policy.Requirements(blankToNull(consent), blankToNull(agreement));
    }

    private static Policy.HealthMeasures health(Path file, Problems problems, Fields f) {
        Node n = f.node("health");
        if (n == null) {
            return Policy.HealthMeasures.NONE;
        }
        Fields h = Fields.of(file, problems, n, "health",
                List.of("daysOff", "restBetweenWorkdays", "doctorInterviewAbove", "monthlyCapAbove", "weeklyCap"));
        if (h == null) {
            f.markFailed();
            return null;
        }
        Integer perYear = null;
        Integer per4Weeks = null;
        Node d = h.node("daysOff");
        if (d != null) {
            Fields df = Fields.of(file, problems, d, "health.daysOff", List.of("perYear", "per4Weeks"));
            if (df != null) {
                perYear = df.value("perYear", false, PolicyFileReader::days366);
                per4Weeks = df.value("per4Weeks", false, PolicyFileReader::days28);
                if (df.failed()) {
                    h.markFailed();
                }
            } else {
                h.markFailed();
            }
        }
        Duration rest = h.value("restBetweenWorkdays", false, t -> hours(t, 24));
        Duration interview = h.value("doctorInterviewAbove", false, t -> hours(t, 744));
        Duration monthly = h.value("monthlyCapAbove", false, t -> hours(t, 744));
        Duration weekly = h.value("weeklyCap", false, t -> hours(t, 168));
        if (h.failed()) {
            f.markFailed();
            return null;
        }
        return new Policy.HealthMeasures(perYear, per4Weeks, rest, interview, monthly, weekly);
    }

    private static List<ExchangeRate> rates(Path file, Problems problems, Fields f) {
        List<ExchangeRate> rates = new ArrayList<>();
        ListNode list = f.list("rates");
        if (list == null) {
            return rates;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = "rates[" + i + "]";
            Fields r = Fields.of(file, problems, list.items().get(i), path, List.of("from", "to", "rate", "on", "source"));
            if (r == null) {
                f.markFailed();
                continue;
            }
            CurrencyUnit from = r.value("from", true, Values::currency);
            CurrencyUnit to = r.value("to", true, Values::currency);
            BigDecimal rate = r.value("rate", true, Values::positiveDecimal);
            LocalDate on = r.value("on", true, Values::date);
            String source = r.requiredText("source");
            if (from != null && from.equals(to)) {
                r.problem(r.line("to"), path + ".to", say("policy.file.same-currency"));
            }
            if (r.failed()) {
                f.markFailed();
                continue;
            }
            rates.add(new ExchangeRate(from, to, rate, on, source));
        }
        return rates;
    }

    private static Integer days366(String text) throws ValueException {
        int n = Values.nonNegativeInt(text);
        if (n > 366) {
            throw new ValueException(say("policy.file.days-year", "days", String.valueOf(n)));
        }
        return n;
    }

    private static Integer days28(String text) throws ValueException {
        int n = Values.nonNegativeInt(text);
        if (n > 28) {
            throw new ValueException(say("policy.file.days-4-weeks", "days", String.valueOf(n)));
        }
        return n;
    }

    /** {@code 11h}, {@code 100h}, {@code 7h30min}, {@code 90min}, or a bare number of hours; whole minutes, 1 minute to max hours. */
    static Duration hours(String text, int maxHours) throws ValueException {
        String s = text.trim().toLowerCase(java.util.Locale.ROOT);
        Text bad = say("policy.file.not-duration", "text", text.trim());
        long minutes;
        try {
            if (s.matches("\\d+(\\.\\d+)?")) {
                BigDecimal m = new BigDecimal(s).multiply(BigDecimal.valueOf(60));
                minutes = m.longValueExact();
            } else if (s.matches("\\d+h(\\d+(min|m))?")) {
                int h = s.indexOf('h');
                minutes = Long.parseLong(s.substring(0, h)) * 60;
                String rest = s.substring(h + 1).replace("min", "").replace("m", "");
                minutes += rest.isEmpty() ? 0 : Long.parseLong(rest);
            } else if (s.matches("\\d+(min|m)")) {
                minutes = Long.parseLong(s.replace("min", "").replace("m", ""));
            } else {
                throw new ValueException(bad);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValueException(bad);
        }
        if (minutes <= 0 || minutes > maxHours * 60L) {
            throw new ValueException(say("policy.file.duration-range", "text", text.trim(), "max", maxHours));
        }
        return Duration.ofMinutes(minutes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
