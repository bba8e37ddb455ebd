package org.worktime.server.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's failure survives the database as a message id and typed arguments: written as JSON, read back, and said in
 * English, Korean and Japanese exactly as the message said before it was stored.
 */
class JobFailureTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    static JobFailure roundTrip(JobFailure failure) {
        String stored = JSON.writeValueAsString(failure.toMap());
        assertThat(stored.length()).as(stored).isLessThanOrEqualTo(JobFailure.COLUMN);
        return JobFailure.of(JSON.readValue(stored, LinkedHashMap.class));
    }

    @Test
    void theEnginesExplanationOfUnreadableRecordsIsSaidInEachLanguage() {
        // What the engine throws when a workplace's own data cannot be read (Engine#setup): a nested catalog message.
        JobFailure read = roundTrip(JobFailure.invalidData(Text.of("core.workplace-unreadable", "problem", "Invalid date 'FEBRUARY 30'")));
        assertThat(read.code()).isEqualTo("invalid-data");
        assertThat(read.detail(Language.EN)).isEqualTo("the stored records cannot be evaluated: the workplace's data cannot be read: "
                + "Invalid date 'FEBRUARY 30'");
        assertThat(read.detail(Language.KO)).isEqualTo("저장된 기록을 평가할 수 없습니다: 사업장 데이터를 읽을 수 없습니다: Invalid date 'FEBRUARY 30'");
        assertThat(read.detail(Language.JA)).isEqualTo("保存された記録を評価できません：事業場のデータを読み取れません: Invalid date 'FEBRUARY 30'");
    }

    @Test
    void interruptedAndInternalHaveTheirCodesAndWords() {
        JobFailure interrupted = roundTrip(JobFailure.interrupted());
        assertThat(interrupted.code()).isEqualTo("interrupted");
        assertThat(interrupted.detail(Language.EN)).isEqualTo("the server stopped before the simulation finished: submit it again");
        assertThat(interrupted.detail(Language.KO)).isEqualTo("시뮬레이션이 끝나기 전에 서버가 중지되었습니다. 다시 요청하십시오");
        assertThat(interrupted.detail(Language.JA)).isEqualTo("シミュレーションの完了前にサーバーが停止しました。もう一度実行してください");
        JobFailure internal = roundTrip(JobFailure.internal());
        assertThat(internal.code()).isEqualTo("internal");
        assertThat(internal.detail(Language.EN)).isEqualTo("internal error; please report it with the job id");
        assertThat(internal.detail(Language.KO)).isEqualTo("내부 오류입니다. 작업 ID와 함께 알려 주십시오");
        assertThat(internal.detail(Language.JA)).isEqualTo("内部エラーが発生しました。ジョブIDを添えてご報告ください");
    }

    @Test
    void argumentsKeepTheirTypes() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("hours", Duration.ofMinutes(52 * 60 + 30));
        args.put("week", LocalDate.of(2026, 3, 9));
        args.put("period", LocalDateRange.ofClosed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)));
        args.put("n", 3);
        args.put("rate", new BigDecimal("1.5"));
        args.put("amount", Money.ofMajor(org.joda.money.CurrencyUnit.of("KRW"), 68900));
        args.put("ids", List.of("E001", "E002"));
        args.put("who", Text.words("Kim", "김", "キム"));
        Text message = Text.of("server.simulation.failed.invalid-data", args);
        Map<String, Object> back = roundTrip(new JobFailure("invalid-data", message)).message().args();
        assertThat(back.get("hours")).isEqualTo(Duration.ofMinutes(52 * 60 + 30));
        assertThat(back.get("week")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(back.get("period")).isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)));
        assertThat(back.get("n")).isEqualTo(3L);
        assertThat(back.get("rate")).isEqualTo(new BigDecimal("1.5"));
        assertThat(back.get("ids")).isEqualTo(List.of("E001", "E002"));
        // Money has no stored form of its own: it comes back as its words in each language.
        assertThat(((Text) back.get("amount")).in(Language.EN)).isEqualTo(org.worktime.core.i18n.Catalog.format(args.get("amount"), Language.EN));
        assertThat(((Text) back.get("amount")).in(Language.KO)).isEqualTo(org.worktime.core.i18n.Catalog.format(args.get("amount"), Language.KO));
        assertThat(((Text) back.get("who")).in(Language.JA)).isEqualTo("キム");
    }

    @Test
    void aSentenceOfAnOlderRowIsReadAsItsWords() {
        JobFailure older = JobFailure.older("internal error; please report it with the job id");
        assertThat(older.code()).isNull();
        assertThat(older.detail(Language.KO)).isEqualTo("internal error; please report it with the job id");
    }
}
