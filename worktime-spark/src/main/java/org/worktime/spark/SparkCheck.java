package org.worktime.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * The Spark job behind {@code worktime-spark check}: shift rows grouped by workplace and employee, each group read and
 * evaluated by {@link EmployeeUnit}, findings, pay lines, a summary and the rejected rows written as tables.
 *
 * <p>Two stages over one shuffle: the groups are read (accepted rows, rejects, first and last start) and kept; the
 * workplaces' periods are computed from them as the CLI computes its default period (the week of the first shift to the
 * day of the last, over the whole workplace); then every group is evaluated over its workplace's period.
 */
public final class SparkCheck {

    /** What to read and where to write. {@code shifts} empty: each workplace folder's own shifts.csv. */
    public record Options(String workplaces, List<String> shifts, String out, String format, Language language, LocalDate from,
            LocalDate to, String asOf, String parameters) {

        /** Without {@code --as-of} and {@code --parameters}. */
        public Options(String workplaces, List<String> shifts, String out, String format, Language language, LocalDate from,
                LocalDate to) {
            this(workplaces, shifts, out, format, language, from, to, null, null);
        }

        /** These options with {@code --as-of} (a date-time or date, as {@code worktime check} takes it). */
        public Options withAsOf(String text) {
            return new Options(workplaces, shifts, out, format, language, from, to, text, parameters);
        }

        /** These options with {@code --parameters FILE} (override rows, as {@code worktime check} takes them). */
        public Options withParameters(String file) {
            return new Options(workplaces, shifts, out, format, language, from, to, asOf, file);
        }
    }

    /** The counts of a run; {@code read == accepted + rejected} is checked before anything is written. */
    public record Result(long read, long accepted, long rejected, long employees, long findings, long payLines) {
    }

    static final StructType GROUP = DataTypes.createStructType(List.of(
            DataTypes.createStructField("workplace", DataTypes.StringType, true),
            DataTypes.createStructField("employee", DataTypes.StringType, true),
            DataTypes.createStructField("known", DataTypes.BooleanType, false),
            DataTypes.createStructField("rows", DataTypes.LongType, false),
            DataTypes.createStructField("firstStart", DataTypes.LongType, true),
            DataTypes.createStructField("lastStart", DataTypes.LongType, true),
            DataTypes.createStructField("accepted", DataTypes.createArrayType(ShiftRows.SCHEMA), false),
            DataTypes.createStructField("rejected", DataTypes.createArrayType(DataTypes.createStructType(List.of(
                    DataTypes.createStructField("file", DataTypes.StringType, false),
                    DataTypes.createStructField("line", DataTypes.LongType, false),
                    DataTypes.createStructField("reason", DataTypes.StringType, false)))), false)));

    static final StructType OUT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("finding", ReportRows.FINDING_SCHEMA, true),
            DataTypes.createStructField("payLine", ReportRows.PAY_SCHEMA, true)));

    private SparkCheck() {
    }

    /**
     * The read stage both jobs share: the groups of every workplace and employee (persisted: free them with
     * {@code groups.unpersist()}), their counts (checked to add up), each workplace's period, the broadcast tables.
     */
    record Stage(Dataset<Row> groups, long read, long accepted, long rejected, Map<String, LocalDateRange> periods,
            Broadcast<WorkplaceTables> small, Broadcast<Map<String, LocalDateRange>> byWorkplace, Broadcast<Evaluations> evaluations) {
        WorkplaceTables tables() {
            return small.value();
        }
    }

    public static Result run(SparkSession spark, Options options) throws IOException {
        Stage stage = read(spark, options);
        Dataset<Row> groups = stage.groups();
        Broadcast<WorkplaceTables> small = stage.small();
        Language language = options.language();
        Broadcast<Evaluations> evaluations = stage.evaluations();
        long read = stage.read();
        long accepted = stage.accepted();
        long rejected = stage.rejected();
        Dataset<Row> out = groups.filter(functions.col("known"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) part -> evaluatePartition(part, small.value(),
                        evaluations.value(), language), Encoders.row(OUT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> findings = out.filter(functions.col("finding").isNotNull()).select("finding.*");
        Dataset<Row> payLines = out.filter(functions.col("payLine").isNotNull()).select("payLine.*");
        Dataset<Row> rejects = groups.select(functions.col("workplace"), functions.col("employee"),
                functions.explode(functions.col("rejected")).as("r")).select(functions.col("r.file"), functions.col("r.line"),
                functions.col("workplace"), functions.col("employee"), functions.col("r.reason"));
        Dataset<Row> summary = findings.groupBy("workplace", "ruleId", "severity").count().orderBy("workplace", "ruleId", "severity");

        write(findings, options, "findings");
        write(payLines, options, "pay-lines");
        write(summary.coalesce(1), options, "summary");
        write(rejects.coalesce(1), options, "rejects");
        long employees = groups.filter(functions.col("known")).count();
        Row made = out.agg(functions.count("finding"), functions.count("payLine")).first();
        Result result = new Result(read, accepted, rejected, employees, made.getLong(0), made.getLong(1));
        out.unpersist();
        groups.unpersist();
        return result;
    }

    static Stage read(SparkSession spark, Options options) throws IOException {
        WorkplaceTables tables = WorkplaceTables.of(java.nio.file.Path.of(options.workplaces()));
        Broadcast<WorkplaceTables> small = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(tables);
        Language language = options.language();

        Dataset<Row> shifts = shifts(spark, options, tables);
        partitions(spark, options);
        // Every known employee gets a group, with or without shifts: the CLI reports them all.
        List<Row> markers = new ArrayList<>();
        for (String workplace : tables.names()) {
            for (Employee e : tables.tables(workplace).employees()) {
                Object[] v = new Object[ShiftInput.SCHEMA.size()];
                v[0] = workplace;
                v[1] = e.id();
                v[v.length - 3] = "";
                v[v.length - 2] = -1L;
                markers.add(RowFactory.create(v));
            }
        }
        Dataset<Row> input = shifts.union(spark.createDataFrame(markers, ShiftInput.SCHEMA));

        Dataset<Row> groups = input
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + '\u0001' + r.getString(1), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> readGroup(key, rows, small.value(), language),
                        Encoders.row(GROUP))
                .persist(StorageLevel.MEMORY_AND_DISK());

        // One pass over the groups for the counts and each workplace's first and last start.
        List<Row> byWorkplaceCounts = groups.groupBy("workplace").agg(functions.sum("rows"),
                functions.sum(functions.size(functions.col("accepted"))), functions.sum(functions.size(functions.col("rejected"))),
                functions.min("firstStart"), functions.max("lastStart")).collectAsList();
        // Every row the readers gave went through the grouping (markers aside): that is the number read.
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        for (Row r : byWorkplaceCounts) {
            read += r.getLong(1);
            accepted += r.getLong(2);
            rejected += r.getLong(3);
        }
        if (read != accepted + rejected) {
            throw new IllegalStateException(Text.of("spark.error.counts", "read", read, "grouped", read, "accepted", accepted,
                    "rejected", rejected).in(Language.EN));
        }

        Map<String, LocalDateRange> periods = periods(byWorkplaceCounts, tables, options);
        Broadcast<Map<String, LocalDateRange>> byWorkplace = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new HashMap<>(periods));
        Evaluations evaluations = new Evaluations(periods, options.asOf(), options.parameters(),
                options.parameters() == null ? null : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(options.parameters())));
        List<org.worktime.core.rule.JurisdictionPack> packs = new ArrayList<>();
        for (String w : tables.names()) {
            org.worktime.core.rule.JurisdictionPack pack = EmployeeUnit.engine(tables.tables(w).workplace().jurisdiction()).pack();
            if (!packs.contains(pack)) {
                packs.add(pack);
            }
        }
        String refused = evaluations.check(packs);
        if (refused != null) {
            groups.unpersist();
            throw new IllegalArgumentException(refused);
        }
        return new Stage(groups, read, accepted, rejected, periods, small, byWorkplace,
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(evaluations));
    }

    /** Shift-file bytes per shuffle partition when the job chooses the partitions: about 300k shifts of the documented CSV. */
    static final long BYTES_PER_PARTITION = 16L << 20;

    /**
     * Unless {@code spark.sql.shuffle.partitions} is set, one shuffle partition per {@link #BYTES_PER_PARTITION} of shift
     * files, at least twice the default parallelism: Spark's default of 200 spreads small inputs so thin that the fixed
     * cost of 200 tasks a stage outweighs the work, and packs large ones too tightly.
     */
    private static void partitions(SparkSession spark, Options options) throws IOException {
        if (spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")
                || spark.conf().contains("spark.sql.shuffle.partitions")) {
            return;
        }
        List<String> paths = new ArrayList<>(options.shifts());
        if (paths.isEmpty()) {
            for (String workplace : WorkplaceTables.of(java.nio.file.Path.of(options.workplaces())).names()) {
                java.nio.file.Path file = java.nio.file.Path.of(options.workplaces(), workplace, "shifts.csv");
                if (java.nio.file.Files.isRegularFile(file)) {
                    paths.add(file.toUri().toString());
                }
            }
        }
        long bytes = ShiftInput.bytes(spark, paths);
        long wanted = Math.max(2L * spark.sparkContext().defaultParallelism(), (bytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION);
        spark.conf().set("spark.sql.shuffle.partitions", Long.toString(Math.min(wanted, 100_000)));
    }

    private static Dataset<Row> shifts(SparkSession spark, Options options, WorkplaceTables tables) throws IOException {
        if (!options.shifts().isEmpty()) {
            return ShiftInput.read(spark, options.shifts(), null);
        }
        Dataset<Row> all = spark.createDataFrame(List.of(), ShiftInput.SCHEMA);
        for (String workplace : tables.names()) {
            java.nio.file.Path file = java.nio.file.Path.of(options.workplaces(), workplace, "shifts.csv");
            if (java.nio.file.Files.isRegularFile(file)) {
                all = all.union(ShiftInput.read(spark, List.of(file.toUri().toString()), workplace));
            }
        }
        return all;
    }

    static void write(Dataset<Row> table, Options options, String name) {
        String path = options.out() + "/" + name;
        if ("json".equals(options.format())) {
            table.write().mode(SaveMode.Overwrite).json(path);
        } else {
            table.write().mode(SaveMode.Overwrite).parquet(path);
        }
    }

    /** One group's rows read: a marker row (line -1) only says the employee exists; a malformed CSV row is rejected whole. */
    static Iterator<Row> readGroup(String key, Iterator<Row> rows, WorkplaceTables tables, Language language) {
        int cut = key.indexOf('\u0001');
        String workplace = key.substring(0, cut);
        String employee = key.substring(cut + 1);
        List<EmployeeUnit.RawShift> raw = new ArrayList<>();
        List<Row> rejected = new ArrayList<>();
        long count = 0;
        int corrupt = ShiftInput.SCHEMA.fieldIndex(ShiftInput.CORRUPT);
        int fileAt = ShiftInput.SCHEMA.fieldIndex("file");
        while (rows.hasNext()) {
            Row r = rows.next();
            long line = r.getLong(fileAt + 1);
            if (line < 0) {
                continue;
            }
            count++;
            String file = r.getString(fileAt);
            if (!r.isNullAt(corrupt)) {
                rejected.add(RowFactory.create(file, line, Text.of("spark.reject.malformed", "record", r.getString(corrupt)).in(language)));
            } else if (!tables.has(workplace)) {
                rejected.add(RowFactory.create(file, line, Text.of("spark.reject.unknown-workplace", "workplace", workplace,
                        "known", String.join(", ", tables.names())).in(language)));
            } else {
                List<String> values = new ArrayList<>(EmployeeUnit.COLUMNS.size());
                for (int i = 1; i <= EmployeeUnit.COLUMNS.size(); i++) {
                    values.add(r.getString(i));
                }
                raw.add(new EmployeeUnit.RawShift(file, line, values));
            }
        }
        raw.sort(java.util.Comparator.comparing(EmployeeUnit.RawShift::file).thenComparingLong(EmployeeUnit.RawShift::line));
        boolean known = tables.has(workplace) && tables.tables(workplace).employee(employee) != null;
        List<Row> accepted = new ArrayList<>();
        Long first = null;
        Long last = null;
        if (tables.has(workplace) && !raw.isEmpty()) {
            EmployeeUnit.Read read = EmployeeUnit.read(tables.tables(workplace), employee, raw, language);
            for (EmployeeUnit.Rejected x : read.rejected()) {
                rejected.add(RowFactory.create(x.file(), x.line(), x.reason()));
            }
            for (org.worktime.core.domain.Shift s : read.shifts()) {
                accepted.add(ShiftRows.row(s));
            }
            first = read.firstStart() == null ? null : read.firstStart().getEpochSecond();
            last = read.lastStart() == null ? null : read.lastStart().getEpochSecond();
        }
        // Row encoders take Scala sequences for arrays.
        return List.of(RowFactory.create(workplace, employee, known, count, first, last,
                scala.jdk.javaapi.CollectionConverters.asScala(accepted), scala.jdk.javaapi.CollectionConverters.asScala(rejected)))
                .iterator();
    }

    /**
     * Each workplace's period as the CLI's default (ReportRunner.period): from the first day of the week the first shift
     * starts in to the date the last shift starts, in the workplace's zone; --from and --to replace either end.
     */
    static Map<String, LocalDateRange> periods(List<Row> byWorkplace, WorkplaceTables tables, Options options) {
        Map<String, LocalDateRange> periods = new HashMap<>();
        for (Row r : byWorkplace) {
            if (r.isNullAt(4)) {
                continue; // no accepted shift (or no such workplace): no period
            }
            Workplace workplace = tables.tables(r.getString(0)).workplace();
            ZoneId zone = workplace.zone();
            LocalDate first = workplace.weekStartOf(java.time.Instant.ofEpochSecond(r.getLong(4))).toLocalDate();
            LocalDate last = java.time.Instant.ofEpochSecond(r.getLong(5)).atZone(zone).toLocalDate();
            LocalDate start = options.from() != null ? options.from() : first;
            LocalDate end = options.to() != null ? options.to() : last;
            if (!end.isBefore(start)) {
                periods.put(r.getString(0), LocalDateRange.ofClosed(start, end));
            }
        }
        return periods;
    }

    /**
     * One partition's employees evaluated: each workplace's evaluation is prepared once in the partition (its parameters,
     * day types and weeks do not depend on the employee), and each employee's shifts are the values the read stage kept.
     */
    static Iterator<Row> evaluatePartition(Iterator<Row> groups, WorkplaceTables tables, Evaluations evaluations, Language language) {
        Map<String, org.worktime.core.engine.Engine.Prepared> prepared = new HashMap<>();
        Map<String, ReportRows.Mapper> mappers = new HashMap<>();
        List<Row> findings = new ArrayList<>();
        List<Row> payLines = new ArrayList<>();
        return new Iterator<>() {
            private final java.util.ArrayDeque<Row> ready = new java.util.ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && groups.hasNext()) {
                    evaluate(groups.next());
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return ready.poll();
            }

            private void evaluate(Row group) {
                String workplace = group.getString(0);
                if (evaluations.period(workplace) == null) {
                    // A workplace without one accepted shift: the CLI refuses it (no period to report on); nothing to evaluate.
                    return;
                }
                String employee = group.getString(1);
                org.worktime.core.domain.Dataset own = tables.tables(workplace);
                org.worktime.core.engine.Engine.Prepared ready = prepared.computeIfAbsent(workplace, w -> {
                    org.worktime.core.engine.Engine engine = EmployeeUnit.engine(own.workplace().jurisdiction());
                    return engine.prepare(own.workplace(), evaluations.of(w, own.workplace(), engine.pack()));
                });
                ReportRows.Mapper mapper = mappers.computeIfAbsent(own.workplace().jurisdiction(),
                        j -> new ReportRows.Mapper(EmployeeUnit.engine(j).pack(), language));
                List<Row> rows = group.getList(6);
                List<org.worktime.core.domain.Shift> shifts = new ArrayList<>(rows.size());
                for (Row r : rows) {
                    shifts.add(ShiftRows.shift(employee, r));
                }
                findings.clear();
                payLines.clear();
                mapper.rows(workplace, tables.indexOf(workplace, employee), EmployeeUnit.evaluate(own, ready, employee, shifts), findings,
                        payLines);
                findings.forEach(f -> this.ready.add(RowFactory.create(f, null)));
                payLines.forEach(p -> this.ready.add(RowFactory.create(null, p)));
            }
        };
    }
}
