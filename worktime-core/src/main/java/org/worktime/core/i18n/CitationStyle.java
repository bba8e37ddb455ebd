package org.worktime.core.i18n;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.core.finding.Citation;

/**
 * A citation written as the profession writes it in each language, from its (law, article) data:
 * {@code 근로기준법 제53조제1항} and {@code 韓国勤労基準法第53条第1項} for Korea, {@code 労働基準法第36条第6項第2号} and
 * {@code 일본 노동기준법 제36조제6항제2호} for Japan, Bluebook form for the US in every language
 * ({@code FLSA § 7(a)(1) (29 U.S.C. § 207(a)(1))}), judgments of the Supreme Court of Korea as each language cites them.
 * English keeps the data's own text for Korean and Japanese law ({@code Labor Standards Act Art. 53(1)}).
 *
 * <p>Never wrong and never an exception: a law it does not know, or an article it cannot read, is written as given.
 */
public final class CitationStyle {

    private static final Pattern CIRCULAR = Pattern.compile("^Kihatsu No\\. (\\d+) \\((\\d{4}-\\d{2}-\\d{2})\\)$");
    private static final Pattern JUDGMENT_MENTION = Pattern.compile("Supreme Court (\\d{4}[A-Z][a-z]*\\d+) \\((\\d{4}-\\d{2}-\\d{2})\\)");

    private CitationStyle() {
    }

    /** The law and article, e.g. {@code Labor Standards Act Art. 53(1)}, {@code 근로기준법 제53조제1항}. */
    public static String format(Citation citation, Language language) {
        try {
            return styled(citation, language).orElseGet(citation::shortText);
        } catch (RuntimeException e) {
            return citation.shortText(); // a citation is never worth a failed report
        }
    }

    /**
     * Whether the style reads the citation's article (and so writes it in each language's convention) rather than
     * writing it as given.
     */
    public static boolean understands(Citation citation) {
        try {
            return styled(citation, Language.KO).isPresent() && styled(citation, Language.JA).isPresent()
                    && styled(citation, Language.EN).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The version of the law in force, with what the style can write in the language: a judgment of the Supreme
     * Court of Korea mentioned as {@code Supreme Court 2020Do15393 (2023-12-07)}; in Korean and Japanese, the act
     * numbers and dates of Korean and Japanese law ({@link VersionStyle}). The rest is kept as written.
     */
    public static String version(Citation citation, Language language) {
        Matcher m = JUDGMENT_MENTION.matcher(citation.version());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = KoreanJudgment.of(m.group(1), java.time.LocalDate.parse(m.group(2))).format(language);
            } catch (RuntimeException e) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String version = out.toString();
        if (language == Language.EN) {
            return version;
        }
        try {
            String given = version;
            return Law.named(citation.law()).map(l -> VersionStyle.format(l, given, language)).orElse(version);
        } catch (RuntimeException e) {
            return version; // as given rather than half-translated
        }
    }

    private static Optional<String> styled(Citation citation, Language language) {
        String law = citation.law().strip();
        String article = citation.article().strip();
        if (law.contains(" v. ")) {
            // a US case: the name, then the docket and court as the data gives them
            return Optional.of(law + ", " + article);
        }
        Optional<Law> known = Law.named(law);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Law l = known.get();
        return switch (l.family()) {
            case US -> UsStyle.format(l, article, language);
            case KOREA_JUDGMENT -> KoreanJudgment.fromArticle(article).map(j -> j.format(language));
            case JAPAN_CIRCULAR -> circular(article, language);
            case KOREA, JAPAN -> Provisions.parse(article)
                    .map(p -> language == Language.EN ? citation.shortText() : StatuteStyle.format(l, p, language));
            case KOREA_GUIDELINE -> Provisions.parse(article).map(p -> language == Language.EN ? citation.shortText()
                    : l.name(language) + (language == Language.KO ? "(" : "（")
                            + StatuteStyle.format(Law.named("Labor Standards Act").orElseThrow(), p, language)
                            + (language == Language.KO ? ")" : "）"));
        };
    }

    /** A Japanese labour-standards circular: 昭和63年3月14日基発第150号. */
    private static Optional<String> circular(String article, Language language) {
        Matcher m = CIRCULAR.matcher(article);
        if (!m.matches()) {
            return Optional.empty();
        }
        java.time.LocalDate date = java.time.LocalDate.parse(m.group(2));
        return Optional.of(switch (language) {
            case EN -> "MHLW circular " + article;
            case JA -> StatuteStyle.japaneseDate(date, true) + "基発第" + m.group(1) + "号";
            case KO -> Law.name("jp-mhlw-circular", language) + " " + StatuteStyle.koreanDate(date) + " 基発 제" + m.group(1) + "호";
        });
    }
}
