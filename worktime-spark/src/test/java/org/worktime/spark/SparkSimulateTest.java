package org.worktime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.i18n.Language;

/**
 * {@code worktime-spark simulate} in local mode against {@code worktime simulate --format json} on the same data: every
 * number of the CLI's document (current law, each policy, its groups, kinds, breaches, buckets and sweep points) equals
 * the job's sum, and every person's row equals the CLI's, on the bundled Korean examples and on a generated workforce of
 * several Korean workplaces (non-Korean workplaces beside them are left out).
 */
class SparkSimulateTest {

    static final Path EXAMPLES = Path.of("../examples");
    static final List<Path> POLICIES = List.of(EXAMPLES.resolve("policies/kr-high-income-white-collar.yaml"),
            EXAMPLES.resolve("policies/kr-adopts-japan-rule.yaml"), EXAMPLES.resolve("policies/kr-adopts-us-rule.yaml"),
            EXAMPLES.resolve("policies/kr-semiconductor-rd.yaml"));
    /** The document's fields that are not numbers summed over employees (people are compared row by row). */
    static final Set<String> NOT_SUMS = Set.of("id", "name", "description", "currency", "threshold", "lifts", "people", "sweep");

    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("worktime-spark simulate test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theBundledKoreanExamplesGiveTheCliNumbers(@TempDir Path dir) throws Exception {
        Path workplaces = Files.createDirectories(dir.resolve("workplaces"));
        for (String example : List.of("kr-team", "ai-lab", "us-team")) {
            copy(EXAMPLES.resolve(example), workplaces.resolve(example));
        }
        List<Money> sweep = Main.sweep("80M:120M:20M");
        SparkSimulate.Result result = SparkSimulate.run(spark, options(workplaces, List.of(), dir.resolve("out"), sweep));
        assertThat(result.simulated()).containsExactly("ai-lab", "kr-team");
        assertThat(result.notKorean()).containsExactly("us-team");
        assertThat(result.employees()).isEqualTo(158);
        int compared = sameAsCli(dir.resolve("out"), workplaces, List.of("ai-lab", "kr-team"), sweep);
        assertThat(compared).isGreaterThan(200);

        // One number spelled out: under the high-income proposal at its own KRW 100 M, ai-lab's exempt researchers.
        assertThat(value(dir.resolve("out"), "ai-lab", "KR-PROPOSAL-HIGH-INCOME", "exempt")).isPositive();
        // The total over workplaces is the sum of the workplaces' numbers.
        BigDecimal violations = value(dir.resolve("out"), "ai-lab", null, "currentLaw.violations")
                .add(value(dir.resolve("out"), "kr-team", null, "currentLaw.violations"));
        Row total = spark.read().parquet(dir.resolve("out/simulation-total").toString())
                .filter("policy is null and measure = 'currentLaw.violations'").first();
        assertThat(total.getDecimal(total.fieldIndex("value"))).isEqualByComparingTo(violations);
    }

    @Test
    void aGeneratedWorkforceOfSeveralWorkplacesGivesTheCliNumbers(@TempDir Path dir) throws Exception {
        Generated.Result data = Generated.write(dir, EXAMPLES, List.of("ai-lab", "kr-team", "jp-team"), 2, 23, true);
        List<Money> sweep = Main.sweep("60M:140M:40M");
        SparkSimulate.Result result = SparkSimulate.run(spark, options(data.workplaces(), List.of(data.shifts().toString()),
                dir.resolve("out"), sweep));
        List<String> korean = List.of("ai-lab-1", "ai-lab-2", "kr-team-1", "kr-team-2");
        assertThat(result.simulated()).containsExactlyElementsOf(korean);
        assertThat(result.notKorean()).containsExactly("jp-team-1", "jp-team-2");
        assertThat(result.rejected()).isZero();
        assertThat(sameAsCli(dir.resolve("out"), data.reference(), korean, sweep)).isGreaterThan(400);
    }

    static SparkSimulate.Options options(Path workplaces, List<String> shifts, Path out, List<Money> sweep) {
        return new SparkSimulate.Options(SparkCheckTest.options(workplaces, shifts, out, "parquet"),
                POLICIES.stream().map(Path::toString).toList(), sweep, List.of());
    }

    private static BigDecimal value(Path out, String workplace, String policy, String measure) {
        Row r = spark.read().parquet(out.resolve("simulation").toString())
                .filter(org.apache.spark.sql.functions.col("workplace").equalTo(workplace)
                        .and(policy == null ? org.apache.spark.sql.functions.col("policy").isNull()
                                : org.apache.spark.sql.functions.col("policy").equalTo(policy))
                        .and(org.apache.spark.sql.functions.col("measure").equalTo(measure)))
                .first();
        return r.getDecimal(r.fieldIndex("value"));
    }

    /**
     * Every number of each workplace's CLI document equals the job's (and the job has no number the document lacks), each
     * sweep point's share is its exempt over the employees, and each person's row is the CLI's; returns how many numbers
     * were compared.
     */
    static int sameAsCli(Path out, Path folders, List<String> workplaces, List<Money> sweep) throws Exception {
        Map<String, BigDecimal> job = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("simulation").toString()).collectAsList()) {
            job.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2), r.getDecimal(3));
        }
        Map<String, BigDecimal> cli = new TreeMap<>();
        List<Row> people = new ArrayList<>(spark.read().parquet(out.resolve("people").toString()).collectAsList());
        people.sort(Comparator.comparing((Row r) -> r.<String>getAs("workplace")).thenComparing(r -> r.<String>getAs("policy"))
                .thenComparingInt(r -> r.<Integer>getAs("employeeIndex")));
        int person = 0;
        for (String w : new java.util.TreeSet<>(workplaces)) {
            JsonNode doc = CliReference.simulation(folders.resolve(w), POLICIES, sweep);
            cli.put(w + "|null|employees", doc.get("employees").decimalValue());
            sums(w + "|null|currentLaw.", doc.get("currentLaw"), cli);
            List<JsonNode> policies = new ArrayList<>();
            doc.get("policies").forEach(policies::add);
            policies.sort(Comparator.comparing(p -> p.get("id").asText()));
            for (JsonNode p : policies) {
                String key = w + "|" + p.get("id").asText() + "|";
                sums(key, p, cli);
                for (JsonNode point : p.get("sweep")) {
                    String at = key + "sweep." + point.get("threshold").get("amount").asText() + ".";
                    for (String f : List.of("exempt", "above52hCovered", "violationsLawful")) {
                        cli.put(at + f, point.get(f).decimalValue());
                    }
                    cli.put(at + "premiumNoLongerOwed", new BigDecimal(point.get("premiumNoLongerOwed").get("amount").asText()));
                    double share = job.get(at + "exempt").doubleValue() / job.get(w + "|null|employees").doubleValue();
                    assertThat(share).as(at + "exemptShare").isEqualTo(point.get("exemptShare").asDouble());
                }
                for (JsonNode x : p.get("people")) {
                    Row r = people.get(person++);
                    String where = key + x.get("id").asText();
                    assertThat(r.<String>getAs("workplace")).as(where).isEqualTo(w);
                    assertThat(r.<String>getAs("policy")).as(where).isEqualTo(p.get("id").asText());
                    for (String f : List.of("id", "name", "jobFamily", "salaryBand", "annualPay", "verdict")) {
                        assertThat(r.<String>getAs(f)).as(where + " " + f).isEqualTo(x.get(f).asText());
                    }
                    assertThat(r.<String>getAs("reason")).as(where).isEqualTo(x.get("reason").get("en").asText());
                    for (String f : List.of("liftedViolations", "maxWeekMinutes", "weeksAbove52h", "doctorInterviews")) {
                        assertThat(r.<Long>getAs(f)).as(where + " " + f).isEqualTo(x.get(f).asLong());
                    }
                    assertThat(new BigDecimal(r.<String>getAs("liftedPremium"))).as(where)
                            .isEqualByComparingTo(x.get("liftedPremium").get("amount").asText());
                    List<String> breaches = new ArrayList<>();
                    x.get("healthBreaches").forEach(b -> breaches.add(b.asText()));
                    assertThat(r.<String>getList(r.fieldIndex("healthBreaches"))).as(where).isEqualTo(breaches);
                }
            }
        }
        assertThat(person).isEqualTo(people.size());
        assertThat(job.keySet()).isEqualTo(cli.keySet());
        for (Map.Entry<String, BigDecimal> e : cli.entrySet()) {
            assertThat(job.get(e.getKey())).as(e.getKey()).isEqualByComparingTo(e.getValue());
        }
        return cli.size();
    }

    /**
     * The document's numbers under a prefix, named as the job names them: a number by its field, money by its amount, an
     * object's numbers by field.name, a list of groups by the group's name.
     */
    private static void sums(String prefix, JsonNode object, Map<String, BigDecimal> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (NOT_SUMS.contains(name)) {
                continue;
            }
            if (value.isNumber()) {
                into.put(prefix + name, value.decimalValue());
            } else if (value.isObject() && value.has("amount") && value.has("currency")) {
                into.put(prefix + name, new BigDecimal(value.get("amount").asText()));
            } else if (value.isObject()) {
                sums(prefix + name + ".", value, into);
            } else if (value.isArray()) {
                for (JsonNode group : value) {
                    String at = prefix + name + "." + group.get("name").asText() + ".";
                    for (String f : List.of("employees", "exempt", "indeterminate")) {
                        into.put(at + f, group.get(f).decimalValue());
                    }
                }
            } else {
                throw new AssertionError("a field the test does not know: " + prefix + name);
            }
        }
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
