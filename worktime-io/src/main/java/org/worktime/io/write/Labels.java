package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import org.worktime.core.finding.Severity;

/** The words of the text and Markdown outputs, in English and Korean. */
final class Labels {

    final String checkTitle;
    final String payTitle;
    final String workplace;
    final String jurisdiction;
    final String zone;
    final String period;
    final String asOf;
    final String asOfUnset;
    final String records;
    final String recordsIncomplete;
    final String incompleteFor;
    final String incompleteNone;
    final String onIncompleteRecords;
    final String to;
    final String employee;
    final String worked;
    final String noFindings;
    final String measured;
    final String limit;
    final String law;
    final String penalty;
    final String note;
    final String forecast;
    final String payOwed;
    final String none;
    final String date;
    final String kind;
    final String time;
    final String multiplier;
    final String hourlyBase;
    final String amount;
    final String total;
    final String cannotDecide;
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
    // rules
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

    private Labels(Language language) {
        boolean ko = language == Language.KO;
        checkTitle = ko ? "근로시간 점검 보고서" : "Worktime check report";
        payTitle = ko ? "가산수당 지급 보고서" : "Worktime pay report";
        workplace = ko ? "사업장" : "Workplace";
        jurisdiction = ko ? "관할" : "Jurisdiction";
        zone = ko ? "시간대" : "Zone";
        period = ko ? "기간" : "Period";
        asOf = ko ? "기준 시점" : "As of";
        asOfUnset = ko ? "지정 안 함 (모든 근무를 실적으로 봄)" : "not set (every shift counts as recorded)";
        to = ko ? "~" : "to";
        employee = ko ? "근로자" : "Employee";
        worked = ko ? "근로시간" : "worked";
        noFindings = ko ? "지적 사항 없음" : "No findings";
        measured = ko ? "측정값" : "Measured";
        limit = ko ? "한도" : "limit";
        law = ko ? "근거" : "Law";
        penalty = ko ? "벌칙" : "Penalty";
        note = ko ? "참고" : "Note";
        forecast = ko ? "예측" : "forecast";
        records = ko ? "기록" : "Records";
        recordsIncomplete = ko ? "불완전: 읽은 행 %d, 반영 %d, 제외 %d (%s)" : "INCOMPLETE: %d rows read, %d accepted, %d rejected (%s)";
        incompleteFor = ko ? "불완전한 직원" : "Incomplete for";
        incompleteNone = ko ? "(직원을 알 수 없는 행만 제외됨)" : "(only rows naming no known employee were rejected)";
        onIncompleteRecords = ko ? "불완전한 기록 기준" : "on incomplete records";
        payOwed = ko ? "지급액" : "Pay owed";
        none = ko ? "없음" : "none";
        date = ko ? "날짜" : "Date";
        kind = ko ? "종류" : "Kind";
        time = ko ? "시간" : "Time";
        multiplier = ko ? "배율" : "Rate";
        hourlyBase = ko ? "통상시급" : "Hourly base";
        amount = ko ? "지급액" : "Amount";
        total = ko ? "합계" : "Total";
        cannotDecide = ko ? "판단불가" : "Cannot decide";
        totals = ko ? "합계" : "Totals";
        employees = ko ? "근로자 수" : "Employees";
        payLines = ko ? "지급 항목" : "Pay lines";
        violations = ko ? "위반" : "Violations";
        warnings = ko ? "경고" : "Warnings";
        indeterminate = ko ? "판단불가" : "Indeterminate";
        totalOwed = ko ? "총 지급액" : "Total owed";
        violation = ko ? "위반" : "VIOLATION";
        warning = ko ? "경고" : "WARNING";
        indeterminateOne = ko ? "판단불가" : "INDETERMINATE";
        rules = ko ? "규칙" : "rules";
        id = ko ? "규칙 ID" : "ID";
        title = ko ? "제목" : "Title";
        from = ko ? "시행일" : "From";
        until = ko ? "종료일" : "To";
        inForce = ko ? "시행 기간" : "In force";
        since = ko ? "부터" : "since";
        version = ko ? "법령 버전" : "Law version";
        source = ko ? "출처" : "Source";
        summary = ko ? "요약" : "Summary";
        parameters = ko ? "파라미터" : "Parameters";
        parametersHint = ko ? "파라미터: `worktime rules --parameters` 참조" : "Parameters: see `worktime rules --parameters`";
        key = ko ? "키" : "Key";
        scope = ko ? "범위" : "Scope";
        value = ko ? "값" : "Value";
    }

    private static final Labels EN = new Labels(Language.EN);
    private static final Labels KO = new Labels(Language.KO);

    static Labels of(Language language) {
        return language == Language.KO ? KO : EN;
    }

    String severity(Severity severity) {
        return switch (severity) {
            case VIOLATION -> violation;
            case WARNING -> warning;
            case INDETERMINATE -> indeterminateOne;
        };
    }
}
