package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.report.Report;
import org.worktime.io.read.DatasetReader;
import org.worktime.kr.KoreanPack;

/** The bundled example, end to end: the findings and amounts examples/kr-team/README.md promises. */
class ExampleDatasetTest {

    private static Report report() throws Exception {
        return Engine.of(new KoreanPack()).evaluate(DatasetReader.read(Path.of("..", "examples", "kr-team")),
                Evaluation.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29)));
    }

    @Test
    void findsExactlyTheViolationsTheExampleDescribes() throws Exception {
        assertThat(report().findings()).extracting(f -> f.employeeId() + " " + f.ruleId() + " " + f.period().getStart()
                        + " " + f.measured().value() + "/" + f.limit().value())
                .containsExactly(
                        "E001 KR-LSA-53-1 2026-03-16 900/720",
                        "E005 KR-LSA-54-1 2026-03-18 30/60",
                        "E006 KR-LSA-50-1 2026-03-09 2700/2400",
                        "E006 KR-LSA-50-2 2026-03-09 540/480",
                        "E006 KR-LSA-50-2 2026-03-10 540/480",
                        "E006 KR-LSA-50-2 2026-03-11 540/480",
                        "E006 KR-LSA-50-2 2026-03-12 540/480",
                        "E006 KR-LSA-50-2 2026-03-13 540/480");
    }

    @Test
    void owesTheAmountsTheExampleDescribesToTheWon() throws Exception {
        Report report = report();
        assertThat(report.employees()).extracting(e -> e.employee().id() + " " + e.payLines().stream()
                        .map(p -> p.kind() + "=" + p.amount().getAmount().toPlainString()).toList())
                .containsExactly(
                        // 3,200,000 / 209 x 1.5: five lines of 1:30 h (34,450 each) and Saturday's 7:30 h (172,249).
                        "E001 [OVERTIME=34450, OVERTIME=34450, OVERTIME=34450, OVERTIME=34450, OVERTIME=34450, OVERTIME=172249]",
                        // 3,500,000 / 209 x 0.5 x 7 h.
                        "E002 [NIGHT=58612]",
                        // 3,000,000 / 209 x 1.5 x 4 h.
                        "E003 [HOLIDAY=86124]",
                        // 2,800,000 / 209 x 1.5 x 8 h.
                        "E004 [HOLIDAY=160766]",
                        // 3,400,000 / 209 x 1.5 x 0:30 h.
                        "E005 [OVERTIME=12201]",
                        // Hourly 10,500: 1.5 x 1 h a day for five days, four weekly holidays of 8 h, the 2 March holiday.
                        "E006 [OVERTIME=15750, OVERTIME=15750, OVERTIME=15750, OVERTIME=15750, OVERTIME=15750, "
                                + "WEEKLY_HOLIDAY_ALLOWANCE=84000, WEEKLY_HOLIDAY_ALLOWANCE=84000, WEEKLY_HOLIDAY_ALLOWANCE=84000, "
                                + "WEEKLY_HOLIDAY_ALLOWANCE=84000, PUBLIC_HOLIDAY_PAY=84000]",
                        "E007 []",
                        "E008 []");
        assertThat(report.totalOwed().values()).extracting(m -> m.getAmount().toPlainString()).containsExactly("1160952");
    }
}
