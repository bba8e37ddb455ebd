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
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.policy.PolicyFiles;
import org.worktime.policy.out.HtmlSimulationWriter;
import org.worktime.policy.out.JsonSimulationWriter;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.policy.sim.Progress;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import org.worktime.policy.sim.SimulationResult;
import org.worktime.server.evaluation.StoredDataset;
import org.worktime.server.records.Bundles;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * {@code worktime simulate} as a job: the policies are read and the records loaded when the job is asked for (so a
 * bad policy is a 422 at once), the simulation of worktime-policy runs on one background thread, and the job, its
 * progress, its result (the CLI's {@code worktime-simulation} JSON) and its HTML report in each language are kept in
 * the database ({@link SimulationStore}), so that they outlive a restart. A job that was queued or running when the
 * server stopped is failed, with why, when the server starts again (its thread is gone; its policies' text is not
 * kept). At most {@value #QUEUE} jobs wait; more are refused with 503.
 */
@Service
public class SimulationJobs implements DisposableBean {

    static final int QUEUE = 8;
    /** Progress is written at most this often (milliseconds), and whenever the stage changes. */
    static final long PROGRESS_EVERY_MS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(SimulationJobs.class);

    /** A job's state as the API shows it; {@code parameters} are those it was asked with (policies' ids and names). */
    public record Job(String id, String workplace, String status, String stage, int done, int total, Instant createdAt,
            Instant finishedAt, String submittedBy, JobFailure error, Map<String, Object> parameters) {
    }

    /** What a simulation is asked with, beyond its policies: the CLI's --from/--to, --sweep and --rate. */
    public record Ask(LocalDate from, LocalDate to, Map<String, Object> sweep, List<String> rates) {
    }

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            r -> {
                Thread t = new Thread(r, "worktime-simulation");
                t.setDaemon(true);
                return t;
            });
    private final StoredDataset stored;
    private final EmployeeRepository employees;
    private final SimulationStore store;
    private final Bundles bundles;
    private final Clock clock;

    SimulationJobs(StoredDataset stored, EmployeeRepository employees, SimulationStore store, Bundles bundles, Clock clock) {
        this.stored = stored;
        this.employees = employees;
        this.store = store;
        this.bundles = bundles;
        this.clock = clock;
    }

    /** At start: the jobs a previous run of the server left queued or running cannot finish any more. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int n = store.interrupted(stored(JobFailure.interrupted()), clock.instant());
        if (n > 0) {
            LOG.warn("{} simulation job(s) were interrupted by the last stop of the server and are marked FAILED", n);
        }
    }

    /** Reads the policies and the records, then queues the simulation; returns the job's id. */
    public String submit(String tenant, String user, StoredWorkplace wp, List<String> policies, Ask ask) {
        return submit(tenant, user, wp, policies, ask, org.worktime.server.web.RequestLanguage.current());
    }

    /**
     * {@link #submit(String, String, StoredWorkplace, List, Ask)} with its refusals' problems said in {@code language}
     * (the page's, which may be a chosen one rather than the browser's); the API's field names are kept.
     */
    public String submit(String tenant, String user, StoredWorkplace wp, List<String> policies, Ask ask, Language language) {
        if (!wp.jurisdiction().equals("KR")) {
            throw ApiException.conflict(Text.of("server.simulation.refused.jurisdiction", "jurisdiction", wp.jurisdiction()));
        }
        if (policies == null || policies.isEmpty()) {
            throw ApiException.invalid(Text.of("server.simulation.refused.invalid"), List.of(FieldProblem.field("policies",
                    Text.of("server.simulation.refused.no-policy").in(language))));
        }
        LocalDate from = ask.from();
        LocalDate to = ask.to();
        if (from == null || to == null || to.isBefore(from)) {
            Text why = from == null || to == null ? Text.of("server.simulation.refused.dates-required")
                    : Text.of("server.simulation.refused.to-before-from", "from", from);
            throw ApiException.invalid(Text.of("server.simulation.refused.invalid"), List.of(FieldProblem.field(from == null ? "from" : "to",
                    why.in(language))));
        }
        List<FieldProblem> problems = new ArrayList<>();
        SimulationParameters.Problems said = new SimulationParameters.Problems(problems, language, java.util.function.UnaryOperator.identity());
        SimulationParameters.Sweep sweep = SimulationParameters.sweep(ask.sweep(), said);
        List<ExchangeRate> rates = SimulationParameters.rates(ask.rates(), said);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(Text.of("server.simulation.refused.invalid"), problems);
        }
        Simulation simulation = Simulation.korean();
        List<PolicyExemptionTest> tests = read(policies, simulation, language);
        ZoneId zone = ZoneId.of(wp.zone());
        Dataset dataset = stored.of(tenant, wp, employees.all(tenant, wp.id()), from.atStartOfDay(zone).toInstant().minus(java.time.Duration.ofDays(367)),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        SimulationOptions options = SimulationOptions.of(LocalDateRange.ofClosed(from, to)).withRates(ExchangeRates.of(rates))
                .withSweep(sweep == null ? List.of() : sweep.thresholds());
        String id = UUID.randomUUID().toString();
        store.insert(tenant, id, wp.id(), bundles.toJson(parameters(tests, from, to, sweep, ask.rates())), user, clock.instant());
        try {
            executor.execute(() -> run(id, simulation, dataset, tests, options));
        } catch (RejectedExecutionException e) {
            store.delete(tenant, id);
            throw busy();
        }
        return id;
    }

    /** The parameters kept with the job: the policies by id and name (in each language), the period, sweep and rates. */
    private static Map<String, Object> parameters(List<PolicyExemptionTest> tests, LocalDate from, LocalDate to,
            SimulationParameters.Sweep sweep, List<String> rates) {
        List<Map<String, Object>> policies = new ArrayList<>();
        for (PolicyExemptionTest t : tests) {
            Map<String, Object> names = new LinkedHashMap<>();
            for (Language l : Language.values()) {
                names.put(l.code(), t.policy().name().in(l));
            }
            policies.add(Map.of("id", t.policy().id(), "name", names));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("policies", policies);
        p.put("from", from.toString());
        p.put("to", to.toString());
        p.put("sweep", sweep == null ? null : sweep.toMap());
        p.put("rates", rates == null ? List.of() : rates.stream().map(String::strip).toList());
        return p;
    }

    private void run(String id, Simulation simulation, Dataset dataset, List<PolicyExemptionTest> tests, SimulationOptions options) {
        store.progress(id, "RUNNING", null, 0, 0);
        try {
            ThrottledProgress progress = new ThrottledProgress(id);
            SimulationResult result = simulation.run(dataset, tests, options, progress);
            progress.flush();
            StringWriter out = new StringWriter();
            JsonSimulationWriter.write(result, out);
            store.done(id, out.toString(), html(result, Language.EN), html(result, Language.KO), html(result, Language.JA), clock.instant());
        } catch (org.worktime.core.domain.InvalidDataException e) {
            store.failed(id, stored(JobFailure.invalidData(e.explanation())), clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.error("simulation {} failed", id, e);
            store.failed(id, stored(JobFailure.internal()), clock.instant());
        }
    }

    /** A failure as the column keeps it ({@link JobFailure#stored}). */
    private String stored(JobFailure failure) {
        return failure.stored(bundles);
    }

    /** The failure a stored row holds ({@link JobFailure#read}). */
    private JobFailure failure(String error) {
        return JobFailure.read(error, bundles);
    }

    /** The policy module's HTML report (its tables and SVG charts), once per language, for the page and the API. */
    private static String html(SimulationResult result, Language language) throws IOException {
        StringWriter out = new StringWriter();
        HtmlSimulationWriter.write(result, language, out);
        return out.toString();
    }

    /** Writes the progress to the database on each new stage and at most every {@value #PROGRESS_EVERY_MS} ms. */
    private final class ThrottledProgress implements Progress {
        private final String id;
        private String stage;
        private int done;
        private int total;
        private long written;

        ThrottledProgress(String id) {
            this.id = id;
        }

        @Override
        public void step(String newStage, int newDone, int newTotal) {
            boolean changed = !newStage.equals(stage);
            stage = newStage;
            done = newDone;
            total = newTotal;
            long now = System.nanoTime();
            if (changed || now - written >= PROGRESS_EVERY_MS * 1_000_000) {
                flush();
                written = now;
            }
        }

        void flush() {
            store.progress(id, "RUNNING", stage, done, total);
        }
    }

    /** The job, in the tenant only. */
    public Optional<Job> find(String tenant, String id) {
        return store.find(tenant, id).map(this::job);
    }

    /** The workplace's last {@code limit} jobs, newest first. */
    public List<Job> list(String tenant, String workplace, int limit) {
        return store.list(tenant, workplace, limit).stream().map(this::job).toList();
    }

    /** The result as the CLI's JSON, once done. */
    public Optional<String> result(String tenant, String id) {
        return store.result(tenant, id);
    }

    /** The HTML report in a language, once done. */
    public Optional<String> report(String tenant, String id, Language language) {
        return store.report(tenant, id, language);
    }

    private Job job(SimulationStore.Row r) {
        return new Job(r.id(), r.workplace(), r.status(), r.stage(), r.done(), r.total(), r.createdAt(), r.finishedAt(), r.submittedBy(),
                failure(r.error()), bundles.parse(r.parameters()));
    }

    /** No such job of the tenant: 404, in the request's language. */
    public static ApiException notFound(String id) {
        return ApiException.notFound(Text.of("server.simulation.refused.not-found", "id", id));
    }

    /** The refusal when {@value #QUEUE} jobs wait already: 503, in the request's language. */
    public static ApiException busy() {
        return ApiException.of(HttpStatus.SERVICE_UNAVAILABLE, Text.of("server.simulation.title.busy"),
                Text.of("server.simulation.refused.busy", "queue", QUEUE));
    }

    /** Each policy text read by worktime-policy's reader; problems name {@code policies[i]}, line and field. */
    public static List<PolicyExemptionTest> read(List<String> policies, Simulation simulation, Language language) {
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
                                p.message(language)));
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
            throw ApiException.invalid(Text.of("server.simulation.refused.policy-invalid"), problems);
        }
        return tests;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
