package org.worktime.plan;

import java.util.Locale;
import java.util.Optional;
import org.worktime.core.finding.Text;

/** The arrangements the planner compares, each judged by the engine under the rules it names. */
public enum PlanOption {
    KR_ORDINARY("kr-ordinary"),
    KR_FLEXIBLE_2W("kr-flexible-2w"),
    KR_FLEXIBLE_3M("kr-flexible-3m"),
    KR_FLEXIBLE_6M("kr-flexible-6m"),
    KR_SELECTIVE_1M("kr-selective-1m"),
    KR_SELECTIVE_3M_RND("kr-selective-3m-rnd"),
    KR_SPECIAL_EXTENDED("kr-special-extended"),
    US_FLSA_NONEXEMPT("us-flsa-nonexempt"),
    US_FLSA_EXEMPT("us-flsa-exempt"),
    JP_ART36("jp-art36"),
    JP_ART36_SPECIAL("jp-art36-special"),
    JP_HPS("jp-hps"),
    /**
     * A policy file's regime ({@link PolicyOption}, id {@code policy:<id>}): never listed by name in {@code options:}, but
     * added by {@code policies:} or {@code --policy}; judged by the Korean pack.
     */
    POLICY("policy");

    private final String id;
    private final Text title;

    /** The title is the catalog's {@code plan.option.<id>.title} (MessagesTest checks that each exists). */
    PlanOption(String id) {
        this.id = id;
        String message = "plan.option." + id + ".title";
        this.title = Text.of(message);
    }

    public String id() {
        return id;
    }

    public Text title() {
        return title;
    }

    /** The jurisdiction whose pack judges the option. */
    public String jurisdiction() {
        return this == POLICY ? "KR" : id.substring(0, 2).toUpperCase(Locale.ROOT);
    }

    /**
     * Whether a project that lists no options compares this one: Japan's and the US exempt one (which needs a stated exchange rate) are compared when asked for by name (a Korean
     * team's plan lists Korea's arrangements and the US comparison, as before they existed).
     */
    public boolean byDefault() {
        return !id.startsWith("jp-") && !id.equals("us-flsa-exempt") && this != POLICY;
    }

    /** The options a project or the command line may name ({@link #POLICY} aside). */
    public static java.util.List<PlanOption> named() {
        return java.util.Arrays.stream(values()).filter(o -> o != POLICY).toList();
    }

    /** The options a project that lists none compares. */
    public static java.util.List<PlanOption> defaults() {
        return java.util.Arrays.stream(values()).filter(PlanOption::byDefault).toList();
    }

    /** The option of the id; a policy option is named by its file, never by {@code policy}. */
    public static Optional<PlanOption> byId(String id) {
        for (PlanOption o : values()) {
            if (o != POLICY && o.id.equalsIgnoreCase(id.trim())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
