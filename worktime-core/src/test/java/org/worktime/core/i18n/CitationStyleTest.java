package org.worktime.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Citation;

class CitationStyleTest {

    private static String en(String law, String article) {
        return CitationStyle.format(new Citation(law, article, "", ""), Language.EN);
    }

    private static String ko(String law, String article) {
        return CitationStyle.format(new Citation(law, article, "", ""), Language.KO);
    }

    private static String ja(String law, String article) {
        return CitationStyle.format(new Citation(law, article, "", ""), Language.JA);
    }

    private static final String KR = "Labor Standards Act";
    private static final String JP = "Labor Standards Act (Japan)";

    @Test
    void koreanArticlesParagraphsAndItems() {
        assertThat(ko(KR, "Art. 53(1)")).isEqualTo("근로기준법 제53조제1항");
        assertThat(en(KR, "Art. 53(1)")).isEqualTo("Labor Standards Act Art. 53(1)");
        assertThat(ja(KR, "Art. 53(1)")).isEqualTo("韓国勤労基準法第53条第1項");
        assertThat(ko(KR, "Art. 51-2(2)")).isEqualTo("근로기준법 제51조의2제2항");
        assertThat(ja(KR, "Art. 51-2(2)")).isEqualTo("韓国勤労基準法第51条の2第2項");
        assertThat(en(KR, "Art. 51-2(2)")).isEqualTo("Labor Standards Act Art. 51-2(2)");
        assertThat(ko(KR, "Art. 52(2)2")).isEqualTo("근로기준법 제52조제2항제2호");
        assertThat(ja(KR, "Art. 52(2)2")).isEqualTo("韓国勤労基準法第52条第2項第2号");
        assertThat(en(KR, "Art. 52(2)2")).isEqualTo("Labor Standards Act Art. 52(2)2");
        assertThat(ko(KR, "Art. 69 proviso")).isEqualTo("근로기준법 제69조 단서");
    }

    @Test
    void koreanDecreesRulesAndSeveralParts() {
        assertThat(ko(KR, "Art. 58(3); Decree Art. 31")).isEqualTo("근로기준법 제58조제3항, 같은 법 시행령 제31조");
        assertThat(ja(KR, "Art. 58(3); Decree Art. 31")).isEqualTo("韓国勤労基準法第58条第3項、同法施行令第31条");
        assertThat(en(KR, "Art. 58(3); Decree Art. 31")).isEqualTo("Labor Standards Act Art. 58(3); Decree Art. 31");
        assertThat(ko(KR, "Decree Art. 31")).isEqualTo("근로기준법 시행령 제31조");
        assertThat(ko(KR, "Art. 53(4); Enforcement Rule Art. 9")).isEqualTo("근로기준법 제53조제4항, 같은 법 시행규칙 제9조");
        assertThat(ja(KR, "Art. 53(4); Enforcement Rule Art. 9")).isEqualTo("韓国勤労基準法第53条第4項、同法施行規則第9条");
        assertThat(ko(KR, "Art. 55(1); Decree Art. 30(1); Art. 18(3)"))
                .isEqualTo("근로기준법 제55조제1항, 같은 법 시행령 제30조제1항, 같은 법 제18조제3항");
        assertThat(ko(KR, "Art. 51-3; Art. 56(1)")).isEqualTo("근로기준법 제51조의3 및 제56조제1항");
        assertThat(ko(KR, "Art. 60(1), (2), (4), (6)")).isEqualTo("근로기준법 제60조제1항, 제2항, 제4항 및 제6항");
        assertThat(ja(KR, "Art. 60(1), (2), (4), (6)")).isEqualTo("韓国勤労基準法第60条第1項、第2項、第4項及び第6項");
        assertThat(ko(KR, "Art. 51-2(3)-(4)")).isEqualTo("근로기준법 제51조의2제3항 및 제4항");
        assertThat(ko(KR, "Art. 11; Decree Art. 7, Table 1")).isEqualTo("근로기준법 제11조, 같은 법 시행령 제7조 및 별표 1");
        assertThat(ja(KR, "Art. 11; Decree Art. 7, Table 1")).isEqualTo("韓国勤労基準法第11条、同法施行令第7条及び別表第1");
        assertThat(ko(KR, "Addendum 1")).isEqualTo("근로기준법 부칙 제1조");
        assertThat(ko("Minimum Wage Act", "Art. 6(1); Art. 10")).isEqualTo("최저임금법 제6조제1항 및 제10조");
        assertThat(ja("Fixed-term and Part-time Workers Act", "Art. 6(1)")).isEqualTo("韓国期間制及び短時間勤労者保護等に関する法律第6条第1項");
        assertThat(ko("MOEL special extended work guideline", "Art. 53(4)")).isEqualTo("고용노동부 특별연장근로 인가 지침(근로기준법 제53조제4항)");
    }

    @Test
    void japaneseArticlesItemsAndBranches() {
        assertThat(ja(JP, "Art. 36(6)(ii)")).isEqualTo("労働基準法第36条第6項第2号");
        assertThat(ko(JP, "Art. 36(6)(ii)")).isEqualTo("일본 노동기준법 제36조제6항제2호");
        assertThat(en(JP, "Art. 36(6)(ii)")).isEqualTo("Labor Standards Act (Japan) Art. 36(6)(ii)");
        String isha = "Industrial Safety and Health Act (Japan)";
        assertThat(ja(isha, "Art. 66-8")).isEqualTo("労働安全衛生法第66条の8");
        assertThat(ko(isha, "Art. 66-8")).isEqualTo("일본 노동안전위생법 제66조의8");
        assertThat(en(isha, "Art. 66-8")).isEqualTo("Industrial Safety and Health Act (Japan) Art. 66-8");
        assertThat(ja(isha, "Art. 66-8-4")).isEqualTo("労働安全衛生法第66条の8の4");
        assertThat(ko(isha, "Art. 66-8-4")).isEqualTo("일본 노동안전위생법 제66조의8의4");
        assertThat(ja(isha, "Art. 66-8-4; Ordinance Art. 52-7-4")).isEqualTo("労働安全衛生法第66条の8の4、労働安全衛生規則第52条の7の4");
        assertThat(ko(isha, "Art. 66-8-4; Ordinance Art. 52-7-4")).isEqualTo("일본 노동안전위생법 제66조의8의4, 일본 노동안전위생규칙 제52조의7의4");
        assertThat(ja("Minimum Wage Act (最低賃金法)", "Art. 4(1), Art. 9")).isEqualTo("最低賃金法第4条第1項及び第9条");
        assertThat(ko("Minimum Wage Act (最低賃金法)", "Art. 4(1), Art. 9")).isEqualTo("일본 최저임금법 제4조제1항 및 제9조");
        assertThat(ja(JP, "Art. 41-2(1)(v)(b); Enforcement Ordinance Art. 34-2(10)"))
                .isEqualTo("労働基準法第41条の2第1項第5号ロ、同法施行規則第34条の2第10項");
        assertThat(ko(JP, "Art. 41-2(1)(v)(b)")).isEqualTo("일본 노동기준법 제41조의2제1항제5호나목");
        assertThat(ja(JP, "Art. 41-2(1)(iii)-(v)")).isEqualTo("労働基準法第41条の2第1項第3号から第5号まで");
        assertThat(ja(JP, "Art. 36(5); Arts 139-141")).isEqualTo("労働基準法第36条第5項及び第139条から第141条まで");
        assertThat(ko(JP, "Arts 139-141")).isEqualTo("일본 노동기준법 제139조부터 제141조까지");
        assertThat(ja(JP, "Art. 36(1) proviso")).isEqualTo("労働基準法第36条第1項ただし書");
        assertThat(ja(JP, "Art. 32(1); Art. 36(1); Art. 40")).isEqualTo("労働基準法第32条第1項、第36条第1項及び第40条");
        assertThat(ja(JP, "Supplementary Provisions (Act No. 71 of 2018) Art. 3")).isEqualTo("労働基準法附則（平成30年法律第71号）第3条");
        assertThat(ko(JP, "Supplementary Provisions (Act No. 71 of 2018) Art. 3")).isEqualTo("일본 노동기준법 부칙(2018년 법률 제71호) 제3조");
        assertThat(ja(JP, "Art. 140 (as from 2024-04-01)")).isEqualTo("労働基準法第140条（2024年4月1日以降）");
        assertThat(ko(JP, "Art. 140 (as from 2024-04-01)")).isEqualTo("일본 노동기준법 제140조(2024. 4. 1. 이후)");
        assertThat(ja(JP, "former Art. 138")).isEqualTo("旧労働基準法第138条");
        assertThat(ja(JP, "Art. 41-2(1); HPS guideline (MHLW Notice No. 88 of 2019)"))
                .isEqualTo("労働基準法第41条の2第1項、高度プロフェッショナル制度に関する指針（2019年厚生労働省告示第88号）");
        assertThat(ja("MHLW circular", "Kihatsu No. 150 (1988-03-14)")).isEqualTo("昭和63年3月14日基発第150号");
        assertThat(ko("MHLW circular", "Kihatsu No. 150 (1988-03-14)")).isEqualTo("일본 행정통달 1988. 3. 14. 基発 제150호");
        assertThat(en("MHLW circular", "Kihatsu No. 150 (1988-03-14)")).isEqualTo("MHLW circular Kihatsu No. 150 (1988-03-14)");
    }

    @Test
    void usCitationsAreTheBluebookFormInEveryLanguage() {
        for (Language l : Language.values()) {
            assertThat(CitationStyle.format(new Citation("29 CFR", "778.107", "", ""), l)).isEqualTo("29 C.F.R. § 778.107");
            assertThat(CitationStyle.format(new Citation("Fair Labor Standards Act", "s.7(a)(1)", "", ""), l))
                    .isEqualTo("FLSA § 7(a)(1) (29 U.S.C. § 207(a)(1))");
            assertThat(CitationStyle.format(new Citation("Fair Labor Standards Act", "s.6(a)(1) (29 USC 206(a)(1))", "", ""), l))
                    .isEqualTo("FLSA § 6(a)(1) (29 U.S.C. § 206(a)(1))");
            assertThat(CitationStyle.format(new Citation("California Labor Code", "510(a)", "", ""), l)).isEqualTo("Cal. Lab. Code § 510(a)");
        }
        assertThat(en("Fair Labor Standards Act", "s.7(a)(1); 29 CFR 778.107-778.115, 778.322"))
                .isEqualTo("FLSA § 7(a)(1) (29 U.S.C. § 207(a)(1)); 29 C.F.R. §§ 778.107–778.115, 778.322");
        assertThat(ko("Fair Labor Standards Act", "s.16(b) (29 USC 216(b)); 29 CFR 578.3"))
                .isEqualTo("FLSA § 16(b) (29 U.S.C. § 216(b)); 29 C.F.R. § 578.3");
        assertThat(ja("California Labor Code", "510(a); 515(d)")).isEqualTo("Cal. Lab. Code §§ 510(a), 515(d)");
        assertThat(en("California Labor Code", "511; IWC wage orders s.3(B)-(C)")).isEqualTo("Cal. Lab. Code § 511; IWC Wage Orders § 3(B)–(C)");
        assertThat(en("29 CFR", "541.300-541.304")).isEqualTo("29 C.F.R. §§ 541.300–541.304");
        assertThat(en("29 CFR", "541.601(a) (2024 text)")).isEqualTo("29 C.F.R. § 541.601(a) (2024)");
        assertThat(en("Portal-to-Portal Act", "s.6 (29 USC 255(a))")).isEqualTo("Portal-to-Portal Act § 6 (29 U.S.C. § 255(a))");
        assertThat(ko("State of Texas v. U.S. Dep't of Labor", "No. 4:24-cv-499-SDJ (E.D. Tex.)"))
                .isEqualTo("State of Texas v. U.S. Dep't of Labor, No. 4:24-cv-499-SDJ (E.D. Tex.)");
    }

    @Test
    void judgmentsOfTheSupremeCourtOfKorea() {
        KoreanJudgment j = KoreanJudgment.of("2020도15393", LocalDate.of(2023, 12, 7));
        assertThat(j.format(Language.KO)).isEqualTo("대법원 2023. 12. 7. 선고 2020도15393 판결");
        assertThat(j.format(Language.EN)).isEqualTo("Supreme Court Decision 2020Do15393 (Dec. 7, 2023)");
        assertThat(j.format(Language.JA)).isEqualTo("韓国大法院2023年12月7日宣告2020ド15393判決");
        assertThat(KoreanJudgment.of("2020Do15393", LocalDate.of(2023, 12, 7))).isEqualTo(j);
        Citation c = j.citation();
        assertThat(c.law()).isEqualTo("Supreme Court of Korea");
        assertThat(c.article()).isEqualTo("2020Do15393 (2023-12-07)");
        assertThat(CitationStyle.format(c, Language.KO)).isEqualTo("대법원 2023. 12. 7. 선고 2020도15393 판결");
        assertThat(CitationStyle.format(c, Language.EN)).isEqualTo("Supreme Court Decision 2020Do15393 (Dec. 7, 2023)");
        assertThat(CitationStyle.format(c, Language.JA)).isEqualTo("韓国大法院2023年12月7日宣告2020ド15393判決");
        Citation row = new Citation(KR, "Art. 53(1)", "Supreme Court 2020Do15393 (2023-12-07): weekly total minus 40", "");
        assertThat(CitationStyle.version(row, Language.KO)).isEqualTo("대법원 2023. 12. 7. 선고 2020도15393 판결: weekly total minus 40");
        assertThat(CitationStyle.version(row, Language.EN)).isEqualTo("Supreme Court Decision 2020Do15393 (Dec. 7, 2023): weekly total minus 40");
    }

    private static String version(String law, String version, Language language) {
        return CitationStyle.version(new Citation(law, "Art. 1", version, ""), language);
    }

    @Test
    void versionsWriteActNumbersAndDatesInTheLanguage() {
        String v = "Act No. 15513 (2018-03-20), in force 2018-07-01";
        assertThat(version(KR, v, Language.KO)).isEqualTo("법률 제15513호(2018. 3. 20.), 2018. 7. 1. 시행");
        assertThat(version(KR, v, Language.JA)).isEqualTo("法律第15513号（2018年3月20日）、2018年7月1日施行");
        assertThat(version(KR, v, Language.EN)).isEqualTo(v);
        assertThat(version(KR, "before Act No. 15513", Language.KO)).isEqualTo("법률 제15513호 개정 전");
        assertThat(version("Minimum Wage Act", "MOEL Notice 2017-42", Language.KO)).isEqualTo("고용노동부 고시 제2017-42호");
        assertThat(version(KR, "Decree Table 1 (Art. 54 applies to every workplace)", Language.KO))
                .isEqualTo("Decree Table 1 (Art. 54 applies to every workplace)");
        assertThat(version(KR, "Decree Table 1", Language.JA)).isEqualTo("施行令別表第1");
        assertThat(version(JP, "Act No. 71 of 2018, in force 2019-04-01", Language.JA)).isEqualTo("平成30年法律第71号、2019年4月1日施行");
        assertThat(version(JP, "Act No. 71 of 2018", Language.KO)).isEqualTo("2018년 법률 제71호");
        assertThat(version(JP, "before Act No. 67 of 2022", Language.JA)).isEqualTo("令和4年法律第67号による改正前");
        assertThat(version(JP, "Cabinet Order No. 5 of 1994", Language.JA)).isEqualTo("平成6年政令第5号");
        assertThat(version("29 CFR", "84 FR 51230 (2019-09-27)", Language.KO)).isEqualTo("84 FR 51230 (2019-09-27)");
        assertThat(version(KR, "Act No. 15513 (2018-03-20); Supreme Court 2020Do15393 (2023-12-07)", Language.KO))
                .isEqualTo("법률 제15513호(2018. 3. 20.), 대법원 2023. 12. 7. 선고 2020도15393 판결");
        assertThat(version(JP, "Act No. 49 of 1947 (before Act No. 71 of 2018)", Language.JA))
                .isEqualTo("昭和22年法律第49号（平成30年法律第71号による改正前）");
        assertThat(version(KR, "Supreme Court 2020Do15393 (2023-12-07): weekly total minus 40", Language.JA))
                .isEqualTo("韓国大法院2023年12月7日宣告2020ド15393判決: weekly total minus 40");
    }

    @Test
    void everyLawHasItsNameInEveryLanguage() {
        java.util.Set<String> slugs = new java.util.TreeSet<>();
        Law.known().values().forEach(l -> slugs.add(l.slug()));
        slugs.addAll(java.util.List.of("jp-isha-ordinance", "jp-premium-order", "jp-hps-guideline", "us-usc-29"));
        for (String slug : slugs) {
            for (Language l : Language.values()) {
                assertThat(Catalog.contains("core.law." + slug)).as(slug).isTrue();
                assertThat(Law.name(slug, l)).as(slug + " " + l).isNotBlank();
            }
        }
        assertThat(Law.name("kr-lsa", Language.JA)).isEqualTo("韓国勤労基準法");
        assertThat(Law.name("jp-lsa", Language.KO)).isEqualTo("일본 노동기준법");
    }

    @Test
    void whatItCannotReadIsWrittenAsGiven() {
        assertThat(ko(JP, "penalty provisions")).isEqualTo("Labor Standards Act (Japan) penalty provisions");
        assertThat(ja("Local minimum wage ordinance", "as stated by the rows")).isEqualTo("Local minimum wage ordinance as stated by the rows");
        assertThat(ko(KR, "Art. 53((1)")).isEqualTo("Labor Standards Act Art. 53((1)");
        assertThat(ko(KR, "")).isEqualTo("Labor Standards Act ");
        assertThat(CitationStyle.understands(new Citation(JP, "penalty provisions", "", ""))).isFalse();
        assertThat(CitationStyle.understands(new Citation(KR, "Art. 53(1)", "", ""))).isTrue();
        assertThat(Catalog.format(new Citation(KR, "Art. 53(1)", "", ""), Language.KO)).isEqualTo("근로기준법 제53조제1항");
    }
}
