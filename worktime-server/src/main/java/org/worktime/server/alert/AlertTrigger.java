package org.worktime.server.alert;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the employees a transaction changed ({@link RecordsChanged}) and, once it commits, checks each employee once
 * (an import of a thousand shifts is one check per employee, not a thousand) on the alerts' own thread, then sends
 * what is due. A punch or an import is answered without waiting for the engine or an SMTP server. The one thread also
 * runs the dispatcher's schedule and the digest, so that nothing is sent twice by two threads at once.
 */
@Component
public class AlertTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(AlertTrigger.class);

    private final AlertService service;
    private final AlertDispatcher dispatcher;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "worktime-alerts");
        t.setDaemon(true);
        return t;
    });

    AlertTrigger(AlertService service, AlertDispatcher dispatcher) {
        this.service = service;
        this.dispatcher = dispatcher;
    }

    /** What one transaction changed in one workplace. */
    private static final class Changes {
        final Set<String> employees = new LinkedHashSet<>();
        Instant earliest;
    }

    @EventListener
    void changed(RecordsChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Changes one = new Changes();
            one.employees.add(event.employee());
            one.earliest = event.start();
            submit(Map.of(event.tenant() + "\n" + event.workplace(), one));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Changes> pending = (Map<String, Changes>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<String, Changes> created = new LinkedHashMap<>();
            pending = created;
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AlertTrigger.this);
                    if (status == STATUS_COMMITTED) {
                        submit(created);
                    }
                }
            });
        }
        Changes c = pending.computeIfAbsent(event.tenant() + "\n" + event.workplace(), k -> new Changes());
        c.employees.add(event.employee());
        c.earliest = c.earliest == null || event.start().isBefore(c.earliest) ? event.start() : c.earliest;
    }

    /**
     * The changes committed and not yet checked, by tenant and workplace, merged: however fast records change (a time
     * clock's punches all day), the alerts' thread has at most one check queued, of every employee changed since it
     * last looked, so its backlog and memory stay bounded by the number of employees, not by the number of changes.
     */
    private final Map<String, Changes> unchecked = new LinkedHashMap<>();
    private boolean drainQueued;

    private void submit(Map<String, Changes> changes) {
        synchronized (unchecked) {
            changes.forEach((key, c) -> unchecked.merge(key, c, (a, b) -> {
                a.employees.addAll(b.employees);
                a.earliest = b.earliest.isBefore(a.earliest) ? b.earliest : a.earliest;
                return a;
            }));
            if (drainQueued) {
                return;
            }
            drainQueued = true;
        }
        worker.execute(this::drain);
    }

    private void drain() {
        Map<String, Changes> batch;
        synchronized (unchecked) {
            batch = new LinkedHashMap<>(unchecked);
            unchecked.clear();
            drainQueued = false;
        }
        for (Map.Entry<String, Changes> e : batch.entrySet()) {
            String[] key = e.getKey().split("\n", 2);
            List<String> employees = List.copyOf(e.getValue().employees);
            // At most CHECKED_AT_ONCE employees an evaluation: a busy workplace's batch would otherwise load every
            // changed employee's year of records at once.
            for (int from = 0; from < employees.size(); from += CHECKED_AT_ONCE) {
                try {
                    service.check(key[0], key[1], employees.subList(from, Math.min(employees.size(), from + CHECKED_AT_ONCE)),
                            e.getValue().earliest);
                } catch (RuntimeException ex) {
                    // The records are stored; an evaluation that fails here fails the same way on their pages.
                    LOG.warn("alerts of {} / {} not checked: {}", key[0], key[1], ex.toString());
                }
            }
        }
        dispatcher.dispatchDue();
    }

    private static final int CHECKED_AT_ONCE = 50;

    /** The retries: every {@code worktime.alerts.dispatch-every} (default 10 s), the deliveries that are due. */
    @Scheduled(fixedDelayString = "${worktime.alerts.dispatch-every:PT10S}", initialDelayString = "${worktime.alerts.dispatch-every:PT10S}")
    void dispatchOnSchedule() {
        worker.execute(dispatcher::dispatchDue);
    }

    /** Runs a task on the alerts' thread, after everything submitted before it. */
    public void run(Runnable task) {
        worker.execute(task);
    }

    /** Waits until everything submitted so far is done (the tests; a graceful shutdown). */
    public void awaitIdle() {
        try {
            worker.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the alerts' thread did not finish", e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
