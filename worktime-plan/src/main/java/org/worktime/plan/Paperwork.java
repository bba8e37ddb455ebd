package org.worktime.plan;

import java.time.LocalDate;
import java.util.Objects;
import org.worktime.core.finding.Text;

/**
 * A document, decision or notice an option needs: on file already, or to be done by a deadline.
 *
 * @param what     the document, in words
 * @param article  the article that requires it, e.g. {@code Art. 51(2)}
 * @param kind     the agreement kind the dataset records it as ({@code KR-LSA-51-2}), or null for a notice or a measure
 * @param onFile   whether the dataset already has it for the whole team and window
 * @param deadline the last day to have it done; null when on file
 */
public record Paperwork(Text what, String article, String kind, boolean onFile, LocalDate deadline) {

    public Paperwork {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(article, "article");
        if (!onFile) {
            Objects.requireNonNull(deadline, "deadline");
        }
    }
}
