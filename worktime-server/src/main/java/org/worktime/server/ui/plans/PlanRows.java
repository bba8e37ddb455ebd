package org.worktime.server.ui.plans;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.plan.PlanOption;
import org.worktime.server.planning.PlanJobs;
import org.worktime.server.ui.Words;
import tools.jackson.databind.JsonNode;

/** A plan job and its comparison as the Plans pages show them. */
public final class PlanRows {

    private PlanRows() {
    }

    /**
     * A job: when it was asked for (in the workplace's zone), by whom, for which project, window and options, where it has
     * got and, if it failed, why (a catalog message, said in the page's language).
     */
    public record Job(String id, String status, String stage, int done, int total, LocalDateTime created, String submittedBy, String project,
            java.time.LocalDate from, java.time.LocalDate to, List<String> options, org.worktime.core.finding.Text error) {

        public boolean finished() {
            return status.equals("DONE") || status.equals("FAILED");
        }

        public int percent() {
            return total <= 0 ? 0 : Math.min(100, done * 100 / total);
        }

        @SuppressWarnings("unchecked")
        static Job of(PlanJobs.Job job, ZoneId zone) {
            Map<String, Object> p = job.parameters();
            return new Job(job.id(), job.status(), job.stage() == null ? "" : job.stage(), job.done(), job.total(),
                    job.createdAt().atZone(zone).toLocalDateTime(), job.submittedBy(), String.valueOf(p.get("project")),
                    java.time.LocalDate.parse(String.valueOf(p.get("from"))), java.time.LocalDate.parse(String.valueOf(p.get("to"))), (List<String>) p.getOrDefault("options", List.of()),
                    job.error() == null ? null : job.error().message());
        }
    }

    /**
     * One option of a finished plan: its id and title (the catalog's in the page's language; a policy's as the plan
     * named it), whether the work fits, hours planned and asked for, the premium, violations left (always 0) and how many
     * shifts it plans.
     */
    public record Option(String id, String title, boolean fits, long plannedSeconds, long targetSeconds, List<Money> premium, int violations,
            int shifts) {

        static List<Option> of(JsonNode result, Words w) {
            List<Option> rows = new ArrayList<>();
            for (JsonNode o : result.get("options")) {
                String id = o.get("id").asString();
                String title = PlanOption.byId(id).map(x -> w.text(x.title())).orElse(o.get("title").asString());
                List<Money> premium = new ArrayList<>();
                for (JsonNode m : o.get("premium")) {
                    premium.add(Money.of(CurrencyUnit.of(m.get("currency").asString()), new BigDecimal(m.get("amount").asString())));
                }
                rows.add(new Option(id, title, o.get("fits").asBoolean(), o.get("plannedMinutes").asLong() * 60, o.get("targetMinutes").asLong() * 60,
                        premium, o.get("violations").asInt(), o.get("shifts").size()));
            }
            return rows;
        }
    }
}
