package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import org.worktime.core.domain.Dataset;
import org.worktime.io.read.ParameterOverrides;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.watch.Watch;
import org.worktime.core.watch.WatchReport;
import org.worktime.io.write.WatchWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code worktime watch DATASET --as-of DATETIME}: warnings before a breach. For the workplace week containing the
 * as-of date, what each employee has recorded and planned, the ceiling in force, the hours left, the latest lawful
 * end of today's shift, and a status; under an averaging arrangement (Korea: Art. 51 flexible hours, or the
 * settlement period of Art. 52 selective hours) also the unit period's recorded, planned and projected hours against
 * its ceiling; exit 1 when someone's plan already breaks a
 * ceiling.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class WatchCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "DATASET", descriptionKey = "dataset")
    Path dataset;

    @Option(names = "--as-of", required = true, paramLabel = "DATETIME", converter = Converters.AsOfConverter.class)
    AsOf asOf;

    @Option(names = "--risk-hours", paramLabel = "N", defaultValue = "4", converter = RiskHoursConverter.class)
    long riskSeconds;

    @Option(names = "--parameters", paramLabel = "FILE")
    Path parameters;

    @picocli.CommandLine.Mixin
    InputOptions input;

    @picocli.CommandLine.Mixin
    SpreadsheetOptions sheet;

    @Override
    protected int run() throws Exception {
        requireReportFormat();
        sheet.check(spec, common.format, common.language);
        ParameterOverrides overrides = parameters == null ? null : ReportRunner.readParameters(parameters);
        DatasetLoader.Loaded loaded = DatasetLoader.load(dataset, input, err(), spec.qualifiedName());
        Dataset data = loaded.dataset();
        String jurisdiction = data.workplace().jurisdiction();
        JurisdictionPack pack = Packs.find(jurisdiction).orElseThrow(() -> ReportRunner.noPack(jurisdiction));
        if (!Watch.supports(pack)) {
            throw new UserError(Text.of("cli.watch.no-headroom", "jurisdiction", jurisdiction));
        }
        Watch watch = Watch.of(pack);
        if (overrides != null) {
            watch = watch.withOverrides(ReportRunner.checked(overrides, pack));
        }
        Instant instant = asOf.resolve(data.workplace().zone());
        WatchReport report = watch.run(data, instant, riskSeconds);
        WatchWriter writer = WatchWriter.of(common.format, common.language).withIncomplete(loaded.incomplete());
        emit(out -> {
            if (sheet.bom) {
                out.write(org.worktime.io.write.Csv.BYTE_ORDER_MARK);
            }
            writer.write(report, out);
        });
        loaded.progress().finish(Text.of("cli.summary.watch", "employees", data.employees().size()));
        return loaded.exitCode(exitCode(report));
    }

    /** 1 when someone's recorded and planned work already breaks their ceiling, else 0. */
    static int exitCode(WatchReport report) {
        return report.hasCertainBreach() ? ExitCodes.VIOLATIONS : ExitCodes.CLEAN;
    }

    /** Hours as a non-negative decimal ({@code 4}, {@code 2.5}) to whole seconds. */
    static final class RiskHoursConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            BigDecimal hours;
            try {
                hours = org.worktime.io.read.Values.boundedDecimal(value);
            } catch (org.worktime.io.read.ValueException e) {
                throw new TypeConversionException(Text.of("cli.option.risk-hours", "value", value).in(Languages.ambient()));
            }
            if (hours.signum() < 0) {
                throw new TypeConversionException(Text.of("cli.option.risk-negative", "value", value).in(Languages.ambient()));
            }
            try {
                return hours.multiply(BigDecimal.valueOf(3600)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            } catch (ArithmeticException e) {
                throw new TypeConversionException(Text.of("cli.option.risk-large", "value", value).in(Languages.ambient()));
            }
        }
    }
}
