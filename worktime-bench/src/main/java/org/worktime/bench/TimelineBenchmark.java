package org.worktime.bench;

import java.time.ZoneId;
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
import org.openjdk.jmh.infra.Blackhole;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.Timeline;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.param.ParameterTable;
import org.worktime.kr.KoreanPack;

/**
 * {@code Timeline.build} alone: every employee's shifts cut into legal-day and night segments, breaks removed, day
 * types looked up, with the Korean pack's day types and night window. Throughput in shifts per second, one thread.
 * One invocation builds the timelines of {@value CheckAndPayBenchmark#SHIFTS_PER_INVOCATION} shifts (the whole
 * default dataset).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@State(Scope.Benchmark)
public class TimelineBenchmark {

    @Param({"100000"})
    public int shifts;

    @Param({"42"})
    public long seed;

    private BenchmarkData data;
    private DayTypes[] dayTypes;
    private TimelinePolicy policy;
    private ZoneId zone;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        KoreanPack pack = new KoreanPack();
        data = BenchmarkData.generate(shifts, seed, CheckAndPayBenchmark.SHIFTS_PER_INVOCATION);
        ParameterTable parameters = pack.parameters();
        zone = data.dataset.workplace().zone();
        policy = pack.timelinePolicy(data.dataset.workplace(), parameters);
        dayTypes = new DayTypes[data.slices.length];
        for (int i = 0; i < dayTypes.length; i++) {
            dayTypes[i] = pack.dayTypes(data.slices[i].workplace(), parameters);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CheckAndPayBenchmark.SHIFTS_PER_INVOCATION)
    public void build(Blackhole bh) {
        int slice = next;
        next = slice + 1 == data.slices.length ? 0 : slice + 1;
        Dataset d = data.slices[slice];
        for (Employee e : d.employees()) {
            bh.consume(Timeline.build(d.shiftsOf(e.id()), zone, dayTypes[slice], policy));
        }
    }
}
