package org.worktime.core.i18n;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.worktime.core.i18n.Provisions.Element;
import org.worktime.core.i18n.Provisions.Instrument;
import org.worktime.core.i18n.Provisions.Part;
import org.worktime.core.i18n.Provisions.Range;
import org.worktime.core.i18n.Provisions.Ref;
import org.worktime.core.i18n.Provisions.Remark;
import org.worktime.core.i18n.Provisions.Single;
import org.worktime.core.i18n.Provisions.Table;

/**
 * Korean and Japanese statutes written as their lawyers write them: {@code 근로기준법 제51조의2제2항},
 * {@code 같은 법 시행령 제31조}, {@code 労働基準法第41条の2第1項第5号ロ}, {@code 同法施行規則第18条}. The notation (제·조·항·호,
 * 第·条·項·号, 및, 及び) is the citation grammar of each language and lives here; the names of the laws are in the
 * catalog.
 */
final class StatuteStyle {

    private static final String[] KO_SUBITEMS = {"가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하"};
    private static final String[] JA_SUBITEMS = {"イ", "ロ", "ハ", "ニ", "ホ", "ヘ", "ト", "チ", "リ", "ヌ", "ル", "ヲ", "ワ", "カ"};

    private StatuteStyle() {
    }

    /** The provisions of a Korean or Japanese statute in Korean or Japanese (never English: English keeps the data's text). */
    static String format(Law law, Provisions provisions, Language language) {
        boolean ko = language == Language.KO;
        List<String> parts = new ArrayList<>();
        Instrument previous = null;
        for (Part part : merged(provisions.parts())) {
            StringBuilder s = new StringBuilder();
            if (part.former()) {
                s.append(ko ? "구 " : "旧");
            }
            s.append(prefix(law, part, previous, parts.isEmpty(), language));
            s.append(list(part.elements(), language));
            Remark remark = part.remark();
            if (remark != null) {
                String words = remark.asFrom() != null
                        ? (ko ? koreanDate(remark.asFrom()) + " 이후" : japaneseDate(remark.asFrom(), false) + "以降")
                        : remark.words();
                s.append(ko ? "(" + words + ")" : "（" + words + "）");
            }
            parts.add(s.toString());
            previous = part.instrument();
        }
        return String.join(ko ? ", " : "、", parts);
    }

    /** Consecutive parts of one instrument read as one list: Art. 51-3; Art. 56(1) is 제51조의3 및 제56조제1항. */
    private static List<Part> merged(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            Part last = out.isEmpty() ? null : out.getLast();
            if (last != null && last.instrument() == p.instrument() && !last.former() && !p.former() && last.remark() == null
                    && last.actNumber() == null && p.actNumber() == null && !p.elements().isEmpty() && !last.elements().isEmpty()) {
                List<Element> elements = new ArrayList<>(last.elements());
                elements.addAll(p.elements());
                out.set(out.size() - 1, new Part(p.instrument(), false, null, null, List.copyOf(elements), p.remark()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The instrument's name before the provisions: the law at first, 같은 법 / 同法 after. */
    private static String prefix(Law law, Part part, Instrument previous, boolean first, Language language) {
        boolean ko = language == Language.KO;
        boolean japan = law.family() == Law.Family.JAPAN;
        String name = law.name(language);
        String same = ko ? "같은 법 " : "同法";
        String act = first ? (ko ? name + " " : name) : same;
        return switch (part.instrument()) {
            case ACT -> first ? act : previous == Instrument.ACT ? "" : same;
            case DECREE -> ko ? act + "시행령 " : act + "施行令";
            case RULE -> ko ? act + "시행규칙 " : act + "施行規則";
            case ORDINANCE -> law.slug().equals("jp-isha") // the ISHA's ordinance has its own name, 労働安全衛生規則
                    ? Law.name("jp-isha-ordinance", language) + (ko ? " " : "")
                    : ko ? act + "시행규칙 " : act + "施行規則";
            case SUPPLEMENTARY -> {
                String of = "";
                int[] n = part.actNumber();
                if (n != null) {
                    of = ko ? (japan ? "(" + n[1] + "년 법률 제" + n[0] + "호)" : "(법률 제" + n[0] + "호)")
                            : "（" + (japan ? japaneseYear(n[1]) : "") + "法律第" + n[0] + "号）";
                }
                yield ko ? act + "부칙" + of + " " : act + "附則" + of;
            }
            case CABINET_ORDER_PREMIUM -> Law.name("jp-premium-order", language);
            case HPS_GUIDELINE -> {
                int[] n = part.actNumber();
                yield Law.name("jp-hps-guideline", language) + (ko ? "(" + n[1] + "년 후생노동성 고시 제" + n[0] + "호)"
                        : "（" + japaneseYear(n[1]) + "厚生労働省告示第" + n[0] + "号）");
            }
        };
    }

    /** A part's list: A, B 및 C / A、B及びC; an adjacent pair written as a range reads as the two. */
    private static String list(List<Element> elements, Language language) {
        boolean ko = language == Language.KO;
        List<String> items = new ArrayList<>();
        for (Element e : elements) {
            switch (e) {
                case Single single -> items.add(ref(single.ref(), language));
                case Table table -> items.add(ko ? "별표 " + table.number() : "別表第" + table.number());
                case Range range -> {
                    if (adjacent(range)) {
                        items.add(ref(range.from(), language));
                        items.add(ref(range.to(), language));
                    } else {
                        items.add(ko ? ref(range.from(), language) + "부터 " + ref(range.to(), language) + "까지"
                                : ref(range.from(), language) + "から" + ref(range.to(), language) + "まで");
                    }
                }
            }
        }
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        String head = String.join(ko ? ", " : "、", items.subList(0, items.size() - 1));
        return head + (ko ? " 및 " : "及び") + items.getLast();
    }

    private static boolean adjacent(Range range) {
        int level = range.to().from();
        Ref a = range.from();
        Ref b = range.to();
        if (a.deepest() != level || b.deepest() != level) {
            return false;
        }
        String x = a.values()[level];
        String y = b.values()[level];
        if (x == null || y == null || !x.chars().allMatch(Character::isDigit) || !y.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(y) == Integer.parseInt(x) + 1;
    }

    /** One provision from its first level down: 제51조의2제2항제1호가목 / 第51条の2第2項第1号イ. */
    private static String ref(Ref ref, Language language) {
        boolean ko = language == Language.KO;
        String[] v = ref.values();
        StringBuilder s = new StringBuilder();
        for (int level = ref.from(); level < v.length; level++) {
            String value = v[level];
            if (value == null) {
                continue;
            }
            switch (level) {
                case Provisions.ARTICLE -> {
                    String[] numbers = value.split("-");
                    s.append(ko ? "제" : "第").append(numbers[0]).append(ko ? "조" : "条");
                    for (int i = 1; i < numbers.length; i++) {
                        s.append(ko ? "의" : "の").append(numbers[i]);
                    }
                }
                case Provisions.PARAGRAPH -> s.append(ko ? "제" : "第").append(value).append(ko ? "항" : "項");
                case Provisions.ITEM -> s.append(ko ? "제" : "第").append(value).append(ko ? "호" : "号");
                default -> {
                    int index = value.charAt(0) - 'a';
                    s.append(ko ? KO_SUBITEMS[index] + "목" : JA_SUBITEMS[index]);
                }
            }
        }
        if (ref.proviso()) {
            s.append(ko ? " 단서" : "ただし書");
        }
        return s.toString();
    }

    /** {@code 2023. 12. 7.}, as Korean courts and statutes write a date. */
    static String koreanDate(LocalDate date) {
        return date.getYear() + ". " + date.getMonthValue() + ". " + date.getDayOfMonth() + ".";
    }

    /** {@code 2023年12月7日}, or in the Japanese era ({@code 昭和63年3月14日}) as circulars and acts are numbered. */
    static String japaneseDate(LocalDate date, boolean era) {
        if (!era) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        JapaneseDate jd = JapaneseDate.from(date);
        int year = jd.get(ChronoField.YEAR_OF_ERA);
        return eraName(jd) + (year == 1 ? "元" : String.valueOf(year)) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * The year an act or notice is numbered in: {@code 平成30年}. 2019 began in Heisei and ended in Reiwa, so a number of
     * that year, known only by its year, is written {@code 2019年} rather than guessed.
     */
    static String japaneseYear(int year) {
        if (year == 2019 || year < 1927) {
            return year + "年";
        }
        JapaneseDate jd = JapaneseDate.from(LocalDate.of(year, 12, 31));
        int y = jd.get(ChronoField.YEAR_OF_ERA);
        return eraName(jd) + (y == 1 ? "元" : String.valueOf(y)) + "年";
    }

    private static String eraName(JapaneseDate date) {
        return switch (date.getEra().getValue()) {
            case 1 -> "昭和";
            case 2 -> "平成";
            case 3 -> "令和";
            default -> throw new IllegalArgumentException("era of " + date);
        };
    }
}
