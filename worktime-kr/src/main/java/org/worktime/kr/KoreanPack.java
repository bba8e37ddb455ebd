package org.worktime.kr;

import java.util.List;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayAttribution;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.HeadcountPolicy;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.finding.Text;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LimitRule;
import org.worktime.core.rule.PayRule;
import org.worktime.kr.calendar.KoreanPublicHolidays;
import org.worktime.kr.rules.BreaksRule;
import org.worktime.kr.rules.DailyRegularHoursRule;
import org.worktime.kr.rules.DeemedHoursRule;
import org.worktime.kr.rules.ExclusionRule;
import org.worktime.kr.rules.ExtendedWorkCapRule;
import org.worktime.kr.rules.FlexibleArrangementRule;
import org.worktime.kr.rules.FlexibleNoticeRule;
import org.worktime.kr.rules.FlexibleRestRule;
import org.worktime.kr.rules.FlexibleSettlementRule;
import org.worktime.kr.rules.HolidayPremiumRule;
import org.worktime.kr.rules.KoreanHeadroom;
import org.worktime.kr.rules.MinimumWageRule;
import org.worktime.kr.rules.MinorHoursRule;
import org.worktime.kr.rules.NightPremiumRule;
import org.worktime.kr.rules.OvertimePremiumRule;
import org.worktime.kr.rules.PartTimeExcessCapRule;
import org.worktime.kr.rules.PartTimePremiumRule;
import org.worktime.kr.rules.PostpartumOvertimeRule;
import org.worktime.kr.rules.PregnantOvertimeRule;
import org.worktime.kr.rules.ProtectedNightHolidayWorkRule;
import org.worktime.kr.rules.SelectiveHoursPremiumRule;
import org.worktime.kr.rules.SelectiveHoursRule;
import org.worktime.kr.rules.SelectiveRestRule;
import org.worktime.kr.rules.SpecialExtendedWorkRule;
import org.worktime.kr.rules.SpecialIndustryRule;
import org.worktime.kr.rules.PublicHolidayCoverageRule;
import org.worktime.kr.rules.PublicHolidayPayRule;
import org.worktime.kr.rules.WeeklyHolidayAllowanceRule;
import org.worktime.kr.rules.WeeklyHolidayRule;
import org.worktime.kr.rules.WeeklyRegularHoursRule;

/** Korea: the Labor Standards Act's working-time rules, premiums, public holidays and dated parameters. */
public final class KoreanPack implements JurisdictionPack {

    /** Parameter file on the class path. */
    public static final String PARAMETERS = "/org/worktime/kr/parameters.txt";

    private static final HeadcountPolicy HEADCOUNT = new KoreanHeadcountPolicy();

    private final ParameterTable parameters = ParameterTable.readResource(KoreanPack.class, PARAMETERS);

    private final List<LimitRule> limitRules = List.of(
            new WeeklyRegularHoursRule(),
            new DailyRegularHoursRule(),
            new ExtendedWorkCapRule(),
            new BreaksRule(),
            new WeeklyHolidayRule(),
            new ExclusionRule(),
            new MinimumWageRule(),
            new PublicHolidayCoverageRule(),
            new MinorHoursRule(),
            new ProtectedNightHolidayWorkRule(),
            new PostpartumOvertimeRule(),
            new PregnantOvertimeRule(),
            new FlexibleArrangementRule(),
            new SpecialExtendedWorkRule(),
            new SelectiveHoursRule(),
            new SelectiveRestRule(),
            new SpecialIndustryRule(),
            new FlexibleRestRule(),
            new DeemedHoursRule(),
            new FlexibleNoticeRule(),
            new PartTimeExcessCapRule(),
            new org.worktime.kr.rules.AnnualLeaveRule());

    private final List<org.worktime.core.rule.ExemptionTest> exemptionTests = List.of(
            new org.worktime.kr.rules.ManagerialExclusionExemption(),
            new org.worktime.kr.rules.DiscretionaryWorkExemption(),
            new org.worktime.kr.rules.SpecialExtendedWorkExemption());

    private final List<PayRule> payRules = List.of(
            new OvertimePremiumRule(),
            new HolidayPremiumRule(),
            new NightPremiumRule(),
            new WeeklyHolidayAllowanceRule(),
            new PublicHolidayPayRule(),
            new FlexibleSettlementRule(),
            new SelectiveHoursPremiumRule(),
            new PartTimePremiumRule());

    @Override
    public org.worktime.core.rule.Vocabulary vocabulary() {
        return KoreanVocabulary.VOCABULARY;
    }

    @Override
    public String jurisdiction() {
        return "KR";
    }

    @Override
    public String displayName() {
        return "Korea (Labor Standards Act)";
    }

    @Override
    public ParameterTable parameters() {
        return parameters;
    }

    @Override
    public List<LimitRule> limitRules() {
        return limitRules;
    }

    @Override
    public List<org.worktime.core.rule.ExemptionTest> exemptionTests() {
        return exemptionTests;
    }

    @Override
    public List<PayRule> payRules() {
        return payRules;
    }

    /** What each employee may still work this week, as of an instant ({@code worktime watch}). */
    @Override
    public java.util.Optional<org.worktime.core.watch.HeadroomCalculator> headroom() {
        return java.util.Optional.of(new KoreanHeadroom());
    }

    private static final java.util.Map<String, Text> PAY_KINDS = java.util.Map.of(
            "OVERTIME", Text.of("kr.pay-kind.overtime"),
            "NIGHT", Text.of("kr.pay-kind.night"),
            "HOLIDAY", Text.of("kr.pay-kind.holiday"),
            "HOLIDAY_OVER_8H", Text.of("kr.pay-kind.holiday-over-8h"),
            "WEEKLY_HOLIDAY_ALLOWANCE", Text.of("kr.pay-kind.weekly-holiday-allowance"),
            "PUBLIC_HOLIDAY_PAY", Text.of("kr.pay-kind.public-holiday-pay"),
            "FLEXIBLE_SETTLEMENT", Text.of("kr.pay-kind.flexible-settlement"),
            "SELECTIVE_OVERTIME", Text.of("kr.pay-kind.selective-overtime"),
            "PART_TIME_EXCESS", Text.of("kr.pay-kind.part-time-excess"));

    /** A kind the pack does not know is shown as its code. */
    @Override
    public Text payKindLabel(String kind) {
        return PAY_KINDS.getOrDefault(kind, Text.verbatim(kind));
    }

    /** The weekly holiday allowance (Art. 55) and paid public holidays are wages for the day, not premiums (Art. 56). */
    @Override
    public java.util.Set<String> allowanceKinds() {
        return java.util.Set.of("WEEKLY_HOLIDAY_ALLOWANCE", "PUBLIC_HOLIDAY_PAY");
    }

    @Override
    public HeadcountPolicy headcountPolicy() {
        return HEADCOUNT;
    }

    @Override
    public DayTypes dayTypes(Workplace workplace, ParameterTable table) {
        return new KoreanDayTypes(workplace, table, HEADCOUNT, KoreanPublicHolidays.bundled());
    }

    /**
     * Night is the window of Art. 56(3); a continuous shift across midnight belongs to the day it started for
     * the daily and weekly limits (MOEL interpretation), while holiday work follows the calendar date.
     */
    @Override
    public TimelinePolicy timelinePolicy(Workplace workplace, ParameterTable table) {
        // The window has been 22:00-06:00 since the Act was made; the row in force last is the one used.
        List<org.worktime.core.param.Parameter> night = table.history("kr.night-window");
        return new TimelinePolicy(night.get(night.size() - 1).window(), DayAttribution.SHIFT_START_DAY);
    }
}
