package org.worktime.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.worktime.core.i18n.Language;

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

    static int run(String[] args) {
        SparkCheck.Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("worktime-spark: " + e.getMessage());
            System.err.println(usage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("worktime-spark check");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            long started = System.nanoTime();
            SparkCheck.Result r = SparkCheck.run(spark, options);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "read %d, accepted %d, rejected %d shift rows; %d employees, %d findings, %d pay lines; "
                    + "%.1f s (%.0f shifts/s) -> %s%n", r.read(), r.accepted(), r.rejected(), r.employees(), r.findings(), r.payLines(),
                    seconds, r.read() / seconds, options.out());
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
                + "[--lang en|ko|ja] [--from DATE] [--to DATE]";
    }

    static SparkCheck.Options parse(String[] args) {
        if (args.length == 0 || !args[0].equals("check")) {
            throw new IllegalArgumentException("the command is check");
        }
        String workplaces = null;
        String out = null;
        String format = "parquet";
        Language language = Language.EN;
        LocalDate from = null;
        LocalDate to = null;
        List<String> shifts = new ArrayList<>();
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
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (workplaces == null || out == null) {
            throw new IllegalArgumentException("--workplaces and --out are required");
        }
        return new SparkCheck.Options(workplaces, shifts, out, format, language, from, to);
    }
}
