package org.worktime.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.i18n.Language;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.io.write.ReportWriter;

/**
 * What {@code worktime check DATASET --format json} answers, the way worktime-cli's ReportRunner computes it (the cli
 * module is not a dependency: it would pull the planner into this module's build): the whole folder read by
 * DatasetReader, the default period (the week of the first shift to the day of the last), the pack's Engine over the
 * whole dataset at once, the JSON report writer.
 */
final class CliReference {

    private CliReference() {
    }

    static JsonNode report(Path folder, Language language) throws Exception {
        return report(folder, language, (dataset, evaluation) -> evaluation);
    }

    /** The report with {@code how} changing the evaluation, as {@code --as-of} and {@code --parameters} change the CLI's. */
    static JsonNode report(Path folder, Language language, java.util.function.BiFunction<Dataset, Evaluation, Evaluation> how)
            throws Exception {
        Dataset dataset = DatasetReader.read(folder);
        Engine engine = Engine.of(Packs.find(dataset.workplace().jurisdiction()).orElseThrow());
        StringWriter out = new StringWriter();
        new JsonReportWriter(language, ReportWriter.Mode.CHECK).write(engine.evaluate(dataset,
                how.apply(dataset, Evaluation.of(period(dataset)))), out);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        withNotesOnLines(report);
        return report;
    }

    /**
     * What {@code worktime simulate FOLDER --policy ... [--sweep] --format json} answers, as SimulateCommand computes it:
     * the whole folder read by DatasetReader, the default period, the policy module's Simulation, its JSON writer.
     */
    static JsonNode simulation(Path folder, java.util.List<Path> policies, java.util.List<org.joda.money.Money> sweep) throws Exception {
        Dataset dataset = DatasetReader.read(folder);
        org.worktime.policy.sim.Simulation simulation = org.worktime.policy.sim.Simulation.korean();
        java.util.List<org.worktime.policy.PolicyExemptionTest> tests = new java.util.ArrayList<>();
        for (Path p : policies) {
            tests.add(org.worktime.policy.PolicyFiles.read(p, simulation.pack()));
        }
        org.worktime.policy.sim.SimulationOptions options = org.worktime.policy.sim.SimulationOptions.of(period(dataset))
                .withRates(org.worktime.core.exempt.ExchangeRates.none()).withSweep(sweep);
        StringWriter out = new StringWriter();
        org.worktime.policy.out.JsonSimulationWriter.write(simulation.run(dataset, tests, options,
                org.worktime.policy.sim.Progress.NONE), out);
        return new ObjectMapper().readTree(out.toString());
    }

    /** ReportRunner.period without --from/--to. */
    static LocalDateRange period(Dataset dataset) {
        LocalDate first = null;
        LocalDate last = null;
        ZoneId zone = dataset.workplace().zone();
        for (Employee employee : dataset.employees()) {
            for (Shift shift : dataset.shiftsOf(employee.id())) {
                LocalDate date = shift.start().atZone(zone).toLocalDate();
                LocalDate week = dataset.workplace().weekStartOf(shift.start()).toLocalDate();
                first = first == null || week.isBefore(first) ? week : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        return LocalDateRange.ofClosed(first, last);
    }

    /**
     * Puts each pay line's note back on the line ({@code worktime-report/3} says a note once, in the report's
     * {@code notes} table, and the line names it by {@code noteId}): a row of a table has no document around it, so
     * its note and noteRef are its own columns, as in {@code /2}.
     */
    static void withNotesOnLines(JsonNode report) {
        JsonNode notes = report.get("notes");
        for (JsonNode employee : report.get("employees")) {
            JsonNode lines = employee.get("payLines");
            if (lines == null) {
                continue;
            }
            for (JsonNode line : lines) {
                if (line instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.has("noteId")) {
                    JsonNode note = notes.get(object.remove("noteId").asInt());
                    object.set("note", note.get("note"));
                    object.set("noteRef", note.get("noteRef"));
                }
            }
        }
    }

}
