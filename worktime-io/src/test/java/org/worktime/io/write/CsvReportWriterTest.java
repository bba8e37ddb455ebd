package org.worktime.io.write;

import org.worktime.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    private static String write(Language language, ReportWriter.Mode mode) throws IOException {
        StringWriter out = new StringWriter();
        new CsvReportWriter(language, mode).write(ReportFixture.report(), out);
        return out.toString();
    }

    @Test
    void checkModeWritesTheFindingsTable() throws IOException {
        assertThat(write(Language.EN, ReportWriter.Mode.CHECK).split("\n", -1)).containsExactly(
                "employeeId,employeeName,ruleId,severity,basis,start,endExclusive,measuredValue,measuredUnit,limitValue,limitUnit,"
                        + "title,message,law,article,lawVersion,source,penaltyLaw,penaltyArticle,penaltySummary,penaltyNote",
                "E001,Kim Minji,KR-LSA-53-1,VIOLATION,ACTUAL,2025-03-03,2025-03-10,58:30,h:mm,52:00,h:mm,Weekly working hours above 52,"
                        + "\"Worked 58:30 h in the week from 2025-03-03, 6:30 h above the limit.\",Labor Standards Act,Art. 53(1),"
                        + "Act No. 15513 (2018-03-20),https://www.law.go.kr/LSW/lsInfoP.do?lsiSeq=0,Labor Standards Act,Art. 110,"
                        + "\"imprisonment up to 2 years or a fine up to KRW 20,000,000\",prosecuted regardless of the victim's wishes",
                "");
    }

    @Test
    void payModeWritesThePayLineTable() throws IOException {
        assertThat(write(Language.KO, ReportWriter.Mode.PAY).split("\n", -1)).containsExactly(
                "employeeId,employeeName,ruleId,kind,payClass,start,endExclusive,date,time,multiplier,hourlyBase,amount,currency,law,article,note",
                "E001,Kim Minji,KR-LSA-56-1,OVERTIME,PREMIUM,2025-03-04,2025-03-05,2025-03-04,2:30,1.5,\"12,000\",\"45,000\",KRW,Labor Standards Act,"
                        + "Art. 56(1),1일 8시간 초과 근로의 가산",
                "");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.escape("plain")).isEqualTo("plain");
        assertThat(Csv.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.escape("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.escape(null)).isEmpty();
    }
}
