package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.util.List;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.io.write.RulesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code worktime rules}: the rules of every installed pack, or the parameter table with {@code --parameters}. */
@Command(name = "rules", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class RulesCommand extends BaseCommand {

    @Option(names = "--parameters")
    boolean parameters;

    @Option(names = {"-j", "--jurisdiction"}, paramLabel = "CODE")
    String jurisdiction;

    @Override
    protected int run() throws Exception {
        List<JurisdictionPack> packs = jurisdiction == null
                ? Packs.discover()
                : List.of(Packs.find(jurisdiction).orElseThrow(() -> new UserError(Text.of("cli.rules.unknown-jurisdiction",
                        "jurisdiction", jurisdiction, "installed", ReportRunner.installed()))));
        RulesWriter writer = new RulesWriter(common.format, common.language);
        emit(out -> {
            if (parameters) {
                writer.writeParameters(packs, out);
            } else {
                writer.writeRules(packs, out);
            }
        });
        return ExitCodes.CLEAN;
    }
}
