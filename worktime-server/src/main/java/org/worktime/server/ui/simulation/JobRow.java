package org.worktime.server.ui.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.server.simulation.SimulationJobs;

/**
 * A job as the pages list it: when (in the workplace's zone), its policies' names in the page's language (as they
 * were when it was asked for), its period and sweep, where it has got, and why it failed (said in the page's language).
 */
public record JobRow(String id, String status, String stage, int done, int total, LocalDateTime created, List<String> policies, LocalDate from,
        LocalDate to, Map<String, Object> sweep, List<String> rates, Text error) {

    public boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }

    /** The sweep's from, to and step in KRW, or null without a sweep. */
    public List<java.math.BigDecimal> sweepValues() {
        return sweep == null ? null : List.of(new java.math.BigDecimal(String.valueOf(sweep.get("from"))),
                new java.math.BigDecimal(String.valueOf(sweep.get("to"))), new java.math.BigDecimal(String.valueOf(sweep.get("step"))));
    }

    /** The progress in percent of the current stage. */
    public int percent() {
        return total <= 0 ? 0 : Math.min(100, done * 100 / total);
    }

    @SuppressWarnings("unchecked")
    static JobRow of(SimulationJobs.Job job, Language language, ZoneId zone) {
        Map<String, Object> p = job.parameters();
        List<String> names = ((List<Map<String, Object>>) p.getOrDefault("policies", List.of())).stream()
                .map(m -> String.valueOf(((Map<String, Object>) m.get("name")).getOrDefault(language.code(), m.get("id")))).toList();
        return new JobRow(job.id(), job.status(), job.stage() == null ? "" : job.stage(), job.done(), job.total(),
                job.createdAt().atZone(zone).toLocalDateTime(), names, LocalDate.parse((String) p.get("from")), LocalDate.parse((String) p.get("to")),
                (Map<String, Object>) p.get("sweep"), (List<String>) p.getOrDefault("rates", List.of()),
                job.error() == null ? null : job.error().message());
    }
}
