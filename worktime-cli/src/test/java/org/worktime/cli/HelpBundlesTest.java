package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The help bundles are whole in every language, as CatalogCheck checks the message catalogs: help_ko and help_ja hold
 * exactly the keys of help.properties (a missing key would print English, an extra line of a multi-line text would be
 * joined to the English lines), keep picocli's variables and line breaks, and translate every sentence.
 */
class HelpBundlesTest {

    /** Keys whose text is the same in every language: a command to type, a list of option ids, empty lines. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "worktime.generate-completion.usage.description.3", "worktime.plan.option.1");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|%n|\\$WORKTIME_LANG");

    @ParameterizedTest
    @ValueSource(strings = {"ko", "ja"})
    void everyKeyOfTheEnglishBundleAndNoOtherIsInTheLanguagesBundle(String language) throws IOException {
        Properties en = load("help.properties");
        Properties other = load("help_" + language + ".properties");
        Set<String> missing = new TreeSet<>(en.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(en.stringPropertyNames());
        assertThat(missing).as("keys missing in help_" + language).isEmpty();
        assertThat(extra).as("keys help_" + language + " has and English has not").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "ja"})
    void everyTextKeepsItsVariablesAndIsTranslated(String language) throws IOException {
        Properties en = load("help.properties");
        Properties other = load("help_" + language + ".properties");
        Set<String> problems = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String translated = other.getProperty(key, "");
            if (!variables(english).equals(variables(translated))) {
                problems.add(key + ": variables " + variables(english) + " became " + variables(translated));
            }
            if (!english.isBlank() && english.equals(translated) && !SAME_IN_EVERY_LANGUAGE.contains(key)) {
                problems.add(key + ": still English");
            }
            if (english.isBlank() != translated.isBlank()) {
                problems.add(key + ": an empty line in one language only");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theBundlesAreTheOnesPicocliIsGiven() {
        assertThat(HelpLanguage.bundle(org.worktime.core.i18n.Language.EN).getString("worktime.check.usage.description"))
                .isEqualTo("Check working-time limits: findings with their law, measured against the limit in force.");
        assertThat(HelpLanguage.bundle(org.worktime.core.i18n.Language.JA).getString("usage.synopsisHeading")).isEqualTo("使用法: ");
        assertThat(HelpLanguage.bundle(org.worktime.core.i18n.Language.KO).getString("usage.synopsisHeading")).isEqualTo("사용법: ");
    }

    private static java.util.List<String> variables(String text) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = HelpBundlesTest.class.getResourceAsStream("/org/worktime/cli/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
