package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;

class JsonReportWriterTest {

    private static String write(Report report, Language language) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter(language, ReportWriter.Mode.CHECK).pretty(true).write(report, out);
        return out.toString();
    }

    @Test
    void compactByDefaultAndPayLinesOnRequest() throws IOException {
        StringWriter compact = new StringWriter();
        new JsonReportWriter(Language.EN, ReportWriter.Mode.CHECK).write(ReportFixture.report(), compact);
        assertThat(compact.toString()).startsWith("{\"schema\":\"worktime-report/3\",\"language\":\"en\",").endsWith("}\n")
                .doesNotContain("\n  ");
        assertThat(new ObjectMapper().readTree(compact.toString())).isEqualTo(new ObjectMapper().readTree(write(ReportFixture.report(), Language.EN)));
        StringWriter findingsOnly = new StringWriter();
        new JsonReportWriter(Language.EN, ReportWriter.Mode.CHECK).payLines(false).write(ReportFixture.report(), findingsOnly);
        JsonNode root = new ObjectMapper().readTree(findingsOnly.toString());
        assertThat(root.at("/employees/0").has("payLines")).isFalse();
        assertThat(root.has("notes")).isFalse();
        assertThat(root.at("/totals/payLines").asInt()).isEqualTo(1);
        assertThat(root.at("/totals/owed/0/amount").asText()).isEqualTo("45000");
    }

    @Test
    void writesTheDocumentedShapeExactly() throws IOException {
        assertThat(write(ReportFixture.report(), Language.EN)).isEqualTo("""
                {
                  "schema": "worktime-report/3",
                  "language": "en",
                  "jurisdiction": "KR",
                  "workplace": {
                    "id": "kr-team",
                    "name": "Hanbit Software",
                    "zone": "Asia/Seoul"
                  },
                  "period": {
                    "start": "2025-03-03",
                    "endExclusive": "2025-03-10"
                  },
                  "asOf": "2025-03-10T09:00:00+09:00",
                  "employees": [
                    {
                      "id": "E001",
                      "name": "Kim Minji",
                      "workedMinutes": 3510,
                      "findings": [
                        {
                          "employeeId": "E001",
                          "ruleId": "KR-LSA-53-1",
                          "title": "Weekly working hours above 52",
                          "titleRef": {
                            "text": {
                              "en": "Weekly working hours above 52",
                              "ko": "주 52시간 초과 근로",
                              "ja": "Weekly working hours above 52"
                            }
                          },
                          "law": "Labor Standards Act",
                          "article": "Art. 53(1)",
                          "lawVersion": "Act No. 15513 (2018-03-20)",
                          "source": "https://www.law.go.kr/LSW/lsInfoP.do?lsiSeq=0",
                          "severity": "VIOLATION",
                          "basis": "ACTUAL",
                          "period": {
                            "start": "2025-03-03",
                            "endExclusive": "2025-03-10"
                          },
                          "measured": {
                            "value": 3510,
                            "unit": "min"
                          },
                          "limit": {
                            "value": 3120,
                            "unit": "min"
                          },
                          "message": "Worked 58:30 h in the week from 2025-03-03, 6:30 h above the limit.",
                          "messageRef": {
                            "text": {
                              "en": "Worked 58:30 h in the week from 2025-03-03, 6:30 h above the limit.",
                              "ko": "2025-03-03부터 한 주 동안 58:30시간 일해 한도를 6:30시간 넘었습니다.",
                              "ja": "Worked 58:30 h in the week from 2025-03-03, 6:30 h above the limit."
                            }
                          },
                          "penalty": {
                            "law": "Labor Standards Act",
                            "article": "Art. 110",
                            "summary": "imprisonment up to 2 years or a fine up to KRW 20,000,000",
                            "summaryRef": {
                              "text": {
                                "en": "imprisonment up to 2 years or a fine up to KRW 20,000,000",
                                "ko": "2년 이하의 징역 또는 2천만원 이하의 벌금",
                                "ja": "imprisonment up to 2 years or a fine up to KRW 20,000,000"
                              }
                            },
                            "note": "prosecuted regardless of the victim's wishes",
                            "noteRef": {
                              "text": {
                                "en": "prosecuted regardless of the victim's wishes",
                                "ko": "피해자의 의사와 관계없이 처벌",
                                "ja": "prosecuted regardless of the victim's wishes"
                              }
                            }
                          }
                        }
                      ],
                      "payLines": [
                        {
                          "employeeId": "E001",
                          "ruleId": "KR-LSA-56-1",
                          "kind": "OVERTIME",
                          "payClass": "PREMIUM",
                          "period": {
                            "start": "2025-03-04",
                            "endExclusive": "2025-03-05"
                          },
                          "date": "2025-03-04",
                          "minutes": 150,
                          "multiplier": "1.5",
                          "hourlyBase": {
                            "amount": "12000",
                            "currency": "KRW"
                          },
                          "amount": {
                            "amount": "45000",
                            "currency": "KRW"
                          },
                          "law": "Labor Standards Act",
                          "article": "Art. 56(1)",
                          "noteId": 0
                        }
                      ]
                    },
                    {
                      "id": "E002",
                      "name": "Lee Jun",
                      "workedMinutes": 2400,
                      "findings": [],
                      "payLines": []
                    }
                  ],
                  "notes": [
                    {
                      "note": "Time and a half for hours above 8 a day",
                      "noteRef": {
                        "text": {
                          "en": "Time and a half for hours above 8 a day",
                          "ko": "1일 8시간 초과 근로의 가산",
                          "ja": "Time and a half for hours above 8 a day"
                        }
                      }
                    }
                  ],
                  "totals": {
                    "employees": 2,
                    "violations": 1,
                    "forecastViolations": 0,
                    "warnings": 0,
                    "indeterminate": 0,
                    "payLines": 1,
                    "owed": [
                      {
                        "amount": "45000",
                        "currency": "KRW"
                      }
                    ]
                  }
                }
                """);
    }

    @Test
    void koreanPicksTheKoreanTextsOnly() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(ReportFixture.report(), Language.KO));
        JsonNode finding = root.at("/employees/0/findings/0");
        assertThat(root.get("language").asText()).isEqualTo("ko");
        assertThat(finding.get("title").asText()).isEqualTo("주 52시간 초과 근로");
        assertThat(finding.get("message").asText()).startsWith("2025-03-03부터");
        assertThat(root.at("/employees/0/payLines/0/noteId").asInt()).isZero();
        assertThat(root.at("/notes/0/note").asText()).isEqualTo("1일 8시간 초과 근로의 가산");
    }

    @Test
    void indeterminateFindingHasNullMeasuresAndPenaltyAndNoAsOf() throws IOException {
        Finding undecided = new Finding("E002", "KR-LSA-50", Text.words("Daily hours", "1일 근로시간", null), Severity.INDETERMINATE,
                LocalDateRange.ofClosed(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5)), null, null,
                ReportFixture.violation().citation(), null, Text.words("Cannot decide.", "판단 불가.", null), Basis.FORECAST);
        Report base = ReportFixture.report();
        Report report = new Report("KR", base.workplace(), base.period(), null,
                List.of(new EmployeeReport(ReportFixture.employee("E002", "Lee Jun"), 90, List.of(undecided), List.of())));
        JsonNode root = new ObjectMapper().readTree(write(report, Language.EN));
        JsonNode finding = root.at("/employees/0/findings/0");
        assertThat(root.get("asOf").isNull()).isTrue();
        assertThat(root.at("/employees/0/workedMinutes").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(finding.get("measured").isNull()).isTrue();
        assertThat(finding.get("limit").isNull()).isTrue();
        assertThat(finding.get("penalty").isNull()).isTrue();
        assertThat(finding.get("basis").asText()).isEqualTo("FORECAST");
        assertThat(root.at("/totals/indeterminate").asInt()).isEqualTo(1);
        assertThat(root.at("/totals/owed").size()).isZero();
    }

    @Test
    void aFindingCarriesItsMessageAsData() throws IOException {
        Text message = Text.of("core.cannot-decide", "why", Text.of("core.parameter-missing", "key", "kr.week.max", "date",
                LocalDate.of(2025, 3, 5)));
        Finding undecided = new Finding("E002", "KR-LSA-50", Text.words("Daily hours", "1일 근로시간", null), Severity.INDETERMINATE,
                LocalDateRange.ofClosed(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5)), null, null,
                ReportFixture.violation().citation(), null, message, Basis.ACTUAL);
        Report base = ReportFixture.report();
        Report report = new Report("KR", base.workplace(), base.period(), null,
                List.of(new EmployeeReport(ReportFixture.employee("E002", "Lee Jun"), 0, List.of(undecided), List.of())));
        String json = write(report, Language.EN);

        JsonNode finding = new ObjectMapper().readTree(json).at("/employees/0/findings/0");
        assertThat(finding.get("message").asText()).isEqualTo("Cannot decide: Cannot decide: the parameter kr.week.max has no value in "
                + "force on 2025-03-05 (the pack's data does not cover that date; supply it as an override).");
        assertThat(finding.get("messageRef")).hasToString("{\"id\":\"core.cannot-decide\",\"args\":{\"why\":{\"id\":\"core.parameter-missing\","
                + "\"args\":{\"key\":\"kr.week.max\",\"date\":\"2025-03-05\"}}}}");
        assertThat(finding.get("titleRef")).hasToString("{\"text\":{\"en\":\"Daily hours\",\"ko\":\"1일 근로시간\",\"ja\":\"Daily hours\"}}");
        // The field follows the rendered text, in the documented order.
        assertThat(json.indexOf("\"messageRef\"")).isGreaterThan(json.indexOf("\"message\""));
    }
}
