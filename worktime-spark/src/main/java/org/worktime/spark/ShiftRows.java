package org.worktime.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Shift;

/**
 * A shift the CLI's reader accepted, carried between the job's two stages as its values (not as its CSV text), so that
 * each row is parsed once: every field of {@link Shift} is kept exactly (instants to the nanosecond, the rate's exact
 * amount), and {@link #shift} rebuilds the same value.
 */
final class ShiftRows {

    /** start and end (epoch second and nano), breaks (start/end second and nano, in fours), the rest of the record. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("startSecond", DataTypes.LongType, false),
            DataTypes.createStructField("startNano", DataTypes.IntegerType, false),
            DataTypes.createStructField("endSecond", DataTypes.LongType, false),
            DataTypes.createStructField("endNano", DataTypes.IntegerType, false),
            DataTypes.createStructField("breaks", DataTypes.createArrayType(DataTypes.LongType, false), false),
            DataTypes.createStructField("planned", DataTypes.BooleanType, false),
            DataTypes.createStructField("breakWaiver", DataTypes.BooleanType, false),
            DataTypes.createStructField("notifiedOn", DataTypes.LongType, true),
            DataTypes.createStructField("outside", DataTypes.BooleanType, false),
            DataTypes.createStructField("rateCurrency", DataTypes.StringType, true),
            DataTypes.createStructField("rateAmount", DataTypes.StringType, true),
            DataTypes.createStructField("unplacedBreakSeconds", DataTypes.LongType, false)));

    private ShiftRows() {
    }

    static Row row(Shift s) {
        long[] breaks = new long[s.breaks().size() * 4];
        int i = 0;
        for (Interval b : s.breaks()) {
            breaks[i++] = b.getStart().getEpochSecond();
            breaks[i++] = b.getStart().getNano();
            breaks[i++] = b.getEnd().getEpochSecond();
            breaks[i++] = b.getEnd().getNano();
        }
        List<Object> boxed = new ArrayList<>(breaks.length);
        for (long v : breaks) {
            boxed.add(v);
        }
        return RowFactory.create(s.start().getEpochSecond(), s.start().getNano(), s.end().getEpochSecond(), s.end().getNano(),
                scala.jdk.javaapi.CollectionConverters.asScala(boxed), s.origin() == Shift.Origin.PLANNED, s.breakWaiverRequested(),
                s.notifiedOn() == null ? null : s.notifiedOn().toEpochDay(), s.outsideWorkplace(),
                s.rate() == null ? null : s.rate().getCurrencyUnit().getCode(),
                s.rate() == null ? null : s.rate().getAmount().toPlainString(), s.unplacedBreakSeconds());
    }

    static Shift shift(String employeeId, Row r) {
        List<Long> b = r.getList(4);
        List<Interval> breaks = new ArrayList<>(b.size() / 4);
        for (int i = 0; i < b.size(); i += 4) {
            breaks.add(Interval.of(Instant.ofEpochSecond(b.get(i), b.get(i + 1)), Instant.ofEpochSecond(b.get(i + 2), b.get(i + 3))));
        }
        Money rate = r.isNullAt(9) ? null : Money.of(CurrencyUnit.of(r.getString(9)), new BigDecimal(r.getString(10)));
        return new Shift(employeeId, Instant.ofEpochSecond(r.getLong(0), r.getInt(1)), Instant.ofEpochSecond(r.getLong(2), r.getInt(3)),
                breaks, r.getBoolean(5) ? Shift.Origin.PLANNED : Shift.Origin.ACTUAL, r.getBoolean(6),
                r.isNullAt(7) ? null : LocalDate.ofEpochDay(r.getLong(7)), r.getBoolean(8), rate, r.getLong(11));
    }
}
