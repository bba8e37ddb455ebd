package org.worktime.kr;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The regular headcount (상시 근로자 수) of Decree Art. 7-2: the workers employed over the calculation period
 * (one month), summed day by day, divided by the operating days. The workplace file records the result with
 * its dates; this computes it from daily counts. The "half of the operating days" override of the Decree is
 * not modelled (kr.md open question 6: its exact text was not obtained).
 */
public final class RegularHeadcount {

    private RegularHeadcount() {
    }

    /**
     * @param workerDays    the sum over operating days of the workers employed that day
     * @param operatingDays the days the business operated in the period
     * @return the average, to two decimals (half up)
     */
    public static BigDecimal average(long workerDays, int operatingDays) {
        if (operatingDays <= 0) {
            throw new IllegalArgumentException("operating days must be positive: " + operatingDays);
        }
        return BigDecimal.valueOf(workerDays).divide(BigDecimal.valueOf(operatingDays), 2, RoundingMode.HALF_UP);
    }

    /** Whether the full Act applies: an average of 5 or more (Art. 11(1)); 4.71 is "4 or fewer". */
    public static boolean isFiveOrMore(BigDecimal average) {
        return average.compareTo(BigDecimal.valueOf(5)) >= 0;
    }
}
