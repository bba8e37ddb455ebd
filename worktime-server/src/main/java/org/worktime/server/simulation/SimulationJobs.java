package org.worktime.server.simulation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.policy.PolicyFiles;
import org.worktime.policy.out.JsonSimulationWriter;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.server.evaluation.StoredDataset;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * {@code worktime simulate} as a job: the policies are read and the records loaded when the job is asked for (so a
 * bad policy is a 422 at once), the simulation of worktime-policy runs on one background thread, and its progress and
 * result (the CLI's {@code worktime-simulation} JSON) are kept in memory until the server stops. At most
 * {@value #QUEUE} jobs wait; more are refused with 503.
 */
@Service
public class SimulationJobs implements DisposableBean {

    static final int QUEUE = 8;
    private static final Logger LOG = LoggerFactory.getLogger(SimulationJobs.class);

    /** A job's state as the API shows it. */
    public record Job(String id, String status, String stage, int done, int total, Instant createdAt, Map<String, Object> error,
            String result) {
    }

    private static final class State {
        final String tenant;
        final String id;
        final Instant createdAt;
        volatile String status = "QUEUED";
        volatile String stage;
        volatile int done;
        volatile int total;
        volatile String result;
        volatile String error;

        State(String tenant, String id, Instant createdAt) {
            this.tenant = tenant;
            this.id = id;
            this.createdAt = createdAt;
        }
    }

    private final Map<String, State> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            r -> {
                Thread t = new Thread(r, "worktime-simulation");
                t.setDaemon(true);
                return t;
            });
    private final StoredDataset stored;
    private final EmployeeRepository employees;
    private final Clock clock;

    SimulationJobs(StoredDataset stored, EmployeeRepository employees, Clock clock) {
        this.stored = stored;
        this.employees = employees;
        this.clock = clock;
    }

    /** Reads the policies and the records, then queues the simulation; returns the job's id. */
    public String submit(String tenant, StoredWorkplace wp, List<String> policies, LocalDate from, LocalDate to) {
        if (!wp.jurisdiction().equals("KR")) {
            throw ApiException.conflict("a simulation compares with the Korean Labor Standards Act; the workplace's jurisdiction is '"
                    + wp.jurisdiction() + "'");
        }
        if (policies == null || policies.isEmpty()) {
            throw ApiException.invalid("the simulation is not valid", List.of(FieldProblem.field("policies",
                    "at least one policy file (docs/POLICY.md), as text")));
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw ApiException.invalid("the simulation is not valid", List.of(FieldProblem.field(from == null ? "from" : "to",
                    from == null || to == null ? "required: the dates of the time records to judge" : "before from (" + from + ")")));
        }
        Simulation simulation = Simulation.korean();
        List<PolicyExemptionTest> tests = read(policies, simulation);
        ZoneId zone = ZoneId.of(wp.zone());
        Dataset dataset = stored.of(tenant, wp, employees.all(tenant, wp.id()), from.atStartOfDay(zone).toInstant().minus(java.time.Duration.ofDays(367)),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        State job = new State(tenant, UUID.randomUUID().toString(), clock.instant());
        SimulationOptions options = SimulationOptions.of(LocalDateRange.ofClosed(from, to)).withRates(ExchangeRates.none());
        jobs.put(job.id, job);
        try {
            executor.execute(() -> run(job, simulation, dataset, tests, options));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Busy", QUEUE + " simulations are waiting already: try again later", List.of());
        }
        return job.id;
    }

    private void run(State job, Simulation simulation, Dataset dataset, List<PolicyExemptionTest> tests, SimulationOptions options) {
        job.status = "RUNNING";
        try {
            SimulationResult result = simulation.run(dataset, tests, options, (stage, done, total) -> {
                job.stage = stage;
                job.done = done;
                job.total = total;
            });
            StringWriter out = new StringWriter();
            JsonSimulationWriter.write(result, out);
            job.result = out.toString();
            job.status = "DONE";
        } catch (org.worktime.core.domain.InvalidDataException e) {
            job.error = "the stored records cannot be evaluated: " + e.explanation().en();
            job.status = "FAILED";
        } catch (IOException | RuntimeException e) {
            LOG.error("simulation {} failed", job.id, e);
            job.error = "internal error; please report it with the job id";
            job.status = "FAILED";
        }
    }

    /** The job, in the tenant only. */
    public Optional<Job> find(String tenant, String id) {
        State s = jobs.get(id);
        if (s == null || !s.tenant.equals(tenant)) {
            return Optional.empty();
        }
        return Optional.of(new Job(s.id, s.status, s.stage, s.done, s.total, s.createdAt, s.error == null ? null : Map.of("detail", s.error),
                s.result));
    }

    /** Each policy text read by worktime-policy's reader; problems name {@code policies[i]}, line and field. */
    private static List<PolicyExemptionTest> read(List<String> policies, Simulation simulation) {
        List<PolicyExemptionTest> tests = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("worktime-policy");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the policy files", e);
        }
        try {
            for (int i = 0; i < policies.size(); i++) {
                // PolicyFiles reads a file: the text is written to one for the moment of the reading.
                Path file = dir.resolve("policy-" + i + ".yaml");
                Files.writeString(file, policies.get(i) == null ? "" : policies.get(i), StandardCharsets.UTF_8);
                try {
                    tests.add(PolicyFiles.read(file, simulation.pack()));
                } catch (InputException e) {
                    for (InputProblem p : e.problems()) {
                        problems.add(new FieldProblem("policies[" + i + "]", p.line() > 0 ? p.line() : null, p.field(),
                                p.message(org.worktime.server.web.RequestLanguage.current())));
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a policy to a temporary file", e);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid("a policy is not valid", problems);
        }
        return tests;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
