package org.worktime.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.worktime.core.engine.Engine;
import org.worktime.core.report.Report;
import org.worktime.core.rule.Packs;

/**
 * The whole evaluation of one pack, check and pay together (by default Korea's; {@code -p jurisdiction=US} or
 * {@code JP} moves the same generated workforce to a Californian or Japanese workplace): {@code Engine.of(pack).evaluate(dataset,
 * Evaluation.between(first, last))} over a generated dataset's whole period (timeline, ledger, the seven limit
 * rules and the five pay rules, the report). Throughput in shifts per second, one thread.
 *
 * <p>One invocation evaluates {@value #SHIFTS_PER_INVOCATION} shifts: with the default {@code shifts=100000} that
 * is the whole dataset in one {@code evaluate} call. {@code -p shifts=1000000} generates a 1,000,000-shift dataset
 * (4,000 employees) and evaluates it in ten calls of 400 employees each, round robin, so that the score stays in
 * shifts per second ({@code @OperationsPerInvocation} must be a constant).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class CheckAndPayBenchmark {

    public static final int SHIFTS_PER_INVOCATION = 100_000;

    /** Shifts in the generated dataset; a multiple of {@value #SHIFTS_PER_INVOCATION}. Try {@code -p shifts=1000000}. */
    @Param({"100000"})
    public int shifts;

    @Param({"42"})
    public long seed;

    /** The pack: KR, or the same workforce moved to a US (California) or Japanese workplace. */
    @Param({"KR"})
    public String jurisdiction;

    private Engine engine;
    private BenchmarkData data;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = Engine.of(Packs.find(jurisdiction).orElseThrow(() -> new IllegalArgumentException("No pack " + jurisdiction)));
        data = BenchmarkData.generate(shifts, seed, SHIFTS_PER_INVOCATION, jurisdiction);
        Report report = engine.evaluate(data.slices[0], data.evaluation);
        // The US has few limit rules (no hour cap): pay lines are what it must produce.
        if (report.employees().isEmpty() || report.payLines().isEmpty() || !jurisdiction.equals("US") && report.findings().isEmpty()) {
            throw new IllegalStateException("The generated dataset should give findings and pay lines");
        }
    }

    @Benchmark
    @OperationsPerInvocation(SHIFTS_PER_INVOCATION)
    public Report checkAndPay() {
        int slice = next;
        next = slice + 1 == data.slices.length ? 0 : slice + 1;
        return engine.evaluate(data.slices[slice], data.evaluation);
    }
}
