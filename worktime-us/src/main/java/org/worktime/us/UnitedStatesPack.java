package org.worktime.us;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayAttribution;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.finding.Text;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LimitRule;
import org.worktime.core.rule.PayRule;
import org.worktime.core.time.DailyWindow;
import org.worktime.us.exempt.UsExemptionTests;
import org.worktime.us.rules.AlternativeWorkweekRule;
import org.worktime.us.rules.CaliforniaMinimumWageRule;
import org.worktime.us.rules.CaliforniaOvertimeRule;
import org.worktime.us.rules.FederalMinimumWageRule;
import org.worktime.us.rules.LocalMinimumWageRule;
import org.worktime.us.rules.FluctuatingWorkweekRule;
import org.worktime.us.rules.MealPeriodPremiumRule;
import org.worktime.us.rules.MultiWeekBonusRule;
import org.worktime.us.rules.PunchRoundingRule;
import org.worktime.us.rules.RestPeriodPremiumRule;
import org.worktime.us.rules.UnpaidOvertimeRule;
import org.worktime.us.rules.WeeklyOvertimeRule;

/**
 * The United States: FLSA overtime on the regular rate, the Part 541 exemptions decided from pay data and attested
 * duties, and California's Labor Code as a layer for workplaces with {@code us.state=CA}.
 */
public final class UnitedStatesPack implements JurisdictionPack {

    /** Parameter file on the class path. */
    public static final String PARAMETERS = "/org/worktime/us/parameters.txt";

    /**
     * The FLSA has no night premium and no holiday premium; the timeline needs a night window all the same, so it is
     * the last second of the day, which no US rule reads.
     */
    private static final DailyWindow NO_NIGHT = DailyWindow.of(LocalTime.of(23, 59, 59), LocalTime.MIDNIGHT);

    private final ParameterTable parameters = ParameterTable.readResource(UnitedStatesPack.class, PARAMETERS);

    private final List<LimitRule> limitRules = List.of(
            new UnpaidOvertimeRule(),
            new FederalMinimumWageRule(),
            new CaliforniaMinimumWageRule(),
            new LocalMinimumWageRule(),
            new PunchRoundingRule(),
            new AlternativeWorkweekRule());

    private final List<PayRule> payRules = List.of(
            new WeeklyOvertimeRule(),
            new FluctuatingWorkweekRule(),
            new MultiWeekBonusRule(),
            new CaliforniaOvertimeRule(),
            new MealPeriodPremiumRule(),
            new RestPeriodPremiumRule());

    /** The pay line kinds in words (a bonus band's kind is its band's, "on a multi-week bonus"). */
    private static final Map<String, Text> PAY_KINDS = Map.ofEntries(
            Map.entry("OVERTIME", Text.of("us.pay-kind.overtime")),
            Map.entry("STRAIGHT_TIME", Text.of("us.pay-kind.straight-time")),
            Map.entry("BONUS_OVERTIME", Text.of("us.pay-kind.bonus-overtime")),
            Map.entry("CA_DAILY_OVERTIME", Text.of("us.pay-kind.ca-daily-overtime")),
            Map.entry("CA_DOUBLE_TIME", Text.of("us.pay-kind.ca-double-time")),
            Map.entry("CA_SEVENTH_DAY", Text.of("us.pay-kind.ca-seventh-day")),
            Map.entry("CA_SEVENTH_DAY_DOUBLE", Text.of("us.pay-kind.ca-seventh-day-double")),
            Map.entry("CA_UNSCHEDULED_DAY", Text.of("us.pay-kind.ca-unscheduled-day")),
            Map.entry("CA_UNSCHEDULED_DAY_DOUBLE", Text.of("us.pay-kind.ca-unscheduled-day-double")),
            Map.entry("CA_WEEKLY_OVERTIME", Text.of("us.pay-kind.ca-weekly-overtime")),
            Map.entry("CA_MEAL_PREMIUM", Text.of("us.pay-kind.ca-meal-premium")),
            Map.entry("CA_REST_PREMIUM", Text.of("us.pay-kind.ca-rest-premium")));

    /** No cap on adult hours: the watch reports the week's hours and how many are left before overtime. */
    @Override
    public java.util.Optional<org.worktime.core.watch.HeadroomCalculator> headroom() {
        return java.util.Optional.of(new org.worktime.us.rules.UsHeadroom());
    }

    /** A shift across the workweek's start counts to each week for its own part (29 CFR 778.103). */
    @Override
    public boolean countsWorkByInstant() {
        return true;
    }

    @Override
    public org.worktime.core.rule.Vocabulary vocabulary() {
        return UsVocabulary.VOCABULARY;
    }

    @Override
    public String jurisdiction() {
        return "US";
    }

    @Override
    public String displayName() {
        return "United States (FLSA, California Labor Code)";
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
        return UsExemptionTests.ALL;
    }

    @Override
    public Text payKindLabel(String kind) {
        if (kind.endsWith("_BONUS") && PAY_KINDS.containsKey(kind.substring(0, kind.length() - "_BONUS".length()))) {
            Text band = PAY_KINDS.get(kind.substring(0, kind.length() - "_BONUS".length()));
            return Text.of("us.pay-kind.on-bonus", "band", band);
        }
        return PAY_KINDS.getOrDefault(kind, Text.verbatim(kind));
    }

    /** No federal holiday changes an overtime answer: every date is an ordinary day. */
    @Override
    public DayTypes dayTypes(Workplace workplace, ParameterTable table) {
        return date -> DayType.WORKDAY;
    }

    /** Each part of a shift belongs to its own calendar day; the rules cut by workweek and workday themselves. */
    @Override
    public TimelinePolicy timelinePolicy(Workplace workplace, ParameterTable table) {
        return new TimelinePolicy(NO_NIGHT, DayAttribution.CALENDAR_DAY);
    }
}
