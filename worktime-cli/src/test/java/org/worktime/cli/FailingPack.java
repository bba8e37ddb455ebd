package org.worktime.cli;

import java.util.List;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.LimitRule;
import org.worktime.core.rule.PayRule;

/** A test pack (jurisdiction ZZ) whose engine set-up fails, to see an internal error reported as one. */
public final class FailingPack implements JurisdictionPack {

    static final String JURISDICTION = "ZZ";

    @Override
    public String jurisdiction() {
        return JURISDICTION;
    }

    @Override
    public String displayName() {
        return "Failing test pack";
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
        throw new IllegalStateException("calendar exploded");
    }

    @Override
    public TimelinePolicy timelinePolicy(Workplace workplace, ParameterTable parameters) {
        throw new IllegalStateException("never reached");
    }
}
