package org.worktime.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.ValueException;
import org.worktime.io.read.Values;

/**
 * {@code worktime-spark check --workplaces DIR [--shifts PATH]... --out DIR [--format parquet|json] [--lang en|ko|ja]
 * [--from DATE] [--to DATE]}: the job's entry point for spark-submit and for scripts/worktime-spark (local mode when no
 * master is set). Prints the counts; exit 0 when the job ran, 2 on a usage error, 3 when the job failed.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The job's defaults where the configuration (spark-submit's, or {@code -Dspark.*} properties) says nothing. */
    static SparkConf conf(SparkConf conf) {
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!conf.contains("spark.memory.fraction")) {
            // Each task holds its employees' parsed shifts and the engine's results on the heap, outside Spark's own
            // memory accounting. With Spark's default (0.6) a 20M-shift run in a 6 GiB local driver ran out of heap in
            // the grouping sort; at 0.3 it completed (docs/BENCHMARKS.md, "Spark at 20M shifts"). A setting given to
            // spark-submit or as -Dspark.memory.fraction wins.
            conf.set("spark.memory.fraction", MEMORY_FRACTION);
        }
        return conf;
    }

    /** Spark's unified memory share of the heap unless set: the rest is the engine's (see {@link #conf}). */
    static final String MEMORY_FRACTION = "0.3";

    static int run(String[] args) {
        Command command;
        try {
            command = parse(args);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.println("worktime-spark: " + e.getMessage());
            System.err.println(usage());
            return 2;
        }
        SparkConf conf = conf(new SparkConf().setAppName("worktime-spark " + args[0]));
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
            // Spark's default profile logs every task at INFO: for a job of thousands of tasks, that costs time and hides the counts.
            spark.sparkContext().setLogLevel("WARN");
        }
        try {
            long started = System.nanoTime();
            if (command.simulate() != null) {
                SparkSimulate.Result r = SparkSimulate.run(spark, command.simulate());
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "read %d, accepted %d, rejected %d shift rows; %d employees of %d Korean workplaces "
                        + "simulated%s; %.1f s -> %s%n", r.read(), r.accepted(), r.rejected(), r.employees(), r.simulated().size(),
                        r.notKorean().isEmpty() ? "" : " (not Korean, left out: " + String.join(", ", r.notKorean()) + ")", seconds,
                        command.check().out());
                return 0;
            }
            SparkCheck.Result r = SparkCheck.run(spark, command.check());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "read %d, accepted %d, rejected %d shift rows; %d employees, %d findings, %d pay lines; "
                    + "%.1f s (%.0f shifts/s) -> %s%n", r.read(), r.accepted(), r.rejected(), r.employees(), r.findings(), r.payLines(),
                    seconds, r.read() / seconds, command.check().out());
            return 0;
        } catch (Exception e) {
            e.printStackTrace();
            return 3;
        } finally {
            spark.stop();
        }
    }

    static String usage() {
        return "usage: worktime-spark check --workplaces DIR [--shifts PATH]... --out DIR [--format parquet|json] "
                + "[--lang en|ko|ja] [--from DATE] [--to DATE] [--as-of DATETIME] [--parameters FILE]\n"
                + "       worktime-spark simulate --workplaces DIR [--shifts PATH]... --policy FILE... --out DIR [--sweep MIN:MAX:STEP] "
                + "[--rate FROM/TO=RATE@DATE]... [--format parquet|json] [--lang en|ko|ja] [--from DATE] [--to DATE]";
    }

    /** A parsed command line: check's options, and simulate's when the command is simulate (else null). */
    record Command(SparkCheck.Options check, SparkSimulate.Options simulate) {
    }

    static Command parse(String[] args) {
        if (args.length == 0 || !args[0].equals("check") && !args[0].equals("simulate")) {
            throw new IllegalArgumentException("the command is check or simulate");
        }
        boolean simulate = args[0].equals("simulate");
        String workplaces = null;
        String out = null;
        String format = "parquet";
        Language language = Language.EN;
        LocalDate from = null;
        LocalDate to = null;
        List<String> shifts = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        List<Money> sweep = new ArrayList<>();
        List<ExchangeRate> rates = new ArrayList<>();
        String asOf = null;
        String parameters = null;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--workplaces" -> workplaces = value;
                case "--shifts" -> shifts.add(value);
                case "--out" -> out = value;
                case "--format" -> {
                    if (!value.equals("parquet") && !value.equals("json")) {
                        throw new IllegalArgumentException("--format is parquet or json");
                    }
                    format = value;
                }
                case "--lang" -> language = Language.valueOf(value.toUpperCase(Locale.ROOT));
                case "--from" -> from = LocalDate.parse(value);
                case "--to" -> to = LocalDate.parse(value);
                case "--as-of" -> {
                    Evaluations.checkAsOf(value);
                    asOf = checkOnly(simulate, option, value);
                }
                case "--parameters" -> parameters = checkOnly(simulate, option, value);
                case "--policy" -> policies.add(simulateOnly(simulate, option, value));
                case "--sweep" -> sweep = sweep(simulateOnly(simulate, option, value));
                case "--rate" -> rates.add(rate(simulateOnly(simulate, option, value)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (workplaces == null || out == null) {
            throw new IllegalArgumentException("--workplaces and --out are required");
        }
        SparkCheck.Options check = new SparkCheck.Options(workplaces, shifts, out, format, language, from, to, asOf, parameters);
        if (!simulate) {
            return new Command(check, null);
        }
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("simulate needs at least one --policy FILE");
        }
        return new Command(check, new SparkSimulate.Options(check, policies, sweep, rates));
    }

    private static String checkOnly(boolean simulate, String option, String value) {
        if (simulate) {
            throw new IllegalArgumentException(option + " is an option of check (worktime simulate does not take it either)");
        }
        return value;
    }

    private static String simulateOnly(boolean simulate, String option, String value) {
        if (!simulate) {
            throw new IllegalArgumentException(option + " is an option of simulate");
        }
        return value;
    }

    /** {@code MIN:MAX:STEP} in KRW a year, or in millions with M, as {@code worktime simulate --sweep} reads it. */
    static List<Money> sweep(String value) {
        String[] parts = value.strip().split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("--sweep is MIN:MAX:STEP");
        }
        BigDecimal min = won(parts[0]);
        BigDecimal max = won(parts[1]);
        BigDecimal step = won(parts[2]);
        if (step.signum() <= 0 || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("--sweep needs MIN <= MAX and a positive STEP");
        }
        List<Money> points = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            if (points.size() == 1000) {
                throw new IllegalArgumentException("--sweep has at most 1000 points");
            }
            points.add(Money.of(CurrencyUnit.of("KRW"), t));
        }
        return points;
    }

    private static BigDecimal won(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        boolean millions = t.endsWith("M");
        BigDecimal v;
        try {
            v = Values.boundedDecimal(millions ? t.substring(0, t.length() - 1) : t);
        } catch (ValueException e) {
            throw new IllegalArgumentException("--sweep: " + text + ": " + e.text().in(Language.EN));
        }
        v = millions ? v.multiply(BigDecimal.valueOf(1_000_000)) : v;
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(Values.MAX_NUMBER) > 0) {
            throw new IllegalArgumentException("--sweep: " + text + " is not a whole number of won");
        }
        return v.setScale(0);
    }

    /** {@code FROM/TO=RATE@DATE}, as {@code worktime simulate --rate} reads it. */
    static ExchangeRate rate(String value) {
        String v = value.strip();
        int slash = v.indexOf('/');
        int eq = v.indexOf('=');
        int at = v.indexOf('@');
        if (slash < 0 || eq < slash || at < eq) {
            throw new IllegalArgumentException("--rate is FROM/TO=RATE@DATE");
        }
        try {
            CurrencyUnit fromUnit = CurrencyUnit.of(v.substring(0, slash).strip().toUpperCase(Locale.ROOT));
            CurrencyUnit toUnit = CurrencyUnit.of(v.substring(slash + 1, eq).strip().toUpperCase(Locale.ROOT));
            BigDecimal rate = Values.boundedDecimal(v.substring(eq + 1, at));
            LocalDate on = LocalDate.parse(v.substring(at + 1).strip());
            if (rate.signum() <= 0 || fromUnit.equals(toUnit)) {
                throw new IllegalArgumentException("--rate needs a positive rate between two currencies");
            }
            return new ExchangeRate(fromUnit, toUnit, rate, on, "--rate " + v);
        } catch (org.joda.money.IllegalCurrencyException | ValueException e) {
            throw new IllegalArgumentException("--rate " + value + ": " + e.getMessage());
        }
    }
}
