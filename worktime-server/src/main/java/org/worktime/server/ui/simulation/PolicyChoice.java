package org.worktime.server.ui.simulation;

import java.util.ArrayList;
import java.util.List;
import org.worktime.core.finding.Text;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.server.simulation.BundledPolicies;

/** A bundled policy file as the form offers it: its file name (the value sent) and the policy's id and name. */
public record PolicyChoice(String file, String id, Text name) {

    static List<PolicyChoice> all(BundledPolicies bundled) {
        List<BundledPolicies.File> files = bundled.all();
        List<PolicyExemptionTest> tests = bundled.tests();
        List<PolicyChoice> choices = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            choices.add(new PolicyChoice(files.get(i).name(), tests.get(i).policy().id(), tests.get(i).policy().name()));
        }
        return choices;
    }
}
