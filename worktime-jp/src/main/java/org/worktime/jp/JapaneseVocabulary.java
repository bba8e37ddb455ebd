package org.worktime.jp;

import org.worktime.core.rule.Vocabulary;
import org.worktime.core.rule.Vocabulary.Field;

/**
 * The words of the input the Japanese pack gives a meaning to (docs/rules/jp/README.md lists them with the rule that
 * reads each): a word the readers find in no installed pack's vocabulary is an input error.
 */
final class JapaneseVocabulary {

    /** The 47 prefectures as the attribute jp.prefecture names them: each has its jp.mwa.regional.<name> rows. */
    static final String[] PREFECTURES = {
            "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi",
            "gunma", "saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama", "ishikawa", "fukui",
            "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie", "shiga", "kyoto", "osaka", "hyogo",
            "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima", "yamaguchi", "tokushima",
            "kagawa", "ehime", "kochi", "fukuoka", "saga", "nagasaki", "kumamoto", "oita", "miyazaki",
            "kagoshima", "okinawa"};

    private static final String[] VARIABLE_TERMS = {"start", "months", "days", "pattern", "dates", "specifiedPeriod"};

    static final Vocabulary VOCABULARY = Vocabulary.builder()
            // Art. 41 (Coverage)
            .words(Field.EXCLUSION, "agriculture", "surveillance", "intermittent")
            // Art. 37(5), Ordinance Art. 21: the kinds left out of the hourly base (row jp.lsa37.excluded-kinds); every
            // other allowance counts, whatever it is called, so allowances are an open family.
            .words(Field.EARNING_KIND, "allowance.family", "allowance.commuting", "allowance.separate-living",
                    "allowance.child-education", "allowance.housing", "temporary", "bonus",
                    // Minimum Wage Act Art. 4(3), Ordinance Art. 1: the attendance allowance (精皆勤手当) is left out there too.
                    "allowance.attendance")
            .family(Field.EARNING_KIND, "allowance.")
            .family(Field.EARNING_KIND, "bonus.")
            .family(Field.EARNING_KIND, "temporary.")
            .words(Field.EARNING_ATTRIBUTE, "per", "uniform", "guaranteed")
            .words(Field.ATTESTATION_SUBJECT, "jp.art41.manager", "jp.art41.confidential", "jp.hps.consent", "jp.hps.health-check",
                    "jp.hps.doctor-interview", "jp.isha.doctor-interview", "jp.isha.interview-requested", "jp.discretionary.consent",
                    "jp.lsa37-3.substitute-leave")
            // Workplace and employee attributes under jp. (docs/rules/jp/README.md); other attribute names are free.
            .namespace(Field.ATTRIBUTE, "jp.")
            .words(Field.ATTRIBUTE, "jp.special-measure-industry", "jp.sme", "jp.lsa35.four-week-start", "jp.lsa32-5.business",
                    "jp.annual-holidays", "jp.daily-scheduled-hours", "jp.statutory-holiday-dates", "jp.prefecture", "jp.hps.job-type",
                    "jp.discretionary.job-type", "jp.harmful-work")
            .attributeValues("jp.prefecture", PREFECTURES)
            .attributeValues("jp.harmful-work", "true", "false")
            .agreement("JP-LSA-36", "yearStart", "monthLimit", "yearLimit", "holidayWork", "specialClause", "specialMonthLimit",
                    "specialYearLimit", "longVariable", "sector", "filedOn")
            .agreement("JP-LSA-32-2", VARIABLE_TERMS)
            .agreement("JP-LSA-32-4", VARIABLE_TERMS)
            .agreement("JP-LSA-32-5", VARIABLE_TERMS)
            .agreement("JP-LSA-32-3", "start", "months", "filed")
            .agreement("JP-LSA-37-3")
            .agreement("JP-LSA-38-3", "deemedHours", "jobTypes")
            .agreement("JP-LSA-38-4", "deemedHours", "membersFor", "members")
            .agreement("JP-LSA-41-2", "selectiveMeasure", "startDate", "membersFor", "members", "jobTypes")
            .build();

    private JapaneseVocabulary() {
    }
}
