package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.io.PrintWriter;
import org.worktime.core.i18n.Language;
import org.worktime.core.domain.Dataset;

/**
 * Progress on standard error while a long command runs: one line redrawn in place ({@code \r}) with a bar, the units
 * done and the time so far, then a final line of counts and time. Only on a terminal: in a pipe or a file, and with
 * {@code --quiet}, it writes nothing, so standard error keeps only what matters (errors, the quarantine summary).
 *
 * <p>Whether standard error is a terminal: the launchers ({@code worktime}, {@code bin/worktime}) say so in
 * {@code WORKTIME_STDERR_TTY} (the shell can test file descriptor 2; Java cannot); run as {@code java -jar}, the
 * console's own answer is used.
 */
final class Progress implements org.worktime.policy.sim.Progress {

    /** Tests set this to force the answer; null asks the environment. */
    static Boolean terminalOverride;

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String command;
    private final boolean active;
    private final Language language;
    private final long started = System.nanoTime();
    private long lastDraw;
    private long readNanos = -1;
    private int width;
    private long expectedRows;

    private Progress(PrintWriter err, String command, boolean active, Language language) {
        this.err = err;
        this.command = command;
        this.active = active;
        this.language = language;
    }

    static Progress start(PrintWriter err, String command, boolean quiet, Language language) {
        Progress p = new Progress(err, command, !quiet && isTerminal(), language);
        p.draw(Text.of("cli.progress.reading-start"), -1, -1, true);
        return p;
    }

    boolean active() {
        return active;
    }

    static boolean isTerminal() {
        if (terminalOverride != null) {
            return terminalOverride;
        }
        String env = System.getenv("WORKTIME_STDERR_TTY");
        if (env != null) {
            return env.equals("1");
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Console.isTerminal() is Java 22+; on 21 a console exists only on a terminal.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Reading: {@code rows} shift rows so far, with the share of the total when {@link #expect} could estimate it. */
    void reading(long rows) {
        if (active) {
            draw(readingText(rows), -1, -1, false);
        }
    }

    /** "reading 45% (12,000 shift rows)" with an estimate of the rows, else "reading: 12,000 shift rows". */
    Text readingText(long rows) {
        if (expectedRows <= 0) {
            return Text.of("cli.progress.reading", "rows", rows);
        }
        // An estimate from the files' size: never 100% before the reader says it is done.
        long percent = Math.min(99, rows * 100 / expectedRows);
        return Text.of("cli.progress.reading-percent", "percent", percent, "rows", rows);
    }

    /**
     * The shift files about to be read, so the reading line can show a percentage: their rows are estimated from their
     * size and the line length of their first {@value #SAMPLE} bytes (exact for a file that small). Only CSV files: a
     * workbook's size says nothing of its rows. Nothing happens off a terminal.
     */
    void expect(java.util.List<java.nio.file.Path> files) {
        if (!active) {
            return;
        }
        long rows = 0;
        for (java.nio.file.Path file : files) {
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                return; // one file of unknown rows: no percentage
            }
            try {
                rows += estimatedRows(file);
            } catch (java.io.IOException e) {
                return; // the reader will say what is wrong with the file
            }
        }
        expectedRows = rows;
    }

    static final int SAMPLE = 1 << 16;

    /** The lines of the file less its header, estimated from its first {@value #SAMPLE} bytes. */
    static long estimatedRows(java.nio.file.Path file) throws java.io.IOException {
        long size = java.nio.file.Files.size(file);
        byte[] sample = new byte[(int) Math.min(size, SAMPLE)];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            int n = in.readNBytes(sample, 0, sample.length);
            long lines = 0;
            for (int i = 0; i < n; i++) {
                if (sample[i] == '\n') {
                    lines++;
                }
            }
            if (n > 0 && sample[n - 1] != '\n' && n == size) {
                lines++; // a last line without its newline
            }
            if (n == 0 || lines == 0) {
                return 0;
            }
            long total = n == size ? lines : size * lines / n;
            return Math.max(0, total - 1);
        }
    }

    /** Reading is over: the dataset is in memory. */
    void read(Dataset dataset) {
        read(dataset.shiftCount(), dataset.employees().size());
    }

    /** Read (and checked) {@code shifts} shifts of {@code employees} employees. */
    void read(long shifts, int employees) {
        readNanos = System.nanoTime() - started;
        draw(Text.of("cli.progress.read", "shifts", shifts, "employees", employees), -1, -1, true);
    }

    /** Evaluating: {@code done} of {@code total} employees. */
    void evaluating(int done, int total) {
        draw(Text.of("cli.progress.evaluating"), done, total, done == total);
    }

    @Override
    public void step(String stage, int done, int total) {
        draw(Text.verbatim(stage), done, total, done == total);
    }

    /** Clears the progress line and prints the final line: the counts given, and the time read and in all. */
    void finish(Text counts) {
        if (!active) {
            return;
        }
        clear();
        long total = System.nanoTime() - started;
        err.println(command + ": " + Text.of("cli.progress.finished", "counts", counts, "read", readNanos >= 0 ? Text.of("cli.progress.read-in", "time", seconds(readNanos)) : Text.empty(),
                "total", seconds(total)).in(language));
        err.flush();
    }

    private void draw(Text text, int done, int total, boolean force) {
        if (active) {
            draw(text.in(language), done, total, force);
        }
    }

    private void draw(String what, int done, int total, boolean force) {
        if (!active) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        StringBuilder line = new StringBuilder(command).append(": ").append(what);
        if (total > 0) {
            int filled = (int) ((long) BAR * done / total);
            line.append(" [").append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ").append(done).append('/').append(total);
        }
        line.append("  ").append(seconds(now - started).in(language));
        String text = line.toString();
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        width = text.length();
        err.flush();
    }

    private void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    /** Seconds to a tenth, e.g. {@code 1.2 s}. */
    static Text seconds(long nanos) {
        return Text.of("cli.progress.seconds", "seconds", java.math.BigDecimal.valueOf(nanos).movePointLeft(9).setScale(1, java.math.RoundingMode.HALF_UP));
    }
}
