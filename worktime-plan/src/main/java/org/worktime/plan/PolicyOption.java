package org.worktime.plan;

import java.nio.file.Path;
import java.util.Objects;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.io.read.InputException;
import org.worktime.kr.KoreanPack;
import org.worktime.policy.Policy;
import org.worktime.policy.PolicyExemptionTest;
import org.worktime.policy.PolicyFiles;

/**
 * A policy file's regime as an option to compare, named {@code policy:<id>}: the team judged by the Korean pack as
 * {@code worktime simulate} applies the policy (who it covers, the rules it lifts, its health measures). The file is
 * read by worktime-policy's reader, against the Korean pack's rule ids, exactly as {@code simulate} reads it.
 */
public record PolicyOption(PolicyExemptionTest test) {

    /** The prefix of a policy option's id. */
    public static final String PREFIX = "policy:";

    public PolicyOption {
        Objects.requireNonNull(test, "test");
    }

    /** Reads a policy file as {@code simulate} does; a bad one names the file, the line and the field. */
    public static PolicyOption read(Path file) throws InputException {
        return new PolicyOption(PolicyFiles.read(file, judge()));
    }

    /** The pack a policy is judged by: policy files lift the Korean pack's rules (docs/POLICY.md). */
    public static JurisdictionPack judge() {
        return new KoreanPack();
    }

    public Policy policy() {
        return test.policy();
    }

    /** {@code policy:} and the policy's id. */
    public String id() {
        return PREFIX + test.policy().id();
    }

    /** The option's title: the policy's own name, in the user's words. */
    public Text title() {
        return Text.of("plan.option.policy.named", "name", test.policy().name());
    }
}
