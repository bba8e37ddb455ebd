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

    private void submit(Map<String, Changes> changes) {
        worker.execute(() -> {
            for (Map.Entry<String, Changes> e : changes.entrySet()) {
                String[] key = e.getKey().split("\n", 2);
                try {
                    service.check(key[0], key[1], List.copyOf(e.getValue().employees), e.getValue().earliest);
                } catch (RuntimeException ex) {
                    // The records are stored; an evaluation that fails here fails the same way on their pages.
                    LOG.warn("alerts of {} / {} not checked: {}", key[0], key[1], ex.toString());
                }
            }
            dispatcher.dispatchDue();
        });
    }

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
