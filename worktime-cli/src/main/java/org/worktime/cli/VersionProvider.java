package org.worktime.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.Collectors;
import org.worktime.core.rule.Packs;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code worktime --version}: the build's version (from the jar's Maven descriptor), the Java runtime and the packs,
 * labelled in the run's language (the help bundle the command speaks, see {@link HelpLanguage}).
 */
final class VersionProvider implements IVersionProvider {

    /** The command asked for its version; picocli injects it. */
    @Spec
    CommandSpec spec;

    private static final String POM_PROPERTIES = "/META-INF/maven/org.worktime/worktime-cli/pom.properties";

    @Override
    public String[] getVersion() {
        String packs = Packs.discover().stream().map(p -> p.jurisdiction() + " (" + p.displayName() + ")").collect(Collectors.joining(", "));
        return new String[] {
            "worktime " + version(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
            word("version.packs", "Jurisdiction packs:") + " " + (packs.isEmpty() ? word("version.no-packs", "none") : packs)
        };
    }

    /** A word of the help bundle, or the English one when the provider runs outside a command (a test, a tool). */
    private String word(String key, String english) {
        java.util.ResourceBundle bundle = spec == null ? null : spec.resourceBundle();
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : english;
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to the package's version
        }
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version != null ? version : "(development build)";
    }
}
