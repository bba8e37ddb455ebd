package org.worktime.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.i18n.MessageStructure;
import org.worktime.core.pay.PayLine;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.time.Durations;

/**
 * Findings and pay lines as flat rows with the fields of the JSON report (docs/OUTPUT.md), made directly from the
 * engine's {@link Finding} and {@link PayLine} values with the values the CLI's JSON writer gives them: {@code period.start}
 * becomes {@code periodStart}, a measure's or money's {@code value}/{@code amount} takes the parent's name
 * ({@code measured}, {@code amount}) and its unit or currency {@code measuredUnit}, {@code amountCurrency}; the
 * {@code *Ref} fields are the message as JSON text ({@link MessageStructure}); numbers are exact decimal text. SparkCheckTest
 * compares every field with the CLI's report.
 */
final class ReportRows {

    static final List<String> KEYS = List.of("workplace", "jurisdiction");
    static final List<String> FINDING = List.of("employeeId", "ruleId", "title", "titleRef", "law", "article", "lawVersion", "source",
            "severity", "basis", "periodStart", "periodEndExclusive", "measured", "measuredUnit", "limit", "limitUnit", "message",
            "messageRef", "penaltyLaw", "penaltyArticle", "penaltySummary", "penaltySummaryRef", "penaltyNote", "penaltyNoteRef");
    static final List<String> PAY = List.of("employeeId", "ruleId", "kind", "payClass", "periodStart", "periodEndExclusive", "date",
            "minutes", "multiplier", "hourlyBase", "hourlyBaseCurrency", "amount", "amountCurrency", "law", "article", "note",
            "noteRef");

    static final StructType FINDING_SCHEMA = schema(FINDING);
    static final StructType PAY_SCHEMA = schema(PAY);

    /** io's CsvReportWriter.PREMIUM and ALLOWANCE: the JSON's payClass. */
    static final String PREMIUM = "PREMIUM";
    static final String ALLOWANCE = "ALLOWANCE";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportRows() {
    }

    /** workplace, jurisdiction, employeeIndex (the employee's place in the employees file), ordinal, then the fields. */
    private static StructType schema(List<String> fields) {
        List<StructField> all = new ArrayList<>();
        KEYS.forEach(k -> all.add(DataTypes.createStructField(k, DataTypes.StringType, false)));
        all.add(DataTypes.createStructField("employeeIndex", DataTypes.IntegerType, false));
        all.add(DataTypes.createStructField("ordinal", DataTypes.IntegerType, false));
        fields.forEach(f -> all.add(DataTypes.createStructField(f, DataTypes.StringType, true)));
        return DataTypes.createStructType(all);
    }

    /**
     * The rows of one jurisdiction's reports in one language. Not thread-safe: one per task. It keeps what repeats from
     * employee to employee (a pay line's note, rendered and as JSON; a multiplier's text), as the CLI's writer does.
     */
    static final class Mapper {
        private final String jurisdiction;
        private final Language language;
        private final Set<String> allowances;
        private final Map<Text, String[]> texts = new HashMap<>();
        private final Map<BigDecimal, String> multipliers = new HashMap<>();

        Mapper(JurisdictionPack pack, Language language) {
            this.jurisdiction = pack.jurisdiction();
            this.language = language;
            this.allowances = pack.allowanceKinds();
        }

        /** The employee's findings and pay lines, each with {@code workplace} and the employee's index. */
        void rows(String workplace, int employeeIndex, EmployeeReport report, List<Row> findings, List<Row> payLines) {
            int ordinal = 0;
            for (Finding f : report.findings()) {
                findings.add(finding(workplace, employeeIndex, ordinal++, f));
            }
            ordinal = 0;
            for (PayLine line : report.payLines()) {
                payLines.add(payLine(workplace, employeeIndex, ordinal++, line));
            }
        }

        private Row finding(String workplace, int employeeIndex, int ordinal, Finding f) {
            Penalty p = f.penalty();
            return RowFactory.create(workplace, jurisdiction, employeeIndex, ordinal, f.employeeId(), f.ruleId(), f.title().in(language),
                    ref(f.title()), f.citation().law(), f.citation().article(), f.citation().version(), f.citation().source(),
                    f.severity().name(), f.basis().name(), f.period().getStart().toString(), endExclusive(f.period()),
                    value(f.measured()), unit(f.measured()), value(f.limit()), unit(f.limit()), f.message().in(language), ref(f.message()),
                    p == null ? null : p.citation().law(), p == null ? null : p.citation().article(),
                    p == null ? null : p.summary().in(language), p == null ? null : ref(p.summary()),
                    p == null ? null : p.note().in(language), p == null ? null : ref(p.note()));
        }

        private Row payLine(String workplace, int employeeIndex, int ordinal, PayLine line) {
            LocalDateRange period = line.period();
            boolean oneDay = !period.isUnboundedStart() && !period.isUnboundedEnd() && period.lengthInDays() == 1;
            String[] note = cached(line.note());
            return RowFactory.create(workplace, jurisdiction, employeeIndex, ordinal, line.employeeId(), line.ruleId(), line.kind(),
                    allowances.contains(line.kind()) ? ALLOWANCE : PREMIUM, period.getStart().toString(), endExclusive(period),
                    oneDay ? period.getStart().toString() : null, plain(Durations.minutes(line.seconds())),
                    multipliers.computeIfAbsent(line.multiplier(), BigDecimal::toPlainString),
                    // The exact base without the padding zeros of its division (15000.000... -> 15000), as the writer gives it.
                    line.hourlyBase().getAmount().stripTrailingZeros().toPlainString(), line.hourlyBase().getCurrencyUnit().getCode(),
                    line.amount().getAmount().toPlainString(), line.amount().getCurrencyUnit().getCode(), line.citation().law(),
                    line.citation().article(), note[0], note[1]);
        }

        /** A text rendered and as its JSON message, once per distinct text (notes repeat line after line). */
        private String[] cached(Text text) {
            return texts.computeIfAbsent(text, t -> new String[] {t.in(language), ref(t)});
        }
    }

    static String ref(Text text) {
        try {
            return MAPPER.writeValueAsString(MessageStructure.of(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String endExclusive(LocalDateRange range) {
        return range.isUnboundedEnd() ? null : range.getEnd().toString();
    }

    private static String value(Measure m) {
        return m == null ? null : plain(m.value());
    }

    private static String unit(Measure m) {
        return m == null ? null : m.unit();
    }

    /** The exact plain form of a decimal without trailing zeros ({@code 1.50} -> {@code 1.5}), as the JSON's numbers. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }
}
