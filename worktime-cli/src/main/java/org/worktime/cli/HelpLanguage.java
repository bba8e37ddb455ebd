package org.worktime.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.worktime.core.i18n.Language;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * The language of the usage help: the run's ({@code --lang}, else {@link Languages}' order). picocli reads the help from
 * the resource bundle {@code org/worktime/cli/help.properties} (English, the root) and its {@code _ko} and {@code _ja}
 * siblings, a java.util.ResourceBundle, so picocli's own variables ({@code ${DEFAULT-VALUE}}) keep working. The
 * annotation loads it for the JVM's locale; before anything is printed, {@link #speaking} sets the one of the run's
 * language on the whole command tree.
 */
final class HelpLanguage {

    /** The bundle's base name, for {@code @Command(resourceBundle = ...)}. */
    static final String BUNDLE = "org.worktime.cli.help";

    /** No fallback to the JVM's locale: English is the root bundle, not whatever the machine speaks. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private HelpLanguage() {
    }

    /** The help bundle of a language: the root (English) for EN, else the language's own over the root. */
    static ResourceBundle bundle(Language language) {
        Locale locale = language == Language.EN ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(BUNDLE, locale, HelpLanguage.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * The language the command line asks for: the {@code --lang} a command took; else a {@code --lang} among the
     * arguments of a command that has none ({@code worktime --help --lang ja}, {@code worktime help check --lang ko});
     * else the ambient language ({@code WORKTIME_LANG}, {@code -Dworktime.lang}, the system's).
     */
    static Language of(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--lang")) {
                Language language = r.matchedOptionValue("--lang", null);
                if (language != null) {
                    return language;
                }
            }
        }
        Language asked = scan(parseResult.originalArgs());
        return asked != null ? asked : Languages.ambient();
    }

    /** The value of the first {@code --lang X} or {@code --lang=X} in the arguments, null when none names a language. */
    static Language scan(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                try {
                    return Language.parse(value);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Runs as {@code next} does, once the command tree speaks the command line's language (help, version and the run). */
    static IExecutionStrategy speaking(IExecutionStrategy next) {
        return parseResult -> {
            parseResult.commandSpec().root().commandLine().setResourceBundle(bundle(of(parseResult)));
            return next.execute(parseResult);
        };
    }

    /** A command line's help in the language of {@code args}, as {@code main} prints it (for tests and tools). */
    static CommandLine install(CommandLine commandLine) {
        return commandLine.setExecutionStrategy(speaking(new CommandLine.RunLast()));
    }
}
