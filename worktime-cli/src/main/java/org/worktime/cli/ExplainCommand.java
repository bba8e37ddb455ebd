package org.worktime.cli;

import org.worktime.core.finding.Text;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code worktime explain RULE-ID}: what a rule checks and what the law says, in the user's language (the citation as
 * that language's lawyers write it, the version in force, the source), then its documentation page. Class names,
 * parameter keys and the raw metadata are for developers, with {@code --developer}.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class ExplainCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "RULE-ID", descriptionKey = "rule-id")
    String ruleId;

    @Option(names = "--developer")
    boolean developer;

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
                    RulesWriter.Developer internals = developer
                            ? new RulesWriter.Developer(rule.getClass().getName(), parameterKeys(pack, id)) : null;
                    emit(out -> writer.writeExplain(pack.jurisdiction(), rule.info(), documentation, page(pack, id), internals, out));
                    return ExitCodes.CLEAN;
                }
                if (!wanted.isEmpty() && id.toUpperCase(Locale.ROOT).startsWith(wanted.toUpperCase(Locale.ROOT))) {
                    similar.add(id);
                }
            }
        }
        Text hint = similar.isEmpty() ? Text.of("cli.explain.hint-rules")
                : Text.of("cli.explain.did-you-mean", "ids", String.join(", ", similar.subList(0, Math.min(5, similar.size()))));
        throw new UserError(Text.of("cli.explain.unknown-rule", "id", ruleId, "hint", hint));
    }

    /** Where the rule's page lives in the repository and the distribution: {@code docs/rules/kr/KR-LSA-53-1.md}. */
    static String page(JurisdictionPack pack, String id) {
        return "docs/rules/" + pack.jurisdiction().toLowerCase(Locale.ROOT) + "/" + id + ".md";
    }

    /**
     * The pack's parameter keys named after the rule's article, the most specific prefix that names any:
     * {@code kr.lsa53.*} for KR-LSA-53-1, {@code jp.isha66-8-2.*} for JP-ISHA-66-8-2, {@code us.flsa7.*} for US-FLSA-7A.
     */
    static List<String> parameterKeys(JurisdictionPack pack, String id) {
        String[] segments = id.toLowerCase(Locale.ROOT).split("-");
        if (segments.length < 2) {
            return List.of();
        }
        String base = segments[0] + "." + segments[1];
        List<String> prefixes = new ArrayList<>();
        prefixes.add(base);
        StringBuilder numbers = new StringBuilder();
        for (int i = 2; i < segments.length; i++) {
            String digits = segments[i].replaceAll("^(\\d*).*$", "$1");
            if (digits.isEmpty()) {
                break;
            }
            numbers.append(numbers.isEmpty() ? "" : "-").append(digits);
            prefixes.addFirst(base + numbers);
            if (!digits.equals(segments[i])) {
                break;
            }
        }
        List<String> keys = pack.parameters().keys();
        for (String prefix : prefixes) {
            List<String> named = keys.stream().filter(k -> k.startsWith(prefix + ".")).sorted().toList();
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of();
    }

    /** The page {@code /docs/rules/<jurisdiction>/<RULE-ID>.md} on the class path, or null. */
    static String documentation(JurisdictionPack pack, String id) throws IOException {
        String resource = "/" + page(pack, id);
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
