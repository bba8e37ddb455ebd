package org.worktime.us.exempt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.finding.Text;

/**
 * Values the US tests share while a pay or limit rule asks them about one week: the nine tests of a Californian week
 * read the same salary, levels and 52-week period, and every week of an employee the same weekly salary. Without a
 * memo each test worked them out again, for every week of the record.
 *
 * <p>The memo is open only inside {@link UsExemptionTests#decide(EmployeeContext, ExemptionQuery, java.util.List)} on
 * the current thread, and answers only for the very query (by identity) it was opened for, built from that context: a
 * test asked any other way (the {@code exempt} command, a test's own query) computes as before. Its values are pure
 * functions of the query (per query) or of what the context fixes for every query built from it (per employee: the
 * employee, the parameters, the exchange rates), so a memoised answer is the answer; a computation that throws is not
 * kept, and throws again when asked again.
 */
final class QueryMemo {

    private static final ThreadLocal<QueryMemo> OPEN = new ThreadLocal<>();

    /** The key of this pack's per-employee values in the context's memo. */
    private record EmployeeValues() {
    }

    private final ExemptionQuery query;
    private final Map<Object, Object> perQuery = new HashMap<>();
    private final Map<Object, Object> perEmployee;
    private final boolean verdictOnly;

    private QueryMemo(ExemptionQuery query, Map<Object, Object> perEmployee, boolean verdictOnly) {
        this.query = query;
        this.perEmployee = perEmployee;
        this.verdictOnly = verdictOnly;
    }

    /**
     * Runs {@code body} with the memo open for {@code query}, a query built from {@code context}; {@code verdictOnly}:
     * the caller reads only the verdicts and the missing items (a rule asking whether a week is exempt), so the tests
     * leave out the words of their evidence ({@link #words}) and the reasons.
     */
    static <T> T open(EmployeeContext context, ExemptionQuery query, boolean verdictOnly, Supplier<T> body) {
        QueryMemo outer = OPEN.get();
        Map<Object, Object> employee = context.memo(new EmployeeValues(), k -> new HashMap<>());
        OPEN.set(new QueryMemo(query, employee, verdictOnly));
        try {
            return body.get();
        } finally {
            if (outer == null) {
                OPEN.remove();
            } else {
                OPEN.set(outer);
            }
        }
    }

    /** Whether the query is asked for its verdicts only (see {@link #open}). */
    static boolean verdictOnly(ExemptionQuery q) {
        QueryMemo m = OPEN.get();
        return m != null && m.query == q && m.verdictOnly;
    }

    /**
     * The words of a piece of evidence, or nothing when the query is asked for its verdicts only. {@code words} must
     * only build text (no look-up that may fail, nothing added to the missing items): leaving it out changes nothing
     * else.
     */
    static Text words(ExemptionQuery q, Supplier<Text> words) {
        return verdictOnly(q) ? Text.empty() : words.get();
    }

    /** A value that depends on the query (its date, its employee, its parameters): computed once per query. */
    static <T> T perQuery(ExemptionQuery q, Object key, Supplier<T> compute) {
        QueryMemo m = OPEN.get();
        return m == null || m.query != q ? compute.get() : lookup(m.perQuery, key, compute);
    }

    /**
     * A value that depends only on what is the same for every query of the context (the employee, the workplace, the
     * parameters, the exchange rates) and on the key: computed once per employee evaluation.
     */
    static <T> T perEmployee(ExemptionQuery q, Object key, Supplier<T> compute) {
        QueryMemo m = OPEN.get();
        return m == null || m.query != q ? compute.get() : lookup(m.perEmployee, key, compute);
    }

    /** A value computed with the missing items it names, kept together. */
    private record Named(Object value, List<Text> missing) {
    }

    /**
     * A condition several tests of the query share (the salary basis and level of four federal tests), computed once per
     * query: its missing items are added to each caller's list, as computing it again would have added them. A condition
     * that throws adds what it named before it threw, then throws; it is not kept.
     */
    @SuppressWarnings("unchecked")
    static <T> T shared(ExemptionQuery q, Object key, List<Text> missing, Function<List<Text>, T> compute) {
        QueryMemo m = OPEN.get();
        if (m == null || m.query != q) {
            return compute.apply(missing);
        }
        Named known = (Named) m.perQuery.get(key);
        if (known == null) {
            List<Text> named = new ArrayList<>();
            try {
                known = new Named(compute.apply(named), List.copyOf(named));
            } catch (RuntimeException e) {
                missing.addAll(named);
                throw e;
            }
            m.perQuery.put(key, known);
        }
        missing.addAll(known.missing());
        return (T) known.value();
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(Map<Object, Object> values, Object key, Supplier<T> compute) {
        Object known = values.get(key);
        if (known == null) {
            known = compute.get();
            values.put(key, known);
        }
        return (T) known;
    }
}
