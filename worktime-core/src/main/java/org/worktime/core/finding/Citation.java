package org.worktime.core.finding;

import java.util.Objects;

/**
 * Where an answer comes from: the law, its article, the version of the law in force, and a source link.
 *
 * @param version the act or interpretation in force, e.g. {@code Act No. 15513 (2018-03-20)}
 */
public record Citation(String law, String article, String version, String source) {

    public Citation {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(article, "article");
        version = version == null ? "" : version;
        source = source == null ? "" : source;
    }

    /** {@code Labor Standards Act Art. 53(1)} */
    public String shortText() {
        return law + " " + article;
    }

    @Override
    public String toString() {
        return version.isEmpty() ? shortText() : shortText() + " [" + version + "]";
    }
}
