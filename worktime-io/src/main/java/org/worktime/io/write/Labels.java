package org.worktime.io.write;

import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * The words of the text, Markdown and workbook outputs, read once per language from the io catalog
 * ({@code org/worktime/io/messages*.properties}, ids {@code io.label.*}).
 */
final class Labels {

    /** {@code to} between two dates, for the rule listings. */
    final String to;
    final String checkTitle;
    final String payTitle;
    final String workplace;
    final String jurisdiction;
    final String zone;
    final String period;
    final String asOf;
    final String records;
    final String incompleteFor;
    final String onIncompleteRecords;
    final String employee;
    final String noFindings;
    final String law;
    final String penalty;
    final String note;
    final String forecast;
    final String payOwed;
    final String premiumsOwed;
    final String allowancesDue;
    final String allowancesDueExplained;
    final String none;
    final String date;
    final String kind;
    final String time;
    final String multiplier;
    final String hourlyBase;
    final String amount;
    final String total;
    final String totalPremiums;
    final String totalAllowances;
    final String totals;
    final String employees;
    final String payLines;
    final String violations;
    final String warnings;
    final String indeterminate;
    final String totalOwed;
    final String violation;
    final String warning;
    final String indeterminateOne;
    final String rules;
    final String id;
    final String title;
    final String from;
    final String until;
    final String inForce;
    final String since;
    final String version;
    final String source;
    final String summary;
    final String parameters;
    final String parametersHint;
    final String key;
    final String scope;
    final String value;
    /** The language the words are in; the writers render messages in it too. */
    final Language language;

    private Labels(Language language) {
        this.language = language;
        to = word("io.label.to", language);
        checkTitle = word("io.label.check-title", language);
        payTitle = word("io.label.pay-title", language);
        workplace = word("io.label.workplace", language);
        jurisdiction = word("io.label.jurisdiction", language);
        zone = word("io.label.zone", language);
        period = word("io.label.period", language);
        asOf = word("io.label.as-of", language);
        records = word("io.label.records", language);
        incompleteFor = word("io.label.incomplete-for", language);
        onIncompleteRecords = word("io.label.on-incomplete-records", language);
        employee = word("io.label.employee", language);
        noFindings = word("io.label.no-findings", language);
        law = word("io.label.law", language);
        penalty = word("io.label.penalty", language);
        note = word("io.label.note", language);
        forecast = word("io.label.forecast", language);
        payOwed = word("io.label.pay-owed", language);
        premiumsOwed = word("io.label.premiums-owed", language);
        allowancesDue = word("io.label.allowances-due", language);
        allowancesDueExplained = word("io.label.allowances-due-explained", language);
        none = word("io.label.none", language);
        date = word("io.label.date", language);
        kind = word("io.label.kind", language);
        time = word("io.label.time", language);
        multiplier = word("io.label.rate", language);
        hourlyBase = word("io.label.hourly-base", language);
        amount = word("io.label.amount", language);
        total = word("io.label.total", language);
        totalPremiums = word("io.label.total-premiums", language);
        totalAllowances = word("io.label.total-allowances", language);
        totals = word("io.label.totals", language);
        employees = word("io.label.employees", language);
        payLines = word("io.label.pay-lines", language);
        violations = word("io.label.violations", language);
        warnings = word("io.label.warnings", language);
        indeterminate = word("io.label.indeterminate", language);
        totalOwed = word("io.label.total-owed", language);
        violation = word("io.label.severity.VIOLATION", language);
        warning = word("io.label.severity.WARNING", language);
        indeterminateOne = word("io.label.severity.INDETERMINATE", language);
        rules = word("io.label.rules", language);
        id = word("io.label.rule-id", language);
        title = word("io.label.title", language);
        from = word("io.label.from", language);
        until = word("io.label.until", language);
        inForce = word("io.label.in-force", language);
        since = word("io.label.since", language);
        version = word("io.label.law-version", language);
        source = word("io.label.source", language);
        summary = word("io.label.summary", language);
        parameters = word("io.label.parameters", language);
        parametersHint = word("io.label.parameters-hint", language);
        key = word("io.label.key", language);
        scope = word("io.label.scope", language);
        value = word("io.label.value", language);
    }

    private static final java.util.Map<Language, Labels> BY_LANGUAGE = new java.util.EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Labels(language));
        }
    }

    static Labels of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** A label of the io catalog in a language. */
    static String word(String id, Language language) {
        return Text.of(id).in(language);
    }

    String severity(Severity severity) {
        return switch (severity) {
            case VIOLATION -> violation;
            case WARNING -> warning;
            case INDETERMINATE -> indeterminateOne;
        };
    }
}
