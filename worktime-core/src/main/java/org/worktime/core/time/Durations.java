package org.worktime.core.time;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Presentation helpers for durations kept as exact seconds. Hours appear only here, never in rule logic. */
public final class Durations {

    private Durations() {
    }

    /** {@code 9000} seconds -> {@code "2:30"}; negative values keep their sign. */
    public static String hoursAndMinutes(long seconds) {
        long abs = Math.abs(seconds);
        long minutes = abs / 60;
        String s = (minutes / 60) + ":" + String.format("%02d", minutes % 60);
        long rest = abs % 60;
        if (rest != 0) {
            s += ":" + String.format("%02d", rest);
        }
        return seconds < 0 ? "-" + s : s;
    }

    /** Exact minutes as a decimal: whole when the seconds divide evenly, else to two places (half-up). */
    public static BigDecimal minutes(long seconds) {
        if (seconds % 60 == 0) {
            return BigDecimal.valueOf(seconds / 60);
        }
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
