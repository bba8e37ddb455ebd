package org.worktime.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.worktime.core.finding.Text;

/**
 * A document, decision or notice an option needs: on file already, or to be done by a deadline.
 *
 * @param what     the document, in words
 * @param article  the article that requires it, e.g. {@code Art. 51(2)}, written in each language's convention
 *                 ({@link #article})
 * @param kind     the agreement kind the dataset records it as ({@code KR-LSA-51-2}), or null for a notice or a measure
 * @param onFile   whether the dataset already has it for the whole team and window
 * @param deadline the last day to have it done; null when on file
 */
public record Paperwork(Text what, Text article, String kind, boolean onFile, LocalDate deadline) {

    public Paperwork {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(article, "article");
        if (!onFile) {
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * An article of the Korean Labor Standards Act: {@code Art. 51-2(1)} in English, {@code 제51조의2제1항} in Korean,
     * {@code 第51条の2第1項} in Japanese.
     *
     * @param article    the article's number, e.g. 51
     * @param branch     the branch article's number (51-2 is article 51, branch 2), 0 for none
     * @param paragraph  the paragraph, 0 for the whole article
     * @param subparagraph the subparagraph, 0 for none
     */
    public static Text article(int article, int branch, int paragraph, int subparagraph) {
        return Text.of("plan.article", "article", article, "branch", branch, "paragraph", paragraph, "sub", subparagraph);
    }
}
