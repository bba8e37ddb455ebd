package org.worktime.core.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.core.finding.Citation;

/**
 * A judgment of the Supreme Court of Korea, written as each language cites it:
 * {@code 대법원 2023. 12. 7. 선고 2020도15393 판결}, {@code Supreme Court Decision 2020Do15393 (Dec. 7, 2023)},
 * {@code 韓国大法院2023年12月7日宣告2020ド15393判決}.
 *
 * <p>A pack cites a judgment as a {@link Citation} ({@link #citation}): law {@code Supreme Court of Korea}, article
 * {@code 2020Do15393 (2023-12-07)}. It renders wherever a citation does ({@code Text.of(..., "basis", judgment.citation())},
 * a finding's citation); a version or note that mentions one writes it {@code Supreme Court 2020Do15393 (2023-12-07)},
 * which {@link CitationStyle#version} renders the same way.
 *
 * @param caseNumber the case number as the court writes it in Korean, e.g. {@code 2020도15393}
 */
public record KoreanJudgment(LocalDate date, String caseNumber) {

    /** The law string of a judgment cited as a {@link Citation}. */
    public static final String COURT = "Supreme Court of Korea";

    /** Case-type marks (사건부호) and how English and Japanese write them. */
    private static final Map<String, String[]> MARKS = Map.ofEntries(
            Map.entry("다", new String[] {"Da", "ダ"}),
            Map.entry("도", new String[] {"Do", "ド"}),
            Map.entry("두", new String[] {"Du", "ドゥ"}),
            Map.entry("누", new String[] {"Nu", "ヌ"}),
            Map.entry("므", new String[] {"Meu", "ム"}),
            Map.entry("마", new String[] {"Ma", "マ"}),
            Map.entry("그", new String[] {"Geu", "グ"}),
            Map.entry("재다", new String[] {"Jae-Da", "再ダ"}));
    private static final Pattern NUMBER = Pattern.compile("^(\\d{4})(\\p{IsHangul}+|[A-Z][a-z]*(?:-[A-Z][a-z]*)?)(\\d+)$");
    private static final Pattern ARTICLE = Pattern.compile("^(\\S+) \\((\\d{4}-\\d{2}-\\d{2})\\)$");
    private static final String[] MONTHS = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

    public KoreanJudgment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(caseNumber, "caseNumber");
        if (parts(caseNumber) == null) {
            throw new IllegalArgumentException("not a case number of the Supreme Court of Korea: " + caseNumber + " (e.g. 2020도15393)");
        }
        caseNumber = korean(caseNumber);
    }

    /** A judgment by its case number in Korean or in the court's English romanisation ({@code 2020Do15393}). */
    public static KoreanJudgment of(String caseNumber, LocalDate date) {
        return new KoreanJudgment(date, caseNumber);
    }

    /** The judgment as a citation the engine carries like any other. */
    public Citation citation() {
        return new Citation(COURT, english(caseNumber) + " (" + date + ")", "", "https://glaw.scourt.go.kr");
    }

    /** The judgment cited in a language. */
    public String format(Language language) {
        String[] p = parts(caseNumber);
        return switch (language) {
            case KO -> "대법원 " + StatuteStyle.koreanDate(date) + " 선고 " + caseNumber + " 판결";
            case EN -> "Supreme Court Decision " + p[0] + MARKS.get(p[1])[0] + p[2] + " (" + MONTHS[date.getMonthValue() - 1] + " "
                    + date.getDayOfMonth() + ", " + date.getYear() + ")";
            case JA -> "韓国大法院" + StatuteStyle.japaneseDate(date, false) + "宣告" + p[0] + MARKS.get(p[1])[1] + p[2] + "判決";
        };
    }

    /** The judgment a citation's article names ({@code 2020Do15393 (2023-12-07)}), if it is written so. */
    static Optional<KoreanJudgment> fromArticle(String article) {
        Matcher m = ARTICLE.matcher(article.strip());
        if (!m.matches() || parts(m.group(1)) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KoreanJudgment(LocalDate.parse(m.group(2)), m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Year, Korean mark, serial; null when the mark is not one the table knows. */
    private static String[] parts(String number) {
        Matcher m = NUMBER.matcher(number.strip());
        if (!m.matches()) {
            return null;
        }
        String mark = m.group(2);
        if (!MARKS.containsKey(mark)) {
            mark = MARKS.entrySet().stream().filter(e -> e.getValue()[0].equals(m.group(2))).map(Map.Entry::getKey).findFirst().orElse(null);
        }
        return mark == null ? null : new String[] {m.group(1), mark, m.group(3)};
    }

    private static String korean(String number) {
        String[] p = parts(number);
        return p[0] + p[1] + p[2];
    }

    private static String english(String number) {
        String[] p = parts(number);
        return p[0] + MARKS.get(p[1])[0] + p[2];
    }
}
