package org.worktime.io.write;

import java.util.List;
import java.util.Set;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.finding.Text;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LimitRule;
import org.worktime.core.rule.PayRule;

/**
 * A pack for the writers' tests (jurisdiction {@code ZZ}, registered in the test class path only): it names two pay
 * kinds and declares one an allowance, as Korea's pack declares its weekly holiday allowance. It evaluates nothing.
 */
public final class AllowancePack implements JurisdictionPack {

    @Override
    public String jurisdiction() {
        return "ZZ";
    }

    @Override
    public String displayName() {
        return "Test pack for the writers";
    }

    @Override
    public ParameterTable parameters() {
        return ParameterTable.of(List.of());
    }

    @Override
    public List<LimitRule> limitRules() {
        return List.of();
    }

    @Override
    public List<PayRule> payRules() {
        return List.of();
    }

    @Override
    public DayTypes dayTypes(Workplace workplace, ParameterTable parameters) {
        throw new UnsupportedOperationException("the writers' test pack evaluates nothing");
    }

    @Override
    public TimelinePolicy timelinePolicy(Workplace workplace, ParameterTable parameters) {
        throw new UnsupportedOperationException("the writers' test pack evaluates nothing");
    }

    @Override
    public Text payKindLabel(String kind) {
        return switch (kind) {
            case "OVERTIME" -> Text.words("Overtime", "연장근로", "時間外労働");
            case "WEEKLY_HOLIDAY_ALLOWANCE" -> Text.words("Weekly holiday allowance", "주휴수당", "週休手当");
            default -> Text.verbatim(kind);
        };
    }

    @Override
    public Set<String> allowanceKinds() {
        return Set.of("WEEKLY_HOLIDAY_ALLOWANCE");
    }
}
