package org.worktime.server.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.InvalidDataException;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.watch.Watch;
import org.worktime.core.watch.WatchReport;
import org.worktime.io.write.ExemptionWriter;
import org.worktime.io.write.Format;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.core.i18n.Language;
import org.worktime.io.write.ReportWriter;
import org.worktime.io.write.WatchWriter;
import org.worktime.server.employee.EmployeeRepository.StoredEmployee;
import org.worktime.server.web.ApiException;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * The engine over stored records, answered in the CLI's JSON contracts (docs/OUTPUT.md) by worktime-io's writers:
 * {@code worktime-report/3} for findings and pay, {@code worktime-watch/2}, {@code worktime-exempt/2}. The law is
 * the packs'; nothing here judges. The records are read in a short read-only transaction ({@link StoredDataset}); the
 * engine runs after it, holding no connection.
 */
@Service
public class Evaluations {

    /**
     * How far before the first asked date shifts are read: a year and a day, so that every look-back of the packs
     * (Japan's year of Art. 36, averaging units of up to six months, the weeks before a period) sees its shifts.
     */
    static final Duration LOOK_BACK = Duration.ofDays(367);
    /** How far after the last asked instant planned shifts are read: a flexible unit's projection reaches six months on. */
    static final Duration LOOK_AHEAD = Duration.ofDays(190);

    private final StoredDataset stored;

    Evaluations(StoredDataset stored) {
        this.stored = stored;
    }

    /**
     * The packs, discovered once: {@code Packs.find} runs the service loader and reads the pack's parameter file on
     * every call, which a punch must not pay for. A pack is immutable (the engine is pure), so one serves every request.
     */
    private static final java.util.concurrent.ConcurrentMap<String, JurisdictionPack> PACKS = new java.util.concurrent.ConcurrentHashMap<>();

    public static JurisdictionPack pack(String jurisdiction) {
        JurisdictionPack pack = PACKS.computeIfAbsent(jurisdiction, j -> Packs.find(j).orElse(null));
        if (pack == null) {
            throw ApiException.conflict("no jurisdiction pack for '" + jurisdiction + "' is installed");
        }
        return pack;
    }

    /** Findings ({@code CHECK}) or pay lines ({@code PAY}) over the workplace dates [from, to]. */
    public String report(String tenant, StoredWorkplace wp, List<StoredEmployee> employees, LocalDate from, LocalDate to, Instant asOf,
            ReportWriter.Mode mode, Language language) {
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        return report(dataset(tenant, wp, employees, from, to), wp, from, to, asOf, mode, language);
    }

    /**
     * The same report over records already read: {@code dataset} must hold what {@link #dataset} reads for [from, to]
     * (it may hold more, e.g. the union of two windows, as a punch reads once for its watch and its findings).
     */
    public String report(Dataset dataset, StoredWorkplace wp, LocalDate from, LocalDate to, Instant asOf, ReportWriter.Mode mode,
            Language language) {
        Evaluation evaluation = Evaluation.of(LocalDateRange.ofClosed(from, to));
        if (asOf != null) {
            evaluation = evaluation.withAsOf(asOf);
        }
        Report report = evaluate(dataset, evaluation, wp.jurisdiction());
        return write(out -> new JsonReportWriter(language, mode).write(report, out));
    }

    /**
     * The records a punch's answer reads, once: what {@link #dataset} reads for the workplace dates [from, to] and what
     * the watch reads as of {@code asOf} (a year and a day before, six months after), as one window.
     */
    public Dataset punchDataset(String tenant, StoredWorkplace wp, List<StoredEmployee> employees, LocalDate from, LocalDate to,
            Instant asOf) {
        ZoneId zone = ZoneId.of(wp.zone());
        Instant start = min(from.atStartOfDay(zone).toInstant(), asOf).minus(LOOK_BACK);
        Instant end = max(to.plusDays(1).atStartOfDay(zone).toInstant(), asOf).plus(LOOK_AHEAD);
        return stored.of(tenant, wp, employees, start, end);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The stored records of these employees that an evaluation of the workplace dates [from, to] reads: from a year and
     * a day before to six months after (see {@link #LOOK_BACK}, {@link #LOOK_AHEAD}). The web pages read them so too.
     */
    public Dataset dataset(String tenant, StoredWorkplace wp, List<StoredEmployee> employees, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.of(wp.zone());
        return stored.of(tenant, wp, employees, from.atStartOfDay(zone).toInstant().minus(LOOK_BACK),
                to.plusDays(1).atStartOfDay(zone).toInstant().plus(LOOK_AHEAD));
    }

    public Report evaluate(Dataset dataset, Evaluation evaluation, String jurisdiction) {
        try {
            return Engine.of(pack(jurisdiction)).evaluate(dataset, evaluation);
        } catch (InvalidDataException e) {
            throw ApiException.invalid("the stored records cannot be evaluated: " + e.explanation().in("en"), List.of());
        }
    }

    /** The watch as of an instant: the week's hours, the hours left before each cap, the latest lawful end of today. */
    public WatchReport watchReport(String tenant, StoredWorkplace wp, List<StoredEmployee> employees, Instant asOf, long riskSeconds) {
        JurisdictionPack pack = pack(wp.jurisdiction());
        if (!Watch.supports(pack)) {
            throw ApiException.conflict("the " + wp.jurisdiction() + " pack does not compute headroom: watch is not available");
        }
        return watchReport(stored.of(tenant, wp, employees, asOf.minus(LOOK_BACK), asOf.plus(LOOK_AHEAD)), wp, asOf, riskSeconds);
    }

    /** The watch over records already read (at least what the watch reads as of {@code asOf}). */
    public WatchReport watchReport(Dataset dataset, StoredWorkplace wp, Instant asOf, long riskSeconds) {
        JurisdictionPack pack = pack(wp.jurisdiction());
        if (!Watch.supports(pack)) {
            throw ApiException.conflict("the " + wp.jurisdiction() + " pack does not compute headroom: watch is not available");
        }
        try {
            return Watch.of(pack).run(dataset, asOf, riskSeconds);
        } catch (InvalidDataException e) {
            throw ApiException.invalid("the stored records cannot be evaluated: " + e.explanation().in("en"), List.of());
        }
    }

    public String watch(String tenant, StoredWorkplace wp, List<StoredEmployee> employees, Instant asOf, long riskSeconds, Language language) {
        WatchReport report = watchReport(tenant, wp, employees, asOf, riskSeconds);
        return write(out -> WatchWriter.of(Format.JSON, language).write(report, out));
    }

    /** The watch's JSON over records already read (see {@link #watchReport(Dataset, StoredWorkplace, Instant, long)}). */
    public String watch(Dataset dataset, StoredWorkplace wp, Instant asOf, long riskSeconds, Language language) {
        WatchReport report = watchReport(dataset, wp, asOf, riskSeconds);
        return write(out -> WatchWriter.of(Format.JSON, language).write(report, out));
    }

    /** Who is exempt on a date under the regimes of the workplace's jurisdiction. */
    public String exempt(String tenant, StoredWorkplace wp, List<StoredEmployee> employees, LocalDate on, Language language) {
        JurisdictionPack pack = pack(wp.jurisdiction());
        if (pack.exemptionTests().isEmpty()) {
            throw ApiException.conflict("the workplace's jurisdiction '" + wp.jurisdiction() + "' has no exemption tests");
        }
        ZoneId zone = ZoneId.of(wp.zone());
        Dataset dataset = stored.of(tenant, wp, employees, on.atStartOfDay(zone).toInstant().minus(LOOK_BACK),
                on.plusDays(1).atStartOfDay(zone).toInstant());
        ExchangeRates rates = ExchangeRates.none();
        List<RegimeDecision> decisions = Exemptions.decide(dataset, on, pack.exemptionTests(), pack.parameters(), rates);
        Map<String, List<RegimeDecision>> byEmployee = new LinkedHashMap<>();
        dataset.employees().forEach(e -> byEmployee.put(e.id(), new ArrayList<>()));
        decisions.forEach(d -> byEmployee.get(d.employeeId()).add(d));
        List<RegimeDecision> ordered = byEmployee.values().stream().flatMap(List::stream).toList();
        return write(out -> new ExemptionWriter(Format.JSON, language).write(dataset, on, ordered, rates, out));
    }

    @FunctionalInterface
    interface Output {
        void to(StringWriter out) throws IOException;
    }

    static String write(Output output) {
        StringWriter out = new StringWriter();
        try {
            output.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter failed", e);
        }
        return out.toString();
    }
}
