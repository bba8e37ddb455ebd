package org.worktime.us;

import org.worktime.core.rule.Vocabulary;
import org.worktime.core.rule.Vocabulary.Field;

/**
 * The words of the input the US pack gives a meaning to (docs/rules/us/README.md lists them with the rule that reads
 * each): a word the readers find in no installed pack's vocabulary is an input error, so a misspelt bonus never leaves
 * the 10% credit silently.
 */
final class UsVocabulary {

    static final Vocabulary VOCABULARY = Vocabulary.builder()
            .words(Field.EARNING_KIND, EarningKinds.BONUS_NONDISCRETIONARY, EarningKinds.BONUS_PRODUCTION, EarningKinds.BONUS_FLAT_SUM,
                    EarningKinds.BONUS_CATCH_UP, EarningKinds.COMMISSION, EarningKinds.PIECE, EarningKinds.SHIFT_DIFFERENTIAL,
                    EarningKinds.GIFT, EarningKinds.BONUS_DISCRETIONARY, EarningKinds.PAY_NO_WORK, EarningKinds.EXPENSE,
                    EarningKinds.PROFIT_SHARING, EarningKinds.BENEFIT_CONTRIBUTION, EarningKinds.PREMIUM_CONTRACTUAL,
                    EarningKinds.STOCK_OPTION, EarningKinds.PAID_OVERTIME, EarningKinds.FEE, EarningKinds.REMUNERATION)
            // Other pay for employment is remuneration (778.108) under a name of the employer's choosing.
            .family(Field.EARNING_KIND, EarningKinds.REMUNERATION + ".")
            // 541.602: the proper deductions are named (Deductions); any other deduction.* is improper, so an open family.
            .words(Field.EARNING_KIND, "deduction.full_day_personal", "deduction.full_day_sickness", "deduction.offset",
                    "deduction.safety_penalty", "deduction.disciplinary_full_day", "deduction.first_last_week", "deduction.fmla",
                    "deduction.partial_day_personal", "deduction.no_work_available")
            .family(Field.EARNING_KIND, EarningKinds.DEDUCTION + ".")
            .words(Field.EARNING_ATTRIBUTE, "allocate", "period_hours", "period_regular_hours", "hours", "reimbursed_on")
            .words(Field.ATTESTATION_SUBJECT, "us.duties.executive", "us.duties.administrative", "us.duties.professional",
                    "us.duties.professional.no_salary_test", "us.duties.computer", "us.duties.outside_sales", "us.duties.hce",
                    "us.salary_basis.improper_deductions", "us.salary_basis.safe_harbor", "us.salary_basis.isolated_or_inadvertent",
                    "us.fee_basis.single_jobs", "us.salary_basis.sick_leave_plan", "us.salary_basis.written_disciplinary_policy",
                    "us.ca.exempt_duties_over_half", "us.ca.duties.computer", "us.ca.duties.physician", "us.fww.conditions", "us.ca.meal_waiver",
                    "us.ca.second_meal_waiver", "us.ca.rest_period_missed")
            // Workplace and employee attributes under us. (docs/rules/us/README.md); other attribute names are free.
            .namespace(Field.ATTRIBUTE, "us.")
            .words(Field.ATTRIBUTE, UsAttributes.STATE, UsAttributes.PUNCH_ROUNDING, UsAttributes.YEAR_START, UsAttributes.PAY_PERIOD_DAYS,
                    UsAttributes.JOB_RATE_OVERTIME_AGREED, "us.payroll.records_overtime", "us.local.min-wage")
            .family(Field.ATTRIBUTE, "us.local.min-wage.")
            // The state as its USPS code: a misspelt CA would switch the California layer off in silence.
            .attributeValues(UsAttributes.STATE, "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
                    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
                    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU", "MP", "AS")
            .attributeRule("us.local.min-wage", org.worktime.us.rules.LocalMinimumWageRule::rowProblem)
            .attributeRule("us.local.min-wage.", org.worktime.us.rules.LocalMinimumWageRule::rowProblem)
            .agreement("US-CA-LC-511", "schedule", "voteDate", "voteShare", "disclosureDate", "reportDate")
            .build();

    private UsVocabulary() {
    }
}
