package org.worktime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The SQL baseline of issue 16: DuckDB computing, from the same {@code shifts.csv} that {@code worktime check}
 * reads, (a) the hours worked per employee and week and (b) a naive "52-hour" check, the weeks of more than 52 h.
 * It is the yardstick the end-to-end benchmark divides Worktime's time by ({@code scripts/bench-e2e.sh}).
 *
 * <p>What it computes, as docs/FORMATS.md defines the columns, for the files {@link KoreanDatasetGenerator} writes:
 * <ul>
 *   <li>a shift's worked time is {@code end - start} minus its breaks. {@code start} and {@code end} are local
 *       date-times in the workplace zone, Asia/Seoul, which has had no daylight saving time since 1988, so the
 *       wall-clock difference is the elapsed time;</li>
 *   <li>the columns are {@code employee,start,end,breaks} (checked: they are read by position);</li>
 *   <li>{@code breaks} is {@code HH:MM-HH:MM} joined by {@code ;}, each time being its first occurrence at or after
 *       the shift's start (so {@code 02:00-03:00} in a 22:00 shift is the next morning); any other form stops the query
 *       with an error rather than being misread;</li>
 *   <li>the week is the ISO week of the shift's start: Monday 00:00 local, the generator's {@code weekStart: MONDAY};
 *       a shift that crosses midnight counts to the day it started, as the engine counts a work day
 *       ({@code WeekHours});</li>
 *   <li>"52 hours" is the naive reading: a week's total of more than 52 h (40 regular + 12 extended, Art. 53(1), the
 *       Supreme Court's weekly-total method), with no flexible, selective or special arrangement considered.</li>
 * </ul>
 *
 * <p>Both results are written, sorted, to CSV files ({@code weekly.csv}, {@code over52.csv}: {@code employee,week,seconds})
 * so that the work cannot be skipped, and the row counts and wall time are printed.
 *
 * <p>Command line: {@code java --enable-native-access=ALL-UNNAMED -cp worktime-bench.jar org.worktime.bench.DuckDbBaseline
 * DATASET --out DIR [--threads N]}, DATASET being a dataset folder or its {@code shifts.csv}. The DuckDB native library
 * ships inside the {@code duckdb_jdbc} jar and is unpacked at start.
 */
public final class DuckDbBaseline {

    /** The columns the query reads by position, as {@link KoreanDatasetGenerator} writes them. */
    static final String HEADER = "employee,start,end,breaks";

    /** More than this many seconds in a week is a "52-hour" week. */
    public static final long CAP_SECONDS = 52L * 3600;

    /** What one run found and how long it took. */
    public record Result(long shifts, long weeks, long over52, long totalSeconds, double seconds, double startSeconds, String duckDbVersion,
            int threads) {
    }

    private DuckDbBaseline() {
    }

    /**
     * Reads {@code shiftsCsv}, writes {@code weekly.csv} and {@code over52.csv} into {@code outDir} (created), and
     * returns the counts. {@code threads} of 0 leaves DuckDB's default (one per core).
     */
    public static Result run(Path shiftsCsv, Path outDir, int threads) throws IOException, SQLException {
        if (!Files.isRegularFile(shiftsCsv)) {
            throw new IOException("Not a file: " + shiftsCsv);
        }
        try (var lines = Files.lines(shiftsCsv)) {
            // read_csv is given the column types by position: another layout (origin, break_waiver...) would be misread
            String header = lines.findFirst().orElse("");
            if (!header.equals(HEADER)) {
                throw new IOException(shiftsCsv + ": the header is '" + header + "', not '" + HEADER + "' as the generator writes it");
            }
        }
        Files.createDirectories(outDir);
        long t0 = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = connection.createStatement()) {
            double start = (System.nanoTime() - t0) / 1e9; // loading the driver and unpacking the native library
            if (threads > 0) {
                sql.execute("SET threads = " + threads);
            }
            sql.execute("CREATE TEMP TABLE weekly AS " + weeklyQuery(shiftsCsv));
            sql.execute("COPY (SELECT employee, week, seconds FROM weekly ORDER BY employee, week) TO " + literal(outDir.resolve("weekly.csv"))
                    + " (HEADER, DELIMITER ',')");
            sql.execute("COPY (SELECT employee, week, seconds FROM weekly WHERE seconds > " + CAP_SECONDS + " ORDER BY employee, week) TO "
                    + literal(outDir.resolve("over52.csv")) + " (HEADER, DELIMITER ',')");
            try (ResultSet r = sql.executeQuery("SELECT sum(shifts), count(*), count(*) FILTER (WHERE seconds > " + CAP_SECONDS
                    + "), sum(seconds), version(), current_setting('threads') FROM weekly")) {
                r.next();
                return new Result(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), (System.nanoTime() - t0) / 1e9, start, r.getString(5),
                        r.getInt(6));
            }
        }
    }

    /**
     * The weekly sums as one SELECT: {@code employee, week, seconds, shifts}. Break times are seconds after the shift's
     * start, modulo a day ({@code (t - start + 86400) % 86400}): the first occurrence at or after the start.
     */
    static String weeklyQuery(Path shiftsCsv) {
        String startOfDay = "(hour(\"start\") * 3600 + minute(\"start\") * 60 + CAST(second(\"start\") AS BIGINT))";
        String after = "((%s - " + startOfDay + " + 86400) %% 86400)";
        String from = String.format(Locale.ROOT, after, "(CAST(b[1:2] AS BIGINT) * 3600 + CAST(b[4:5] AS BIGINT) * 60)");
        String to = String.format(Locale.ROOT, after, "(CAST(b[7:8] AS BIGINT) * 3600 + CAST(b[10:11] AS BIGINT) * 60)");
        String breakSeconds = "CASE WHEN length(b) = 11 AND b[3] = ':' AND b[6] = '-' AND b[9] = ':' THEN " + to + " - " + from
                + " ELSE error('break not in the form HH:MM-HH:MM: ' || b) END";
        return "SELECT employee, CAST(date_trunc('week', \"start\") AS DATE) AS week,"
                + " sum(date_diff('second', \"start\", \"end\")"
                + " - coalesce(list_sum(list_transform(string_split(breaks, ';'), lambda b: " + breakSeconds + ")), 0)) AS seconds,"
                + " count(*) AS shifts"
                + " FROM read_csv(" + literal(shiftsCsv) + ", header = true, auto_detect = false, delim = ',', quote = '\"',"
                + " columns = {'employee': 'VARCHAR', 'start': 'TIMESTAMP', 'end': 'TIMESTAMP', 'breaks': 'VARCHAR'})"
                + " GROUP BY employee, week";
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    public static void main(String[] args) throws Exception {
        Path dataset = null;
        Path out = null;
        int threads = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--threads" -> threads = Integer.parseInt(value(args, ++i, "--threads"));
                    case "-h", "--help" -> {
                        usage();
                        return;
                    }
                    default -> {
                        if (args[i].startsWith("-") || dataset != null) {
                            throw new IllegalArgumentException("unknown argument " + args[i]);
                        }
                        dataset = Path.of(args[i]);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("Bad arguments: " + e.getMessage());
            usage();
            System.exit(2);
        }
        if (dataset == null || out == null || threads < 0) {
            usage();
            System.exit(2);
        }
        Path csv = Files.isDirectory(dataset) ? dataset.resolve("shifts.csv") : dataset;
        Result r = run(csv, out, threads);
        System.out.printf(Locale.ROOT, "DuckDB %s (%d threads): %,d shifts, %,d employee-weeks, %,d over 52 h, %,d h in all, %.3f s"
                + " (of which %.3f s loading DuckDB)%n", r.duckDbVersion(), r.threads(), r.shifts(), r.weeks(), r.over52(), r.totalSeconds() / 3600,
                r.seconds(), r.startSeconds());
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static void usage() {
        System.err.println("Usage: java --enable-native-access=ALL-UNNAMED -cp worktime-bench.jar org.worktime.bench.DuckDbBaseline"
                + " DATASET_DIR|shifts.csv --out DIR [--threads N]");
    }
}
