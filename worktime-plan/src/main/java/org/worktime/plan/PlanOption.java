package org.worktime.plan;

import java.util.Locale;
import java.util.Optional;
import org.worktime.core.finding.Text;

/** The arrangements the planner compares, each judged by the engine under the rules it names. */
public enum PlanOption {
    KR_ORDINARY("kr-ordinary", "Korea: ordinary hours, 40 h + 12 h of extended work (Arts 50, 53(1))",
            "한국: 통상 근로시간 주 40시간 + 연장 12시간 (제50조, 제53조제1항)"),
    KR_FLEXIBLE_2W("kr-flexible-2w", "Korea: flexible hours, two-week unit (Art. 51(1))", "한국: 2주 단위 탄력적 근로시간제 (제51조제1항)"),
    KR_FLEXIBLE_3M("kr-flexible-3m", "Korea: flexible hours, unit up to three months (Art. 51(2))",
            "한국: 3개월 이내 탄력적 근로시간제 (제51조제2항)"),
    KR_FLEXIBLE_6M("kr-flexible-6m", "Korea: flexible hours, unit up to six months (Art. 51-2)", "한국: 6개월 이내 탄력적 근로시간제 (제51조의2)"),
    KR_SELECTIVE_1M("kr-selective-1m", "Korea: selective hours, one-month settlement (Art. 52(1))", "한국: 1개월 선택적 근로시간제 (제52조제1항)"),
    KR_SELECTIVE_3M_RND("kr-selective-3m-rnd", "Korea: selective hours, three-month settlement for R&D (Art. 52(1)2)",
            "한국: 연구개발 3개월 선택적 근로시간제 (제52조제1항제2호)"),
    KR_SPECIAL_EXTENDED("kr-special-extended", "Korea: special extended work authorised by MOEL (Art. 53(4))",
            "한국: 고용노동부 인가 특별연장근로 (제53조제4항)"),
    US_FLSA_NONEXEMPT("us-flsa-nonexempt", "For comparison: the same team under US federal law, non-exempt (FLSA: no cap on adult hours, "
            + "time and a half beyond 40 h a week)", "비교: 같은 팀에 미국 연방법 적용, 비면제 근로자 (FLSA: 성인 근로시간 상한 없음, 주 40시간 초과 1.5배)");

    private final String id;
    private final Text title;

    PlanOption(String id, String en, String ko) {
        this.id = id;
        this.title = Text.legacy(en, ko);
    }

    public String id() {
        return id;
    }

    public Text title() {
        return title;
    }

    /** The jurisdiction whose pack judges the option. */
    public String jurisdiction() {
        return id.substring(0, 2).toUpperCase(Locale.ROOT);
    }

    public static Optional<PlanOption> byId(String id) {
        for (PlanOption o : values()) {
            if (o.id.equalsIgnoreCase(id.trim())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
