package org.worktime.core.i18n;

import java.util.Map;
import java.util.Optional;

/**
 * A law the packs cite, known by the English name the data writes in a citation's {@code law} field. Its name in
 * each language is the core catalog message {@code core.law.<slug>}; how its articles are written depends on the
 * family: Korean and Japanese statutes share the article/paragraph/item notation, US codes the section sign.
 *
 * @param slug the catalog key's last segment, e.g. {@code kr-lsa}
 */
record Law(String slug, Family family) {

    /** How a law's provisions are written. */
    enum Family {
        /** A Korean statute (조·항·호): the first part of a citation names it, later parts say 같은 법. */
        KOREA,
        /** A Korean ministry guideline issued under a statute's article (the article belongs to the statute). */
        KOREA_GUIDELINE,
        /** The Supreme Court of Korea: the "article" is a case number and the date of the judgment. */
        KOREA_JUDGMENT,
        /** A Japanese statute (条・項・号). */
        JAPAN,
        /** A Japanese ministry circular (通達), cited by its number and date. */
        JAPAN_CIRCULAR,
        /** A US code or statute written with the section sign, the same in every language. */
        US
    }

    /** The law strings the packs' rules and parameter files write today, by what they name. */
    private static final Map<String, Law> BY_NAME = Map.ofEntries(
            Map.entry("Labor Standards Act", new Law("kr-lsa", Family.KOREA)),
            Map.entry("Minimum Wage Act", new Law("kr-mwa", Family.KOREA)),
            Map.entry("Fixed-term and Part-time Workers Act", new Law("kr-ptwa", Family.KOREA)),
            Map.entry("MOEL special extended work guideline", new Law("kr-moel-special-extension", Family.KOREA_GUIDELINE)),
            Map.entry("Supreme Court of Korea", new Law("kr-supreme-court", Family.KOREA_JUDGMENT)),
            Map.entry("Labor Standards Act (Japan)", new Law("jp-lsa", Family.JAPAN)),
            Map.entry("Minimum Wage Act (Japan)", new Law("jp-mwa", Family.JAPAN)),
            Map.entry("Minimum Wage Act (最低賃金法)", new Law("jp-mwa", Family.JAPAN)),
            Map.entry("Industrial Safety and Health Act (Japan)", new Law("jp-isha", Family.JAPAN)),
            Map.entry("MHLW circular", new Law("jp-mhlw-circular", Family.JAPAN_CIRCULAR)),
            Map.entry("Fair Labor Standards Act", new Law("us-flsa", Family.US)),
            Map.entry("Portal-to-Portal Act", new Law("us-portal", Family.US)),
            Map.entry("29 CFR", new Law("us-cfr-29", Family.US)),
            Map.entry("California Labor Code", new Law("us-ca-lab", Family.US)),
            Map.entry("IWC Wage Orders", new Law("us-iwc", Family.US)));

    /** The laws the style knows, by the law strings that name them. */
    static Map<String, Law> known() {
        return BY_NAME;
    }

    /** The law a citation names, if it is one the style knows. */
    static Optional<Law> named(String law) {
        return Optional.ofNullable(BY_NAME.get(law.strip()));
    }

    /** The law's name in a language, from the core catalog. */
    String name(Language language) {
        return name(slug, language);
    }

    /** The name of a related instrument in a language ({@code core.law.<slug>-<suffix>}), e.g. the ISHA's ordinance. */
    static String name(String slug, Language language) {
        String id = "core.law." + slug; // every slug of this class has its message in the three catalogs (CitationStyleTest)
        return Catalog.render(org.worktime.core.finding.Text.of(id), language);
    }
}
