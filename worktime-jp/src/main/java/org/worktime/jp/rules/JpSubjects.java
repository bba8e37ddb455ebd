package org.worktime.jp.rules;

/** Attestation subjects the Japanese pack reads that belong to no single rule. */
final class JpSubjects {

    /** The worker's consent to discretionary work (Art. 38-4; Art. 38-3 from 2024-04-01). */
    static final String DISCRETIONARY_CONSENT = "jp.discretionary.consent";

    /** Employee attribute: the worker's professional job type under Art. 38-3 (row {@code jp.lsa38-3.job-types}). */
    static final String DISCRETIONARY_JOB = "jp.discretionary.job-type";

    private JpSubjects() {
    }
}
