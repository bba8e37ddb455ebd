package org.worktime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.i18n.Language;

/**
 * The job in local mode against the CLI's own answers: every finding and pay line, field by field, on the bundled
 * examples and on a generated dataset of several workplaces and three jurisdictions (CSV and Parquet input).
 */
class SparkCheckTest {

    static final Path EXAMPLES = Path.of("../examples");
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Each Parquet column and the JSON report's field it carries (the test's own reading of docs/OUTPUT.md). */
    static final Map<String, String> FINDING = fields("employeeId", "/employeeId", "ruleId", "/ruleId", "title", "/title",
            "titleRef", "/titleRef", "law", "/law", "article", "/article", "lawVersion", "/lawVersion", "source", "/source",
            "severity", "/severity", "basis", "/basis", "periodStart", "/period/start", "periodEndExclusive", "/period/endExclusive",
            "measured", "/measured/value", "measuredUnit", "/measured/unit", "limit", "/limit/value", "limitUnit", "/limit/unit",
            "message", "/message", "messageRef", "/messageRef", "penaltyLaw", "/penalty/law", "penaltyArticle", "/penalty/article",
            "penaltySummary", "/penalty/summary", "penaltySummaryRef", "/penalty/summaryRef", "penaltyNote", "/penalty/note",
            "penaltyNoteRef", "/penalty/noteRef");
    static final Map<String, String> PAY = fields("employeeId", "/employeeId", "ruleId", "/ruleId", "kind", "/kind", "payClass",
            "/payClass", "periodStart", "/period/start", "periodEndExclusive", "/period/endExclusive", "date", "/date", "minutes",
            "/minutes", "multiplier", "/multiplier", "hourlyBase", "/hourlyBase/amount", "hourlyBaseCurrency", "/hourlyBase/currency",
            "amount", "/amount/amount", "amountCurrency", "/amount/currency", "law", "/law", "article", "/article", "note", "/note",
            "noteRef", "/noteRef");

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("worktime-spark test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theBundledExamplesGiveTheCliAnswers(@TempDir Path dir) throws Exception {
        Path workplaces = Files.createDirectories(dir.resolve("workplaces"));
        for (String example : List.of("kr-team", "us-team", "jp-team", "ai-lab")) {
            copy(EXAMPLES.resolve(example), workplaces.resolve(example));
        }
        SparkCheck.Result result = SparkCheck.run(spark, options(workplaces, List.of(), dir.resolve("out"), "parquet"));

        long shifts = 0;
        for (String example : List.of("kr-team", "us-team", "jp-team", "ai-lab")) {
            shifts += Files.readAllLines(EXAMPLES.resolve(example).resolve("shifts.csv")).size() - 1;
        }
        assertThat(spark.read().parquet(dir.resolve("out/rejects").toString()).collectAsList()).isEmpty();
        assertThat(result.read()).isEqualTo(shifts);
        assertThat(result.accepted()).isEqualTo(shifts);
        assertThat(result.rejected()).isZero();
        int[] compared = sameAsCli(dir.resolve("out"), workplaces, List.of("kr-team", "us-team", "jp-team", "ai-lab"));
        assertThat(compared[0]).isEqualTo(result.findings()).isPositive();
        assertThat(compared[1]).isEqualTo(result.payLines()).isPositive();

        // One answer spelled out: Kim Minji's 15 hours of extended work in the week of 2026-03-16, against 12.
        Row e001 = spark.read().parquet(dir.resolve("out/findings").toString())
                .filter("workplace = 'kr-team' and employeeId = 'E001' and ruleId = 'KR-LSA-53-1' and periodStart = '2026-03-16'")
                .first();
        assertThat(e001.<String>getAs("severity")).isEqualTo("VIOLATION");
        assertThat(e001.<String>getAs("measured")).isEqualTo("900");
        assertThat(e001.<String>getAs("limit")).isEqualTo("720");
        assertThat(e001.<String>getAs("measuredUnit")).isEqualTo("min");
        assertThat(e001.<String>getAs("penaltyArticle")).isEqualTo("Art. 110(1)");

        // The summary counts what the findings table holds, by workplace, rule and severity.
        long summed = 0;
        for (Row r : spark.read().parquet(dir.resolve("out/summary").toString()).collectAsList()) {
            summed += r.getLong(r.fieldIndex("count"));
        }
        assertThat(summed).isEqualTo(result.findings());
    }

    @Test
    void aGeneratedWorkforceOfSeveralWorkplacesGivesTheCliAnswersFromCsvAndParquet(@TempDir Path dir) throws Exception {
        Generated.Result data = Generated.write(dir, EXAMPLES, 1, 17);
        List<String> names = new ArrayList<>();
        for (String t : List.of("kr-team", "us-team", "jp-team")) {
            names.add(t + "-1");
        }
        // Bad rows beside the good ones: each must come back as a reject, none may change an answer.
        List<String> withBad = new ArrayList<>(data.good());
        withBad.add("kr-team-1,E001,2026-03-05T09:00,2026-03-05T08:00,");          // ends before it starts
        withBad.add("kr-team-1,NOBODY,2026-03-05T09:00,2026-03-05T18:00,");        // no such employee
        withBad.add("nowhere,E001,2026-03-05T09:00,2026-03-05T18:00,");            // no such workplace
        withBad.add("us-team-1,U01,2026-03-17T10:00,2026-03-17T11:00,,extra");     // one field too many
        withBad.add("jp-team-1,J01,2026-03-10T03:00,not-a-time,");                 // unreadable end
        Path csv = dir.resolve("shifts-with-bad.csv");
        Files.write(csv, withBad);
        long good = data.good().size() - 1;

        SparkCheck.Result fromCsv = SparkCheck.run(spark, options(data.workplaces(), List.of(csv.toString()), dir.resolve("csv"), "parquet"));
        assertThat(fromCsv.read()).isEqualTo(good + 5);
        assertThat(fromCsv.accepted()).isEqualTo(good);
        assertThat(fromCsv.rejected()).isEqualTo(5);
        List<Row> rejects = spark.read().parquet(dir.resolve("csv/rejects").toString()).orderBy("line").collectAsList();
        assertThat(rejects).extracting(r -> r.getLong(r.fieldIndex("line")))
                .containsExactly(good + 2, good + 3, good + 4, good + 5, good + 6);
        assertThat(rejects).extracting(r -> r.getString(r.fieldIndex("file"))).allMatch(f -> f.endsWith("shifts-with-bad.csv"));
        assertThat(rejects.get(2).getString(rejects.get(2).fieldIndex("reason")))
                .isEqualTo("Workplace nowhere has no folder among the workplaces (jp-team-1, kr-team-1, us-team-1).");
        assertThat(rejects.get(3).getString(rejects.get(3).fieldIndex("reason")))
                .startsWith("The row cannot be read as CSV (wrong number of fields or broken quotes): ");
        int[] compared = sameAsCli(dir.resolve("csv"), data.reference(), names);
        assertThat(compared[0]).isEqualTo(fromCsv.findings()).isGreaterThan(50);
        assertThat(compared[1]).isEqualTo(fromCsv.payLines()).isGreaterThan(100);

        // The same good rows as Parquet (the documented columnar schema: the same columns, as strings).
        Path parquet = dir.resolve("shifts.parquet");
        spark.read().option("header", "true").csv(data.shifts().toString()).coalesce(1).write().parquet(parquet.toString());
        SparkCheck.Result fromParquet = SparkCheck.run(spark, options(data.workplaces(), List.of(parquet.toString()), dir.resolve("pq"),
                "json"));
        assertThat(fromParquet.read()).isEqualTo(good);
        assertThat(fromParquet.rejected()).isZero();
        assertThat(fromParquet.findings()).isEqualTo(fromCsv.findings());
        assertThat(fromParquet.payLines()).isEqualTo(fromCsv.payLines());
        assertThat(spark.read().json(dir.resolve("pq/findings").toString()).count()).isEqualTo(fromCsv.findings());
    }

    @Test
    void asOfLeavesOutTheShiftsNotYetWorkedAsTheCliDoes(@TempDir Path dir) throws Exception {
        Path workplaces = Files.createDirectories(dir.resolve("workplaces"));
        copy(EXAMPLES.resolve("kr-team"), workplaces.resolve("kr-team"));
        SparkCheck.Result plain = SparkCheck.run(spark, options(workplaces, List.of(), dir.resolve("plain"), "parquet"));
        SparkCheck.Result early = SparkCheck.run(spark, options(workplaces, List.of(), dir.resolve("as-of"), "parquet")
                .withAsOf("2026-03-18"));
        // As of the start of 2026-03-18 (Seoul), Kim Minji's long week and Jung Hayoon's break of that day have not happened:
        // 8 findings become 6, and her 6 pay lines 2.
        assertThat(plain.findings()).isEqualTo(8);
        assertThat(early.findings()).isEqualTo(6);
        Dataset<Row> findings = spark.read().parquet(dir.resolve("as-of/findings").toString());
        assertThat(findings.filter("employeeId = 'E001' or employeeId = 'E005'").count()).isZero();
        assertThat(spark.read().parquet(dir.resolve("plain/pay-lines").toString()).filter("employeeId = 'E001'").count()).isEqualTo(6);
        assertThat(spark.read().parquet(dir.resolve("as-of/pay-lines").toString()).filter("employeeId = 'E001'").count()).isEqualTo(2);
        java.time.Instant asOf = java.time.LocalDate.of(2026, 3, 18).atStartOfDay(java.time.ZoneId.of("Asia/Seoul")).toInstant();
        sameAsCli(dir.resolve("as-of"), workplaces, List.of("kr-team"), (dataset, evaluation) -> evaluation.withAsOf(asOf));
    }

    @Test
    void parametersReplaceThePackRowsAsTheCliDoes(@TempDir Path dir) throws Exception {
        Path workplaces = Files.createDirectories(dir.resolve("workplaces"));
        copy(EXAMPLES.resolve("kr-team"), workplaces.resolve("kr-team"));
        Path rows = dir.resolve("cap-10h.txt");
        Files.writeString(rows, "kr.lsa53.extension-cap | * | 10h | 1997-03-13 |  | Labor Standards Act | Art. 53(1) | a test's cap | x\n");
        SparkCheck.run(spark, options(workplaces, List.of(), dir.resolve("out"), "parquet").withParameters(rows.toString()));
        // The same 15 hours of Kim Minji's extended work, against a cap of 10 hours (600 minutes) rather than 12.
        Row e001 = spark.read().parquet(dir.resolve("out/findings").toString())
                .filter("employeeId = 'E001' and ruleId = 'KR-LSA-53-1' and periodStart = '2026-03-16'").first();
        assertThat(e001.<String>getAs("measured")).isEqualTo("900");
        assertThat(e001.<String>getAs("limit")).isEqualTo("600");
        org.worktime.core.param.ParameterTable table = org.worktime.io.read.ParameterOverrides.read(rows)
                .against(new org.worktime.kr.KoreanPack().parameters(), "KR");
        sameAsCli(dir.resolve("out"), workplaces, List.of("kr-team"), (dataset, evaluation) -> evaluation.withOverrides(table));
    }

    static SparkCheck.Options options(Path workplaces, List<String> shifts, Path out, String format) {
        return new SparkCheck.Options(workplaces.toString(), shifts, out.toString(), format, Language.EN, null, null);
    }

    /**
     * Every finding and pay line of the job equals the CLI's, in the CLI's order (workplace, then the employee's place in
     * the employees file, then the report's own order), field by field; returns how many of each were compared.
     */
    static int[] sameAsCli(Path out, Path folders, List<String> workplaces) throws Exception {
        return sameAsCli(out, folders, workplaces, (dataset, evaluation) -> evaluation);
    }

    /** The same, against the CLI's report of an evaluation changed by {@code how} (the CLI's --as-of, --parameters). */
    static int[] sameAsCli(Path out, Path folders, List<String> workplaces,
            java.util.function.BiFunction<org.worktime.core.domain.Dataset, org.worktime.core.engine.Evaluation,
                    org.worktime.core.engine.Evaluation> how) throws Exception {
        List<Row> findings = sorted(spark.read().parquet(out.resolve("findings").toString()).collectAsList());
        List<Row> pay = sorted(spark.read().parquet(out.resolve("pay-lines").toString()).collectAsList());
        List<JsonNode> cliFindings = new ArrayList<>();
        List<JsonNode> cliPay = new ArrayList<>();
        List<String> cliWorkplaces = new ArrayList<>();
        List<String> cliPayWorkplaces = new ArrayList<>();
        for (String w : new TreeSet<>(workplaces)) {
            JsonNode report = CliReference.report(folders.resolve(w), Language.EN, how);
            for (JsonNode employee : report.get("employees")) {
                employee.get("findings").forEach(f -> {
                    cliFindings.add(f);
                    cliWorkplaces.add(w);
                });
                employee.get("payLines").forEach(p -> {
                    cliPay.add(p);
                    cliPayWorkplaces.add(w);
                });
            }
        }
        compare(findings, cliFindings, cliWorkplaces, FINDING);
        compare(pay, cliPay, cliPayWorkplaces, PAY);
        return new int[] {findings.size(), pay.size()};
    }

    private static void compare(List<Row> rows, List<JsonNode> cli, List<String> workplaces, Map<String, String> fields) {
        assertThat(rows).hasSameSizeAs(cli);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            JsonNode expected = cli.get(i);
            assertThat(row.<String>getAs("workplace")).isEqualTo(workplaces.get(i));
            Set<String> top = new TreeSet<>();
            expected.fieldNames().forEachRemaining(top::add);
            Set<String> mapped = new TreeSet<>();
            fields.values().forEach(p -> mapped.add(p.split("/")[1]));
            assertThat(mapped).as("every field of the contract has a column").isEqualTo(top);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                String actual = row.getAs(field.getKey());
                JsonNode want = expected.at(field.getValue());
                String where = workplaces.get(i) + " #" + i + " " + field.getKey();
                if (want.isMissingNode() || want.isNull()) {
                    assertThat(actual).as(where).isNull();
                } else if (want.isNumber()) {
                    assertThat(new BigDecimal(actual)).as(where).isEqualByComparingTo(want.decimalValue());
                } else if (want.isContainerNode()) {
                    assertThat(read(actual)).as(where).isEqualTo(want);
                } else {
                    assertThat(actual).as(where).isEqualTo(want.asText());
                }
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing((Row r) -> r.<String>getAs("workplace")).thenComparingInt(r -> r.<Integer>getAs("employeeIndex"))
                .thenComparingInt(r -> r.<Integer>getAs("ordinal")));
        return copy;
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext();) {
                Path f = it.next();
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
