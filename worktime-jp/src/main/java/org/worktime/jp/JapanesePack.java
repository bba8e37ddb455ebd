package org.worktime.jp;

import java.util.List;
import java.util.Map;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayAttribution;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LimitRule;
import org.worktime.core.rule.PayRule;
import org.worktime.jp.rules.AverageCapRule;
import org.worktime.jp.rules.RegionalMinimumWageRule;
import org.worktime.jp.rules.HarmfulWorkOvertimeRule;
import org.worktime.jp.rules.BreaksRule;
import org.worktime.jp.rules.ConsentRenewalRule;
import org.worktime.jp.rules.ResearchDoctorInterviewRule;
import org.worktime.jp.rules.InterviewOnRequestRule;
import org.worktime.jp.rules.DailyHoursRule;
import org.worktime.jp.rules.DiscretionaryWorkRule;
import org.worktime.jp.rules.FlextimeRule;
import org.worktime.jp.rules.FlextimeSettlementRule;
import org.worktime.jp.rules.VariableHoursRule;
import org.worktime.jp.rules.VariableSettlementRule;
import org.worktime.jp.rules.DoctorInterviewRule;
import org.worktime.jp.rules.GeneralLimitRule;
import org.worktime.jp.rules.HealthMeasuresRule;
import org.worktime.jp.rules.HighlyProfessionalSystemTest;
import org.worktime.jp.rules.HolidayPremiumRule;
import org.worktime.jp.rules.HolidayWorkRule;
import org.worktime.jp.rules.ManagerExclusionTest;
import org.worktime.jp.rules.MonthlyCapRule;
import org.worktime.jp.rules.NightPremiumRule;
import org.worktime.jp.rules.OvertimePremiumRule;
import org.worktime.jp.rules.SpecialClauseRule;
import org.worktime.jp.rules.WeeklyHoursRule;
import org.worktime.jp.rules.WeeklyRestDayRule;

/** Japan: the Labor Standards Act's hours, Art. 36 limits, premiums, the Highly Professional System and dated parameters. */
public final class JapanesePack implements JurisdictionPack {

    /** Parameter file on the class path. */
    public static final String PARAMETERS = "/org/worktime/jp/parameters.txt";

    private final ParameterTable parameters = ParameterTable.readResource(JapanesePack.class, PARAMETERS);

    private final List<LimitRule> limitRules = List.of(
            new WeeklyHoursRule(),
            new DailyHoursRule(),
            new BreaksRule(),
            new WeeklyRestDayRule(),
            new HolidayWorkRule(),
            new GeneralLimitRule(),
            new SpecialClauseRule(),
            new MonthlyCapRule(),
            new AverageCapRule(),
            new VariableHoursRule(),
            new FlextimeRule(),
            new DiscretionaryWorkRule(),
            new HealthMeasuresRule(),
            new DoctorInterviewRule(),
            new ResearchDoctorInterviewRule(),
            new ConsentRenewalRule(),
            new InterviewOnRequestRule(),
            new org.worktime.jp.rules.AnnualLeaveFiveDaysRule(),
            new RegionalMinimumWageRule(),
            new HarmfulWorkOvertimeRule());

    private final List<PayRule> payRules = List.of(
            new OvertimePremiumRule(),
            new HolidayPremiumRule(),
            new NightPremiumRule(),
            new VariableSettlementRule(),
            new FlextimeSettlementRule());

    private final List<ExemptionTest> exemptionTests = List.of(
            new HighlyProfessionalSystemTest(),
            new ManagerExclusionTest());

    /** The pay line kinds in words, from the catalog. */
    private static final Map<String, Text> PAY_KINDS = Map.of(
            "OVERTIME", Text.of("jp.pay.kind.overtime"),
            "OVERTIME_OVER_60H", Text.of("jp.pay.kind.overtime-over-60h"),
            "OVERTIME_OVER_60H_SUBSTITUTED", Text.of("jp.pay.kind.overtime-over-60h-substituted"),
            "HOLIDAY", Text.of("jp.pay.kind.holiday"),
            "NIGHT", Text.of("jp.pay.kind.night"),
            "VARIABLE_SETTLEMENT", Text.of("jp.pay.kind.variable-settlement"),
            "FLEXTIME_SETTLEMENT", Text.of("jp.pay.kind.flextime-settlement"));

    /**
     * The months before the requested dates that Japan's limits judge a month by: the 2-6 month averages of Art. 36(6)
     * look back five months, the annual caps to the agreement year's start, and the HPS days off to the year's start.
     * Twelve months cover them all; only findings that touch the requested dates are reported.
     */
    @Override
    public java.time.Period lookback() {
        return java.time.Period.ofMonths(12);
    }

    /**
     * How much overtime and holiday work each employee may still do in the Art. 36 month of an as-of instant before a
     * cap breaks ({@code worktime watch}): Japan caps the month and the year, not the week's total.
     */
    @Override
    public java.util.Optional<org.worktime.core.watch.HeadroomCalculator> headroom() {
        return java.util.Optional.of(new org.worktime.jp.rules.JapaneseHeadroom());
    }

    @Override
    public org.worktime.core.rule.Vocabulary vocabulary() {
        return JapaneseVocabulary.VOCABULARY;
    }

    @Override
    public String jurisdiction() {
        return "JP";
    }

    @Override
    public String displayName() {
        return "Japan (Labor Standards Act)";
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
    public List<PayRule> payRules() {
        return payRules;
    }

    @Override
    public List<ExemptionTest> exemptionTests() {
        return exemptionTests;
    }

    @Override
    public Text payKindLabel(String kind) {
        return PAY_KINDS.getOrDefault(kind, Text.verbatim(kind));
    }

    @Override
    public DayTypes dayTypes(Workplace workplace, ParameterTable table) {
        return new JapaneseDayTypes(workplace);
    }

    /**
     * Night is the window of Art. 37(4), 22:00-05:00; a continuous shift across midnight belongs to the day it started
     * for the daily and weekly limits (MHLW circular, 1988), while statutory-holiday work follows the calendar date.
     */
    @Override
    public TimelinePolicy timelinePolicy(Workplace workplace, ParameterTable table) {
        List<Parameter> night = table.history("jp.night-window");
        return new TimelinePolicy(night.get(night.size() - 1).window(), DayAttribution.SHIFT_START_DAY);
    }
}
