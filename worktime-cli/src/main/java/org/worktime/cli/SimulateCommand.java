package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.exempt.ExchangeRate;
import org.worktime.core.exempt.ExchangeRates;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.InputException;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.policy.PolicyFiles;
import org.worktime.policy.out.CsvSimulationWriter;
import org.worktime.policy.out.HtmlSimulationWriter;
import org.worktime.policy.out.XlsxSimulationWriter;
import org.worktime.policy.out.JsonSimulationWriter;
import org.worktime.policy.sim.Simulation;
import org.worktime.policy.sim.SimulationOptions;
import org.worktime.policy.sim.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code worktime simulate WORKFORCE --policy FILE ...}: the current Korean law against proposed exemption regimes
 * over a workforce (docs/SIMULATION.md). Its own options rather than {@link BaseCommand}'s, because it writes HTML,
 * which the common {@code --format} does not know; the exit codes and error handling are the same.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKFORCE", descriptionKey = "workforce")
    Path workforce;

    @Option(names = "--policy", paramLabel = "FILE", required = true)
    List<Path> policies;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.DateConverter.class)
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.DateConverter.class)
    LocalDate to;

    @Option(names = "--sweep", paramLabel = "MIN:MAX:STEP", converter = SweepConverter.class)
    SweepRange sweep;

    /** The thresholds of {@code --sweep}. */
    record SweepRange(List<Money> thresholds) {
    }

    @Option(names = "--rate", paramLabel = "FROM/TO=RATE@DATE", converter = Converters.RateConverter.class)
    List<ExchangeRate> rates;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class)
    String format;

    @Option(names = "--bom")
    boolean bom;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    /** Null until resolved: --lang, else WORKTIME_LANG, else the system's language (see {@link Languages}). */
    @Option(names = "--lang", paramLabel = "LANG", converter = Converters.LanguageConverter.class)
    Language language;

    @Option(names = "--debug")
    boolean debug;

    @Override
    public Integer call() {
        try {
            language = Languages.resolve(language);
            return run();
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return Failures.report(e, "dataset", spec.qualifiedName(), err(), debug, language == null ? Language.EN : language);
        }
    }

    private int run() throws Exception {
        if (format.equals("xlsx") && output == null) {
            throw new UserError(Text.of("cli.simulate.xlsx-needs-output"));
        }
        if (bom && !format.equals("csv")) {
            throw new UserError(Text.of("cli.simulate.bom-only-csv"));
        }
        Simulation simulation = Simulation.korean();
        List<PolicyExemptionTest> tests = new ArrayList<>();
        for (Path file : policies) {
            try {
                tests.add(PolicyFiles.read(file, simulation.pack()));
            } catch (InputException e) {
                throw new InputOf("policy file", e);
            }
        }
        Dataset dataset = DatasetReader.read(workforce);
        if (!dataset.workplace().jurisdiction().equals("KR")) {
            throw new UserError(Text.of("cli.simulate.not-korean", "jurisdiction", dataset.workplace().jurisdiction()));
        }
        LocalDateRange period = ReportRunner.period(dataset, from, to);
        SimulationOptions options = SimulationOptions.of(period).withRates(ExchangeRates.of(rates == null ? List.of() : rates))
                .withSweep(sweep == null ? List.of() : sweep.thresholds());
        Progress progress = Progress.start(err(), "simulate", quiet, language);
        progress.read(dataset);
        SimulationResult result = simulation.run(dataset, tests, options, progress);
        if (format.equals("xlsx")) {
            Language lang = language;
            BaseCommand.outputFile(spec).writeBytes(output, out -> XlsxSimulationWriter.write(result, lang, out));
        } else {
            emit(out -> {
                switch (format) {
                    case "json" -> JsonSimulationWriter.write(result, out);
                    case "csv" -> {
                        if (bom) {
                            out.write(org.worktime.io.write.Csv.BYTE_ORDER_MARK);
                        }
                        CsvSimulationWriter.write(result, out);
                    }
                    default -> HtmlSimulationWriter.write(result, language, out);
                }
            });
        }
        progress.finish(Text.of("cli.summary.simulate", "employees", dataset.employees().size(), "policies", tests.size(),
                "sweep", options.sweep().size()));
        return ExitCodes.CLEAN;
    }

    private void emit(OutputFile.Content output) throws IOException {
        BaseCommand.emit(spec, this.output, output);
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }


    static final class FormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (!List.of("json", "csv", "html", "xlsx").contains(v)) {
                throw new TypeConversionException(Text.of("cli.option.simulate-format", "value", value).in(Languages.ambient()));
            }
            return v;
        }
    }

    /** {@code MIN:MAX:STEP} in KRW a year, or in millions with M; at most 1000 points. */
    static final class SweepConverter implements ITypeConverter<SweepRange> {
        @Override
        public SweepRange convert(String value) {
            String[] parts = value.strip().split(":");
            if (parts.length != 3) {
                throw new TypeConversionException(Text.of("cli.option.sweep-syntax", "value", value).in(Languages.ambient()));
            }
            BigDecimal min = won(parts[0], value);
            BigDecimal max = won(parts[1], value);
            BigDecimal step = won(parts[2], value);
            if (step.signum() <= 0 || max.compareTo(min) < 0) {
                throw new TypeConversionException(Text.of("cli.option.sweep-order", "value", value).in(Languages.ambient()));
            }
            List<Money> points = new ArrayList<>();
            for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
                if (points.size() == 1000) {
                    throw new TypeConversionException(Text.of("cli.option.sweep-points", "value", value, "max", 1000).in(Languages.ambient()));
                }
                points.add(Money.of(CurrencyUnit.of("KRW"), t));
            }
            return new SweepRange(points);
        }

        private static BigDecimal won(String text, String whole) {
            String t = text.strip().toUpperCase(Locale.ROOT);
            boolean millions = t.endsWith("M");
            BigDecimal v;
            try {
                v = org.worktime.io.read.Values.boundedDecimal(millions ? t.substring(0, t.length() - 1) : t);
            } catch (org.worktime.io.read.ValueException e) {
                throw new TypeConversionException(Text.of("cli.option.sweep-part", "text", text, "whole", whole, "why", e.text())
                        .in(Languages.ambient()));
            }
            v = millions ? v.multiply(BigDecimal.valueOf(1_000_000)) : v;
            if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(org.worktime.io.read.Values.MAX_NUMBER) > 0) {
                throw new TypeConversionException(Text.of("cli.option.sweep-won", "text", text, "whole", whole,
                        "max", org.worktime.io.read.Values.MAX_NUMBER).in(Languages.ambient()));
            }
            return v.setScale(0);
        }
    }
}
