package org.worktime.core.i18n;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The act numbers and dates in a Korean or Japanese law's version, written in Korean or Japanese:
 * {@code Act No. 15513 (2018-03-20), in force 2018-07-01} is {@code 법률 제15513호(2018. 3. 20.), 2018. 7. 1. 시행} and
 * {@code 法律第15513号（2018年3月20日）、2018年7月1日施行}; {@code Act No. 71 of 2018} is {@code 平成30年法律第71号} and
 * {@code 2018년 법률 제71호}. A version with words it does not know is kept as written, whole.
 */
final class VersionStyle {

    private static final Pattern KR_ACT = Pattern.compile("(before )?Act No\\. (\\d+)(?: \\((\\d{4}-\\d{2}-\\d{2})\\))?( and later)?");
    private static final Pattern JP_ACT = Pattern.compile("(before )?(Act|Cabinet Order) No\\. (\\d+) of (\\d{4})( and later)?");
    private static final Pattern IN_FORCE = Pattern.compile(", in force (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern MOEL_NOTICE = Pattern.compile("MOEL Notice (\\d{4}-\\d+)");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern DECREE_TABLE = Pattern.compile("^Decree Table (\\d+)");

    private VersionStyle() {
    }

    static String format(Law law, String version, Language language) {
        boolean ko = language == Language.KO;
        String s = version;
        switch (law.family()) {
            case KOREA, KOREA_GUIDELINE -> {
                s = replace(KR_ACT, s, m -> {
                    String date = m.group(3) == null ? "" : ko ? "(" + StatuteStyle.koreanDate(LocalDate.parse(m.group(3))) + ")"
                            : "（" + StatuteStyle.japaneseDate(LocalDate.parse(m.group(3)), false) + "）";
                    String act = (ko ? "법률 제" : "法律第") + m.group(2) + (ko ? "호" : "号") + date;
                    if (m.group(1) != null) {
                        act += ko ? " 개정 전" : "による改正前";
                    }
                    return m.group(4) != null ? act + (ko ? " 이후" : "以降") : act;
                });
                s = replace(MOEL_NOTICE, s, m -> ko ? "고용노동부 고시 제" + m.group(1) + "호" : "雇用労働部告示第" + m.group(1) + "号");
                s = replace(DECREE_TABLE, s, m -> ko ? "시행령 별표 " + m.group(1) : "施行令別表第" + m.group(1));
            }
            case JAPAN -> s = replace(JP_ACT, s, m -> {
                int year = Integer.parseInt(m.group(4));
                boolean order = m.group(2).equals("Cabinet Order");
                String act = ko ? year + "년 " + (order ? "정령" : "법률") + " 제" + m.group(3) + "호"
                        : StatuteStyle.japaneseYear(year) + (order ? "政令" : "法律") + "第" + m.group(3) + "号";
                if (m.group(1) != null) {
                    act += ko ? " 개정 전" : "による改正前";
                }
                return m.group(5) != null ? act + (ko ? " 이후" : "以降") : act;
            });
            default -> {
                return version;
            }
        }
        s = replace(IN_FORCE, s, m -> ko ? ", " + StatuteStyle.koreanDate(LocalDate.parse(m.group(1))) + " 시행"
                : "、" + StatuteStyle.japaneseDate(LocalDate.parse(m.group(1)), false) + "施行");
        // all or nothing: a version half in English and half in the reader's language reads worse than the original
        if (LATIN.matcher(s).find()) {
            return version;
        }
        return ko ? s.replace("; ", ", ") : s.replace("; ", "、").replace(" (", "（").replace("(", "（").replace(")", "）");
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
