package org.worktime.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.InputException;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.policy.PolicyFiles;
import org.worktime.policy.sim.Progress;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.policy.sim.SimulationResult.Group;
import org.worktime.policy.sim.SimulationResult.Person;
import org.worktime.policy.sim.SimulationResult.PolicyOutcome;
import org.worktime.policy.sim.SimulationResult.SweepPoint;

/**
 * The job behind {@code worktime-spark simulate}: {@code worktime simulate}'s policy comparison and threshold sweep over
 * the Korean workplaces of a workforce, aggregated in Spark. The read stage is the check job's; then each employee is
 * simulated by the policy module's own {@link Simulation} on a dataset of their workplace and their own records (every
 * count it makes is a sum over employees of facts about one employee), and its numbers are summed by Spark.
 *
 * <p>The numbers are written in long form, one row per number, named by its place in {@code worktime simulate --format
 * json}'s document: {@code currentLaw.violations}, {@code exempt}, {@code byJobFamily.<name>.exempt},
 * {@code sweep.<threshold>.premiumNoLongerOwed} (docs/SPARK.md).
 */
public final class SparkSimulate {

    /** The check job's options (what to read, where to write), the policy files, the sweep and the stated rates. */
    public record Options(SparkCheck.Options check, List<String> policies, List<Money> sweep, List<ExchangeRate> rates) {
    }

    /** The counts of a run: shift rows as in check; employees simulated; workplaces simulated and left out (not Korean). */
    public record Result(long read, long accepted, long rejected, long employees, List<String> simulated, List<String> notKorean) {
    }

    static final StructType MEASURE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("workplace", DataTypes.StringType, false),
            DataTypes.createStructField("policy", DataTypes.StringType, true),
            DataTypes.createStructField("measure", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.createDecimalType(38, 6), false)));

    static final StructType PERSON = DataTypes.createStructType(List.of(
            DataTypes.createStructField("workplace", DataTypes.StringType, false),
            DataTypes.createStructField("employeeIndex", DataTypes.IntegerType, false),
            DataTypes.createStructField("policy", DataTypes.StringType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField("jobFamily", DataTypes.StringType, true),
            DataTypes.createStructField("salaryBand", DataTypes.StringType, true),
            DataTypes.createStructField("annualPay", DataTypes.StringType, true),
            DataTypes.createStructField("verdict", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("liftedViolations", DataTypes.LongType, false),
            DataTypes.createStructField("liftedPremium", DataTypes.StringType, false),
            DataTypes.createStructField("maxWeekMinutes", DataTypes.LongType, false),
            DataTypes.createStructField("weeksAbove52h", DataTypes.LongType, false),
            DataTypes.createStructField("doctorInterviews", DataTypes.LongType, false),
            DataTypes.createStructField("healthBreaches", DataTypes.createArrayType(DataTypes.StringType, false), false)));

    static final StructType OUT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("measure", MEASURE, true),
            DataTypes.createStructField("person", PERSON, true)));

    private SparkSimulate() {
    }

    public static Result run(SparkSession spark, Options options) throws IOException {
        Policies policies = Policies.of(options.policies());
        policies.tests(); // a policy file that cannot be read fails here, on the driver, as the CLI fails (exit 2)
        SparkCheck.Stage stage = SparkCheck.read(spark, options.check());
        WorkplaceTables tables = stage.tables();
        List<String> korean = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String w : tables.names()) {
            (tables.tables(w).workplace().jurisdiction().equals("KR") ? korean : other).add(w);
        }
        Broadcast<Policies> shared = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(policies);
        Broadcast<WorkplaceTables> small = stage.small();
        Broadcast<Map<String, LocalDateRange>> periods = stage.byWorkplace();
        List<Money> sweep = List.copyOf(options.sweep());
        List<ExchangeRate> rates = List.copyOf(options.rates());
        Language language = options.check().language();
        Dataset<Row> out = stage.groups().filter(functions.col("known").and(functions.col("workplace").isin(korean.toArray())))
                .mapPartitions((MapPartitionsFunction<Row, Row>) part -> simulatePartition(part, small.value(), periods.value(),
                        shared.value(), sweep, rates, language), Encoders.row(OUT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> measures = out.filter(functions.col("measure").isNotNull()).select("measure.*");
        Dataset<Row> sums = measures.groupBy("workplace", "policy", "measure").agg(functions.sum("value").as("value"));
        Dataset<Row> total = measures.groupBy("policy", "measure").agg(functions.sum("value").as("value"));
        Dataset<Row> people = out.filter(functions.col("person").isNotNull()).select("person.*");
        Dataset<Row> rejects = stage.groups().select(functions.col("workplace"), functions.col("employee"),
                functions.explode(functions.col("rejected")).as("r")).select(functions.col("r.file"), functions.col("r.line"),
                functions.col("workplace"), functions.col("employee"), functions.col("r.reason"));
        SparkCheck.write(sums.orderBy("workplace", "policy", "measure").coalesce(1), options.check(), "simulation");
        SparkCheck.write(total.orderBy("policy", "measure").coalesce(1), options.check(), "simulation-total");
        SparkCheck.write(people, options.check(), "people");
        SparkCheck.write(rejects.coalesce(1), options.check(), "rejects");
        long employees = measures.filter(functions.col("policy").isNull().and(functions.col("measure").equalTo("employees"))).count();
        out.unpersist();
        stage.groups().unpersist();
        return new Result(stage.read(), stage.accepted(), stage.rejected(), employees, korean, other);
    }

    static Iterator<Row> simulatePartition(Iterator<Row> groups, WorkplaceTables tables, Map<String, LocalDateRange> periods,
            Policies policies, List<Money> sweep, List<ExchangeRate> rates, Language language) {
        Simulation simulation = Simulation.korean();
        List<PolicyExemptionTest> tests = policies.tests();
        Map<String, SimulationOptions> byWorkplace = new java.util.HashMap<>();
        List<Row> rows = new ArrayList<>();
        while (groups.hasNext()) {
            Row group = groups.next();
            String workplace = group.getString(0);
            LocalDateRange period = periods.get(workplace);
            if (period == null) {
                continue; // no accepted shift in the workplace: the CLI has no period to simulate
            }
            String id = group.getString(1);
            org.worktime.core.domain.Dataset own = tables.tables(workplace);
            List<Row> kept = group.getList(6);
            List<Shift> shifts = new ArrayList<>(kept.size());
            for (Row r : kept) {
                shifts.add(ShiftRows.shift(id, r));
            }
            SimulationOptions options = byWorkplace.computeIfAbsent(workplace, w -> SimulationOptions.of(period)
                    .withRates(ExchangeRates.of(rates)).withSweep(sweep));
            SimulationResult result = simulation.run(one(own, id, shifts), tests, options, Progress.NONE);
            measures(workplace, result, rows);
            int index = tables.indexOf(workplace, id);
            for (PolicyOutcome p : result.policies()) {
                for (Person x : p.people()) {
                    rows.add(RowFactory.create(null, RowFactory.create(workplace, index, p.id(), x.id(), x.name(), x.jobFamily(),
                            x.salaryBand(), x.annualPay(), x.verdict().name(), x.reason().in(language), x.liftedViolations(),
                            x.liftedPremium().getAmount().toPlainString(), x.maxWeekMinutes(), x.weeksAbove52(), x.interviews(),
                            scala.jdk.javaapi.CollectionConverters.asScala(x.healthBreaches()))));
                }
            }
        }
        return rows.iterator();
    }

    /** The employee's own dataset, as {@link EmployeeUnit#evaluate} builds it. */
    private static org.worktime.core.domain.Dataset one(org.worktime.core.domain.Dataset tables, String id, List<Shift> shifts) {
        Employee employee = tables.employee(id);
        org.worktime.core.domain.Dataset one = org.worktime.core.domain.Dataset.of(tables.workplace(), List.of(employee), shifts)
                .withEarnings(tables.earningsOf(id)).withAttestations(tables.attestationsOf(id));
        return tables.leaveRecorded() ? one.withLeave(tables.leaveOf(id)) : one;
    }

    /** One employee's numbers, named as the CLI's JSON document names them; every one of them sums over employees. */
    static void measures(String workplace, SimulationResult r, List<Row> into) {
        Map<String, BigDecimal> law = new LinkedHashMap<>();
        law.put("employees", BigDecimal.valueOf(r.employees()));
        law.put("currentLaw.violations", BigDecimal.valueOf(r.baseline().violations()));
        law.put("currentLaw.peopleInViolation", BigDecimal.valueOf(r.baseline().peopleInViolation()));
        law.put("currentLaw.premiumOwed", r.baseline().premiumOwed().getAmount());
        law.put("currentLaw.personWeeks", BigDecimal.valueOf(r.baseline().personWeeks()));
        law.put("currentLaw.peopleAbove52h", BigDecimal.valueOf(r.baseline().peopleAbove52()));
        buckets("currentLaw.weeklyHours.", r.weekBuckets(), r.baseline().weeksByBucket(), law);
        add(workplace, null, law, into);
        for (PolicyOutcome p : r.policies()) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            m.put("exempt", BigDecimal.valueOf(p.exempt()));
            m.put("notExempt", BigDecimal.valueOf(p.notExempt()));
            m.put("indeterminate", BigDecimal.valueOf(p.indeterminate()));
            groups("byJobFamily.", p.byJobFamily(), m);
            groups("bySalaryBand.", p.bySalaryBand(), m);
            m.put("violationsLawful", BigDecimal.valueOf(p.violationsLawful()));
            m.put("peopleNoLongerInViolation", BigDecimal.valueOf(p.peopleNoLongerInViolation()));
            m.put("premiumNoLongerOwed", p.premiumNoLongerOwed().getAmount());
            p.premiumByKind().forEach((kind, money) -> m.put("premiumNoLongerOwedByKind." + kind, money.getAmount()));
            m.put("doctorInterviews", BigDecimal.valueOf(p.interviews()));
            m.put("peopleWithDoctorInterviews", BigDecimal.valueOf(p.peopleWithInterviews()));
            p.healthBreaches().forEach((measure, n) -> m.put("healthBreaches." + measure, BigDecimal.valueOf(n)));
            m.put("peopleBeyondHealthMeasures", BigDecimal.valueOf(p.peopleBeyondHealth()));
            m.put("above52hCovered", BigDecimal.valueOf(p.above52Covered()));
            buckets("exemptWeeklyHours.", r.weekBuckets(), p.exemptWeeksByBucket(), m);
            for (SweepPoint s : p.sweep()) {
                String at = "sweep." + s.threshold().getAmount().toPlainString() + ".";
                m.put(at + "exempt", BigDecimal.valueOf(s.exempt()));
                m.put(at + "premiumNoLongerOwed", s.premiumNoLongerOwed().getAmount());
                m.put(at + "above52hCovered", BigDecimal.valueOf(s.above52Covered()));
                m.put(at + "violationsLawful", BigDecimal.valueOf(s.violationsLawful()));
            }
            add(workplace, p.id(), m, into);
        }
    }

    private static void groups(String prefix, List<Group> groups, Map<String, BigDecimal> into) {
        for (Group g : groups) {
            into.put(prefix + g.name() + ".employees", BigDecimal.valueOf(g.employees()));
            into.put(prefix + g.name() + ".exempt", BigDecimal.valueOf(g.exempt()));
            into.put(prefix + g.name() + ".indeterminate", BigDecimal.valueOf(g.indeterminate()));
        }
    }

    private static void buckets(String prefix, List<String> names, List<Long> counts, Map<String, BigDecimal> into) {
        for (int i = 0; i < names.size(); i++) {
            into.put(prefix + names.get(i), BigDecimal.valueOf(counts.get(i)));
        }
    }

    private static void add(String workplace, String policy, Map<String, BigDecimal> values, List<Row> into) {
        values.forEach((measure, value) -> into.add(RowFactory.create(RowFactory.create(workplace, policy, measure, value), null)));
    }

    /**
     * The policy files, carried as their bytes so that one broadcast brings them to every executor, each read once per JVM
     * by the policy module's own reader against the Korean pack's rules.
     */
    static final class Policies implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, byte[]> files;
        private transient List<PolicyExemptionTest> read;

        private Policies(LinkedHashMap<String, byte[]> files) {
            this.files = files;
        }

        static Policies of(List<String> paths) throws IOException {
            LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
            for (String p : paths) {
                files.put(p, Files.readAllBytes(Path.of(p)));
            }
            return new Policies(files);
        }

        synchronized List<PolicyExemptionTest> tests() {
            if (read == null) {
                List<PolicyExemptionTest> tests = new ArrayList<>();
                try {
                    Path dir = Files.createTempDirectory("worktime-spark-policies-");
                    int n = 0;
                    for (Map.Entry<String, byte[]> file : files.entrySet()) {
                        // The file's own name is kept (its extension tells YAML from JSON), in a folder of its own.
                        Path own = Files.createDirectory(dir.resolve(Integer.toString(n++)));
                        Path copy = own.resolve(Path.of(file.getKey()).getFileName().toString());
                        Files.write(copy, file.getValue());
                        try {
                            tests.add(PolicyFiles.read(copy, Simulation.korean().pack()));
                        } catch (InputException e) {
                            throw new IllegalArgumentException(file.getKey() + ": " + e.message(Language.EN), e);
                        } finally {
                            Files.delete(copy);
                            Files.delete(own);
                        }
                    }
                    Files.delete(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                read = List.copyOf(tests);
            }
            return read;
        }
    }
}
