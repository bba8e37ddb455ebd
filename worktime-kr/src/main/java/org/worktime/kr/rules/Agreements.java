package org.worktime.kr.rules;

/** Kinds of agreement on file that the Korean rules read. */
public final class Agreements {

    /** The parties' agreement on extended work (Art. 53(1)); without it no hour beyond 8 a day or 40 a week is lawful. */
    public static final String EXTENDED_WORK = "KR-LSA-53-1";

    /** The written agreement for the temporary +8 h of workplaces under 30 (Art. 53(3), 2021-07-01 to 2022-12-31). */
    public static final String SMALL_WORKPLACE_EXTRA = "KR-LSA-53-3";

    /** The parties' agreement extending a minor's hours by up to 1 h a day and 5 h a week (Art. 69 proviso). */
    public static final String MINOR_EXTENSION = "KR-LSA-69";

    /**
     * MOEL's authorization of night or holiday work of a minor, a pregnant worker or a worker within a year after
     * childbirth, with the worker's consent (or the pregnant worker's explicit request), Art. 70(2).
     */
    public static final String PROTECTED_NIGHT_HOLIDAY_AUTHORIZATION = "KR-LSA-70-2";

    /** The written agreement on compensatory leave in place of premium pay (Art. 57). */
    public static final String COMPENSATORY_LEAVE = "KR-LSA-57";

    private Agreements() {
    }
}
