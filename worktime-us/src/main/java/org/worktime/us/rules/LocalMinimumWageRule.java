package org.worktime.us.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;
import org.worktime.us.UsAttributes;
import org.worktime.us.exempt.UsExemptionTests;

/**
 * A city or county minimum wage ordinance (San Jose, Seattle, Chicago...): the pack ships no local rates, a workplace
 * states its own as dated rows in its attributes, each attribute {@code us.local.min-wage} or
 * {@code us.local.min-wage.<anything>} holding the rest of a parameter row after the key and scope:
 * {@code value | from | to | law | article | version | source}. Every hour worked is then paid at least the local
 * minimum in force that day, hour by hour ({@link HourlyFloor}); exemptions follow the state's (California's tests in a
 * California workplace, else the federal ones). A row that cannot be read makes the answer indeterminate, naming the
 * attribute. Local penalties are not modelled.
 */
@LegalRule(
        id = "US-LOCAL-MW",
        law = "Local minimum wage ordinance",
        article = "as stated by the workplace's us.local.min-wage rows",
        effectiveFrom = "1938-10-24",
        version = "the ordinance and version each row cites",
        source = "https://www.dol.gov/agencies/whd/state/minimum-wage/history")
public final class LocalMinimumWageRule implements LimitRule {

    /** The workplace attribute (or prefix of attributes) holding the local minimum's rows. */
    public static final String ATTRIBUTE = "us.local.min-wage";

    /** The rows read from the attributes, or why they could not be read. */
    record LocalRows(ParameterTable table, Text problem) {
    }

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        LocalRows rows = context.memo(LocalRows.class, k -> rows(context.workplace()));
        if (rows == null) {
            return;
        }
        if (rows.problem() != null) {
            findings.accept(Findings.indeterminate(context, info(), context.period(), Text.of("us.min-wage.local-unreadable",
                    "problem", rows.problem())));
            return;
        }
        boolean california = UsAttributes.isCalifornia(context.workplace());
        for (Workweek week : Workweek.of(context)) {
            LocalDate date = week.startDate();
            if (week.seconds() == 0 || UsExemptionTests.isExempt(UsState.decision(context, date,
                    california ? UsExemptionTests.CALIFORNIA : UsExemptionTests.FEDERAL))) {
                continue;
            }
            WeekInputs in = WeekInputs.of(context, week, week.seconds());
            if (in == null) {
                continue;
            }
            java.math.BigDecimal salaryHours = california ? context.parameter("us.ca.lc515d.salary-hours", date).decimal()
                    : in.salaryHours();
            Optional<HourlyFloor.Shortfall> shortfall = HourlyFloor.of(context, week, in, salaryHours,
                    day -> rows.table().find(ATTRIBUTE, day));
            shortfall.ifPresent(s -> findings.accept(CaliforniaMinimumWageRule.finding(context, this, week, s,
                    Text.of("us.min-wage.what.local"))));
        }
    }

    /**
     * What is wrong with one attribute's row, for the readers (an input error with its file, line and field); null when
     * it reads as a row of USD. Pure: the same parse the rule does.
     */
    public static String rowProblem(String value) {
        try {
            List<Parameter> rows = ParameterTable.read("the row", new ByteArrayInputStream((ATTRIBUTE + " | * | " + value)
                    .getBytes(StandardCharsets.UTF_8))).history(ATTRIBUTE);
            rows.get(0).money();
            return rows.get(0).money().getCurrencyUnit().getCode().equals("USD") ? null : "a local minimum wage is in USD, not "
                    + rows.get(0).money().getCurrencyUnit().getCode();
        } catch (RuntimeException e) {
            return "not a row of the form value | from | to | law | article | version | source (e.g. 17.00 USD | 2023-01-01 |"
                    + " 2023-12-31 | San Jose Municipal Code | Chapter 4.100 | 2023 adjustment | https://...): " + e.getMessage();
        }
    }

    /** The workplace's local rows; null when it states none. */
    static LocalRows rows(Workplace workplace) {
        List<Parameter> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(workplace.attributes()).entrySet()) {
            String name = e.getKey();
            if (!name.equals(ATTRIBUTE) && !name.startsWith(ATTRIBUTE + ".")) {
                continue;
            }
            names.add(name);
            String row = ATTRIBUTE + " | * | " + e.getValue();
            try {
                all.addAll(ParameterTable.read("workplace attribute " + name, new ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)))
                        .history(ATTRIBUTE));
            } catch (IllegalArgumentException ex) {
                // The reader's own words name the attribute and the field (its errors are English, like every input error).
                return new LocalRows(null, Text.of("us.min-wage.local-row-unreadable", "problem", ex.getMessage()));
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        try {
            return new LocalRows(ParameterTable.of(all), null);
        } catch (IllegalArgumentException ex) {
            return new LocalRows(null, Text.of("us.min-wage.local-rows-misfit", "names", String.join(", ", names), "problem", ex.getMessage()));
        }
    }
}
