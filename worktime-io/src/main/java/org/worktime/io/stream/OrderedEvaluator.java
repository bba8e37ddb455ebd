package org.worktime.io.stream;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.worktime.core.engine.Engine;
import org.worktime.core.report.EmployeeReport;

/**
 * Evaluates employee batches on several threads and hands their reports to one sink in the order the batches were
 * given (the report's order), whatever order they finish in. At most {@code 4 x threads} batches are in flight: the
 * producer waits for the oldest when the window is full, so memory follows the window, not the dataset. With one
 * thread, batches are evaluated on the caller's thread, one after another.
 *
 * <p>Use: {@link #submit} each batch in order, then {@link #finish}; the sink runs on the caller's thread.
 */
public final class OrderedEvaluator implements AutoCloseable {

    /** Receives each employee's report, in order. */
    @FunctionalInterface
    public interface Sink {
        void accept(EmployeeReport report) throws java.io.IOException;
    }

    private final Engine.Prepared prepared;
    private final Sink sink;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<EmployeeReport>> inFlight = new ArrayDeque<>();

    public OrderedEvaluator(Engine.Prepared prepared, int threads, Sink sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.prepared = prepared;
        this.sink = sink;
        this.window = 4 * threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "worktime-evaluate");
            t.setDaemon(true);
            return t;
        });
    }

    /** The number of threads to use by default: the processors available to the JVM. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Evaluates a batch (or queues it), writing the reports that are ready in order. */
    public void submit(EmployeeBatch batch) throws java.io.IOException {
        if (pool == null) {
            sink.accept(batch.evaluate(prepared));
            return;
        }
        while (inFlight.size() >= window) {
            drainOne();
        }
        inFlight.add(pool.submit(() -> batch.evaluate(prepared)));
    }

    /** Waits for every batch submitted and writes their reports. */
    public void finish() throws java.io.IOException {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    private void drainOne() throws java.io.IOException {
        Future<EmployeeReport> next = inFlight.poll();
        try {
            sink.accept(next.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            // The engine's own failure (a bug, or out of memory) surfaces as if evaluated on this thread.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }
}
