package org.worktime.jp.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.joda.money.BigMoney;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Minimum Wage Act Art. 4(1): the wage per hour is at least the regional minimum wage of the workplace's prefecture
 * (attribute {@value #PREFECTURE}) in force that day; the rates change each autumn on a date each prefecture sets, so
 * the months worked are cut at those dates. The wage per hour is the hourly base of {@link PaySupport} (a monthly wage
 * over the average monthly scheduled hours, Ordinance Art. 2), kept exact, with the allowances the Act counts: not the
 * temporary pay, bonuses, attendance, commuting and family allowances it leaves out (Art. 4(3), Ordinance Art. 1; row
 * {@code jp.mwa4.excluded-kinds}). It applies to every worker, the Art. 41 and HPS workers included. A day the pack
 * has no rate for, a workplace without a prefecture or with one the pack does not know: indeterminate, saying which.
 */
@LegalRule(
        id = "JP-MWA-4",
        law = "Minimum Wage Act (最低賃金法)",
        article = "Art. 4(1), Art. 9",
        effectiveFrom = "2008-07-01",
        version = "Act No. 137 of 1959 as amended by Act No. 129 of 2007; regional minimums FY2023-FY2025",
        source = "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/index.html")
public final class RegionalMinimumWageRule implements LimitRule {

    /** Workplace attribute: the prefecture, romanised in lower case ({@code tokyo}, {@code hokkaido}, {@code kochi}). */
    public static final String PREFECTURE = "jp.prefecture";
    static final String KEY = "jp.mwa.regional.";
    /** The message ids of the prefectures' names: {@code jp.prefecture.tokyo}. */
    private static final String PREFECTURE_NAMES = "jp.prefecture.";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        String stated = context.workplace().attributes().get(PREFECTURE);
        LocalDateRange period = context.period();
        if (stated == null || stated.isBlank()) {
            findings.accept(RuleSupport.indeterminate(context, info(), period, Text.of("jp.minimum-wage.no-prefecture",
                    "attribute", PREFECTURE)));
            return;
        }
        String prefecture = stated.trim().toLowerCase(Locale.ROOT);
        if (!context.parameters().hasKey(KEY + prefecture)) {
            findings.accept(RuleSupport.indeterminate(context, info(), period, Text.of("jp.minimum-wage.unknown-prefecture",
                    "value", stated, "attribute", PREFECTURE)));
            return;
        }
        if (!PaySupport.hasWage(context)) {
            findings.accept(RuleSupport.indeterminate(context, info(), period, Text.of("jp.minimum-wage.no-wage")));
            return;
        }
        String key = KEY + prefecture;
        Slice slice = null;
        LocalDate missingFrom = null;
        LocalDate missingTo = null;
        for (LocalDate date : context.dates()) {
            Optional<Parameter> row = context.findParameter(key, date);
            if (slice == null || date.getDayOfMonth() == 1 || !slice.sameRow(row)) {
                if (slice != null) {
                    slice.judge(context, this, date, prefecture, findings);
                }
                slice = new Slice(date, row.orElse(null));
            }
            if (context.ledger().workedOn(date) > 0) {
                if (row.isEmpty()) {
                    missingFrom = missingFrom == null ? date : missingFrom;
                    missingTo = date;
                } else if (slice.firstWorked == null) {
                    slice.firstWorked = date;
                }
            }
        }
        if (slice != null) {
            slice.judge(context, this, period.getEnd(), prefecture, findings);
        }
        if (missingFrom != null) {
            findings.accept(RuleSupport.indeterminate(context, info(), LocalDateRange.ofClosed(missingFrom, missingTo), Text.of(
                    "jp.minimum-wage.no-rate", "from", missingFrom, "to", missingTo, "prefecture", prefecture, "parameter", key)));
        }
    }

    /** The prefecture as each language names it ({@code 東京都}); a name the catalog lacks, as written, capitalised. */
    static Text prefectureName(String prefecture) {
        String id = PREFECTURE_NAMES + prefecture;
        return Catalog.contains(id) ? Text.of(id)
                : Text.verbatim(prefecture.substring(0, 1).toUpperCase(Locale.ROOT) + prefecture.substring(1));
    }

    /** Days of one calendar month under one rate; judged on its first day worked. */
    private static final class Slice {
        final LocalDate start;
        final Parameter row;
        LocalDate firstWorked;

        Slice(LocalDate start, Parameter row) {
            this.start = start;
            this.row = row;
        }

        boolean sameRow(Optional<Parameter> other) {
            return row == null ? other.isEmpty() : other.isPresent() && other.get().equals(row);
        }

        void judge(EmployeeContext context, RegionalMinimumWageRule rule, LocalDate end, String prefecture, Consumer<Finding> findings) {
            if (row == null || firstWorked == null) {
                return;
            }
            BigMoney base = PaySupport.hourlyBase(context, firstWorked, "jp.mwa4.excluded-kinds", false);
            BigDecimal minimum = row.money().getAmount();
            if (base.getAmount().compareTo(minimum) >= 0) {
                return;
            }
            BigDecimal shown = base.getAmount().setScale(2, RoundingMode.DOWN);
            LocalDateRange dates = LocalDateRange.of(start, end);
            findings.accept(RuleSupport.violation(context, rule.info(), dates, new Measure(shown, "JPY"), Measure.money(row.money()),
                    RuleSupport.citation(rule.info(), row), Penalties.mwa40(context, firstWorked), Text.of(
                            "jp.minimum-wage.violation", "wage", BigMoney.of(base.getCurrencyUnit(), shown), "from", start,
                            "prefecture", prefectureName(prefecture), "minimum", row.money(),
                            "version", row.citation().version(), "inForce", row.effective().getStart())));
        }
    }
}
