package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worktime.core.domain.Dataset;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.ParameterOverrides;
import org.worktime.io.write.ExemptionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code worktime exempt DATASET --on DATE}: per employee, exempt from the hours rules or not under each regime, with
 * the evidence, the thresholds in force and their citations, and what is missing when the data cannot decide.
 */
@Command(name = "exempt", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class ExemptCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "DATASET", descriptionKey = "dataset")
    Path dataset;

    @Option(names = "--on", required = true, paramLabel = "DATE", converter = Converters.DateConverter.class)
    LocalDate on;

    @Option(names = "--regime", paramLabel = "ID", split = ",")
    List<String> regimes = new ArrayList<>();

    @Option(names = "--rate", paramLabel = "FROM/TO=RATE@DATE", converter = Converters.RateConverter.class)
    List<ExchangeRate> rates = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--parameters", paramLabel = "FILE")
    Path parameters;

    @picocli.CommandLine.Mixin
    InputOptions input;

    @picocli.CommandLine.Mixin
    SpreadsheetOptions sheet;

    @Option(names = "--evidence")
    boolean evidence;

    /** Exempt writes {@code --format xlsx}: the summary, the tests and the evidence, a sheet each. */
    @Override
    protected boolean writesWorkbooks() {
        return true;
    }

    @Override
    protected int run() throws Exception {
        requireReportFormat();
        sheet.check(spec, common.format, common.language);
        ParameterOverrides overrideFile = parameters == null ? null : ReportRunner.readParameters(parameters);
        DatasetLoader.Loaded loaded = DatasetLoader.load(dataset, input, err(), spec.qualifiedName());
        Dataset data = loaded.dataset();
        String jurisdiction = data.workplace().jurisdiction();
        ParameterTable overrides = null;
        if (overrideFile != null) {
            // The rows change the workplace's pack (and Korea's for policy files): they are checked against it.
            JurisdictionPack own = Packs.find(jurisdiction).orElseThrow(() -> ReportRunner.noPack(jurisdiction));
            overrides = ReportRunner.checked(overrideFile, own);
        }
        List<JurisdictionPack> packs = packsInOrder(jurisdiction);
        Set<String> wanted = wantedRegimes(packs, jurisdiction);
        ExchangeRates stated = ExchangeRates.of(rates);
        List<RegimeDecision> all = new ArrayList<>();
        for (JurisdictionPack pack : packs) {
            List<ExemptionTest> tests = pack.exemptionTests().stream().filter(t -> wanted.contains(t.regime().id())).toList();
            if (tests.isEmpty()) {
                continue;
            }
            ParameterTable table = overrides != null && pack.jurisdiction().equals(jurisdiction)
                    ? pack.parameters().overriddenBy(overrides) : pack.parameters();
            all.addAll(Exemptions.decide(data, on, tests, table, stated));
        }
        if (!policies.isEmpty()) {
            JurisdictionPack korea = Packs.find("KR").orElseThrow(() -> new UserError(Text.of("cli.exempt.no-korean-pack")));
            List<ExemptionTest> proposed = new ArrayList<>();
            for (Path file : policies) {
                try {
                    proposed.add(org.worktime.policy.PolicyFiles.read(file, korea));
                } catch (org.worktime.io.read.InputException e) {
                    throw new InputOf("policy file", e);
                }
            }
            ParameterTable table = overrides != null && jurisdiction.equals("KR") ? korea.parameters().overriddenBy(overrides)
                    : korea.parameters();
            // A proposal is judged as if in force on the date asked: the question is who it would exempt.
            for (org.worktime.core.domain.Employee employee : data.employees()) {
                org.worktime.core.exempt.ExemptionQuery query = org.worktime.core.exempt.ExemptionQuery.of(data, employee, on, table, stated);
                for (ExemptionTest test : proposed) {
                    all.add(RegimeDecision.of(employee.id(), test.regime(), List.of(Exemptions.decide(test, query))));
                }
            }
        }
        List<RegimeDecision> ordered = byEmployee(data, all);
        ExemptionWriter writer = new ExemptionWriter(common.format, common.language).withEvidence(evidence)
                .withIncomplete(loaded.incomplete());
        if (common.format == org.worktime.io.write.Format.XLSX) {
            emitWorkbook(out -> writer.writeXlsx(data, on, ordered, out));
        } else {
            emit(out -> {
                if (sheet.bom) {
                    out.write(org.worktime.io.write.Csv.BYTE_ORDER_MARK);
                }
                writer.write(data, on, ordered, stated, out);
            });
        }
        loaded.progress().finish(Text.of("cli.summary.exempt", "employees", data.employees().size(), "decisions", ordered.size()));
        return loaded.exitCode(ExitCodes.CLEAN);
    }

    /** The workplace's own pack first, then the others in discovery order. */
    private static List<JurisdictionPack> packsInOrder(String jurisdiction) {
        List<JurisdictionPack> packs = new ArrayList<>();
        Packs.find(jurisdiction).ifPresent(packs::add);
        Packs.discover().stream().filter(p -> !p.jurisdiction().equals(jurisdiction)).forEach(packs::add);
        return packs;
    }

    private Set<String> wantedRegimes(List<JurisdictionPack> packs, String jurisdiction) {
        Set<String> known = new LinkedHashSet<>();
        packs.forEach(p -> p.exemptionTests().forEach(t -> known.add(t.regime().id())));
        if (regimes.isEmpty()) {
            Set<String> own = new LinkedHashSet<>();
            Packs.find(jurisdiction).ifPresent(p -> p.exemptionTests().forEach(t -> own.add(t.regime().id())));
            if (own.isEmpty()) {
                throw new UserError(Text.of("cli.exempt.no-tests", "jurisdiction", jurisdiction, "installed", String.join(", ", known)));
            }
            return own;
        }
        if (regimes.stream().anyMatch(r -> r.strip().equalsIgnoreCase("all"))) {
            return known;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String r : regimes) {
            String id = r.strip().toUpperCase(java.util.Locale.ROOT);
            if (!known.contains(id)) {
                throw new UserError(Text.of("cli.exempt.unknown-regime", "regime", r.strip(), "installed", String.join(", ", known)));
            }
            chosen.add(id);
        }
        return chosen;
    }

    /** Decisions grouped by employee in the dataset's order, regimes in the order decided. */
    private static List<RegimeDecision> byEmployee(Dataset data, List<RegimeDecision> all) {
        Map<String, List<RegimeDecision>> map = new LinkedHashMap<>();
        data.employees().forEach(e -> map.put(e.id(), new ArrayList<>()));
        all.forEach(d -> map.get(d.employeeId()).add(d));
        List<RegimeDecision> ordered = new ArrayList<>();
        map.values().forEach(ordered::addAll);
        return ordered;
    }
}
