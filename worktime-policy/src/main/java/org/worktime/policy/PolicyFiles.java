package org.worktime.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Rule;
import org.worktime.io.read.InputException;

/** Reads policy files against a pack's rule ids (a lifted rule must exist in the pack). */
public final class PolicyFiles {

    private PolicyFiles() {
    }

    /** The ids of every limit and pay rule of the pack. */
    public static List<String> ruleIds(JurisdictionPack pack) {
        List<String> ids = new ArrayList<>();
        for (Rule r : pack.limitRules()) {
            ids.add(r.info().id());
        }
        for (Rule r : pack.payRules()) {
            ids.add(r.info().id());
        }
        return ids;
    }

    public static PolicyExemptionTest read(Path file, JurisdictionPack pack) throws InputException {
        return new PolicyExemptionTest(PolicyFileReader.read(file, ruleIds(pack)));
    }
}
