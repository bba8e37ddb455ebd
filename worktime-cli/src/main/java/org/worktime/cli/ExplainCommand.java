package org.worktime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.core.rule.Rule;
import org.worktime.io.write.RulesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code worktime explain RULE-ID}: a rule's metadata and its documentation page. */
@Command(name = "explain", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        description = "Explain one rule: its law, dates and source, and its documentation page when the pack ships one.")
final class ExplainCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "RULE-ID", description = "A rule id, e.g. KR-LSA-53-1 (see `worktime rules`).")
    String ruleId;

    @Override
    protected int run() throws Exception {
        List<String> similar = new ArrayList<>();
        String wanted = ruleId.strip();
        for (JurisdictionPack pack : Packs.discover()) {
            for (Rule rule : pack.rules()) {
                String id = rule.info().id();
                if (id.equalsIgnoreCase(wanted)) {
                    String documentation = documentation(pack, id);
                    RulesWriter writer = new RulesWriter(common.format, common.language);
                    emit(out -> writer.writeExplain(pack.jurisdiction(), rule.info(), documentation, out));
                    return ExitCodes.CLEAN;
                }
                if (!wanted.isEmpty() && id.toUpperCase(Locale.ROOT).startsWith(wanted.toUpperCase(Locale.ROOT))) {
                    similar.add(id);
                }
            }
        }
        String hint = similar.isEmpty() ? "`worktime rules` lists the rules" : "did you mean " + String.join(", ", similar.subList(0, Math.min(5, similar.size()))) + "?";
        throw new UserError("unknown rule id '" + ruleId + "': " + hint);
    }

    /** The page {@code /docs/rules/<jurisdiction>/<RULE-ID>.md} on the class path, or null. */
    static String documentation(JurisdictionPack pack, String id) throws IOException {
        String resource = "/docs/rules/" + pack.jurisdiction().toLowerCase(Locale.ROOT) + "/" + id + ".md";
        InputStream found = pack.getClass().getResourceAsStream(resource);
        if (found == null) {
            found = ExplainCommand.class.getResourceAsStream(resource);
        }
        if (found == null) {
            return null;
        }
        try (InputStream in = found) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
