package org.worktime.server.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.worktime.core.finding.Text;
import org.worktime.plan.PlanException;
import org.worktime.plan.PlanOption;
import org.worktime.plan.PlanResult;
import org.worktime.plan.Planner;
import org.worktime.server.records.Bundles;
import org.worktime.server.security.Role;
import org.worktime.server.security.WorktimeUser;
import org.worktime.server.simulation.JobFailure;
import org.worktime.server.web.ApiException;

/**
 * {@code POST /api/v1/plans} as a job, the way the simulation jobs run: the request is read and its records loaded at
 * once (a bad project is a 422 then), the planner runs on one background thread, and the job, its progress (options
 * planned of all, the last one named) and its result (the {@code worktime-plan/1} JSON in the request's language) are
 * kept in the simulation jobs' table with kind {@code plan} ({@link PlanJobStore}). At most {@value #QUEUE} wait; more
 * are refused with 503. A manager's job plans their team only and is theirs and their team's to read. Why a job failed is
 * kept as the simulations' is ({@link JobFailure}: a code and a catalog message with typed arguments), so that it is said
 * in the reader's language; a job still queued or running when the server stops is failed at the next start.
 */
@Service
public class PlanJobs implements DisposableBean {

    static final int QUEUE = 4;
    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);

    /** A job as the API shows it; {@code error} is why it failed, said in the reader's language (null unless FAILED). */
    public record Job(String id, String workplace, String status, String stage, int done, int total, Instant createdAt, Instant finishedAt,
            String submittedBy, JobFailure error, Map<String, Object> parameters) {
    }

    /** The server stopped (or was killed) while the plan was queued or running: its thread is gone. */
    static JobFailure interrupted() {
        return new JobFailure("interrupted", Text.of("server.plan.failed.interrupted"));
    }

    /** The project cannot be planned on the records as they are now (the planner's own explanation). */
    static JobFailure invalidProject(Text explanation) {
        return new JobFailure("invalid-project", explanation);
    }

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
        Thread t = new Thread(r, "worktime-plan");
        t.setDaemon(true);
        return t;
    });
    private final Plans plans;
    private final PlanJobStore store;
    private final Bundles bundles;
    private final Clock clock;

    PlanJobs(Plans plans, PlanJobStore store, Bundles bundles, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.bundles = bundles;
        this.clock = clock;
    }

    /** At start: the plan jobs a previous run of the server left queued or running cannot finish any more. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int n = store.interrupted(interrupted().stored(bundles), clock.instant());
        if (n > 0) {
            LOG.warn("{} plan job(s) were interrupted by the last stop of the server and are marked FAILED", n);
        }
    }

    /** The same from the pages: the project's text for the workplace, the solver's seed and steps (null for the defaults). */
    public String submit(String tenant, WorktimeUser user, String workplace, String project, Long seed, Integer steps) {
        return submit(tenant, user, new PlanController.Request(workplace, project, seed, steps));
    }

    /** Reads the request, queues the plan; returns the job's id. */
    public String submit(String tenant, WorktimeUser user, PlanController.Request request) {
        WorktimeUser manager = user.role() == Role.MANAGER ? user : null;
        Plans.Prepared p = plans.prepare(tenant, manager, request);
        String id = UUID.randomUUID().toString();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("project", p.project().id());
        parameters.put("from", p.project().window().getStart().toString());
        parameters.put("to", p.project().window().getEndInclusive().toString());
        parameters.put("options", p.project().options().stream().map(PlanOption::id).toList());
        parameters.put("seed", p.settings().seed());
        parameters.put("steps", p.settings().steps());
        parameters.put("language", p.language().code());
        parameters.put("team", manager == null ? null : manager.team());
        store.insert(tenant, id, p.workplace().id(), bundles.toJson(parameters), user.getUsername(), clock.instant(), p.project().optionCount());
        try {
            executor.execute(() -> run(id, p));
        } catch (RejectedExecutionException e) {
            store.delete(tenant, id);
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Busy", QUEUE + " plans are waiting already: try again later", List.of());
        }
        return id;
    }

    private void run(String id, Plans.Prepared p) {
        int total = p.project().optionCount();
        store.progress(id, "RUNNING", null, 0, total);
        try {
            PlanResult result = Planner.plan(p.dataset(), p.project(), p.settings(),
                    (option, done, all) -> store.progress(id, "RUNNING", option, done, all));
            store.done(id, Plans.json(result, p.language()), clock.instant());
        } catch (PlanException e) {
            store.failed(id, invalidProject(e.explanation()).stored(bundles), clock.instant());
        } catch (org.worktime.core.domain.InvalidDataException e) {
            store.failed(id, JobFailure.invalidData(e.explanation()).stored(bundles), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("plan {} failed", id, e);
            store.failed(id, JobFailure.internal().stored(bundles), clock.instant());
        }
    }

    /** The job, in the tenant, if the user may read it: HR admins and auditors every one, a manager their team's. */
    public Optional<Job> find(String tenant, WorktimeUser user, String id) {
        return store.find(tenant, id).map(this::job).filter(j -> readable(user, j));
    }

    /**
     * The tenant's jobs the user may read (a manager: their team's), newest first, of one workplace or of all (null).
     */
    public List<Job> list(String tenant, WorktimeUser user, String workplace) {
        return store.all(tenant).stream().map(this::job).filter(j -> workplace == null || j.workplace().equals(workplace))
                .filter(j -> readable(user, j)).toList();
    }

    private static boolean readable(WorktimeUser user, Job j) {
        return user.role() != Role.MANAGER || (user.team() != null && user.team().equals(j.parameters().get("team")));
    }

    public Optional<String> result(String tenant, String id) {
        return store.result(tenant, id);
    }

    private Job job(PlanJobStore.Row r) {
        return new Job(r.id(), r.workplace(), r.status(), r.stage(), r.done(), r.total(), r.createdAt(), r.finishedAt(), r.submittedBy(),
                JobFailure.read(r.error(), bundles), bundles.parse(r.parameters()));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
