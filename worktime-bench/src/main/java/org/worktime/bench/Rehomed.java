package org.worktime.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;

/**
 * The generated Korean workforce moved to another jurisdiction, so that every pack is measured on the same work:
 * each shift keeps its local wall-clock times in the new zone, and each wage is converted at a fixed benchmark rate
 * (not a legal or market figure: only the shape of the work matters here). The US workplace is in California with a
 * Sunday workweek; the Japanese one has an Art. 36 agreement with the special clause. Breaks move with their shift
 * (the rest-break rules of every pack see the same breaks as Korea's).
 */
final class Rehomed {

    /** KRW per unit of the target currency, for the benchmark only. */
    private static final Map<String, BigDecimal> KRW_PER_UNIT = Map.of("USD", new BigDecimal("1400"), "JPY", new BigDecimal("9.5"));

    private Rehomed() {
    }

    static Dataset as(Dataset korean, String jurisdiction) {
        return switch (jurisdiction) {
            case "KR" -> korean;
            case "US" -> move(korean, "US", ZoneId.of("America/Los_Angeles"), DayOfWeek.SUNDAY, CurrencyUnit.USD, List.of(),
                    Map.of("us.state", "CA"));
            case "JP" -> move(korean, "JP", ZoneId.of("Asia/Tokyo"), DayOfWeek.MONDAY, CurrencyUnit.JPY,
                    List.of(new Agreement("JP-LSA-36", LocalDateRange.ofUnboundedEnd(LocalDate.of(2000, 1, 1)), Set.of(),
                            Map.of("yearStart", "04-01", "specialClause", "true"))),
                    Map.of("jp.annual-holidays", "122", "jp.daily-scheduled-hours", "8h"));
            default -> throw new IllegalArgumentException("No benchmark workplace for " + jurisdiction + " (KR, US or JP)");
        };
    }

    private static Dataset move(Dataset korean, String jurisdiction, ZoneId zone, DayOfWeek weekStart, CurrencyUnit currency,
            List<Agreement> agreements, Map<String, String> attributes) {
        Workplace from = korean.workplace();
        Workplace workplace = new Workplace(from.id(), from.name(), jurisdiction, zone, weekStart, from.headcount(),
                WorkplaceCalendar.standard(), agreements, false, attributes);
        List<Employee> employees = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        BigDecimal rate = KRW_PER_UNIT.get(currency.getCode());
        for (Employee e : korean.employees()) {
            employees.add(new Employee(e.id(), e.name(), e.birthDate(), e.hireDate(), e.endDate(), e.contractualHours(),
                    convert(e.wage(), currency, rate), List.of(), null, e.attributes()));
            for (Shift s : korean.shiftsOf(e.id())) {
                Instant start = wallClock(s.start(), from.zone(), zone);
                Instant end = wallClock(s.end(), from.zone(), zone);
                shifts.add(new Shift(s.employeeId(), start, end, breaks(s, from.zone(), zone, start, end), s.origin(),
                        s.breakWaiverRequested(), s.notifiedOn(), s.outsideWorkplace(), s.rate()));
            }
        }
        return Dataset.of(workplace, employees, shifts);
    }

    private static Instant wallClock(Instant instant, ZoneId from, ZoneId to) {
        return instant.atZone(from).toLocalDateTime().atZone(to).toInstant();
    }

    /**
     * The shift's breaks at the same wall-clock times. A break that a daylight-saving change in the new zone squeezes
     * to nothing or pushes past the moved shift's bounds is dropped (a night or two a year), as a wall clock would.
     */
    private static List<Interval> breaks(Shift s, ZoneId from, ZoneId to, Instant start, Instant end) {
        if (s.breaks().isEmpty()) {
            return List.of();
        }
        List<Interval> moved = new ArrayList<>(s.breaks().size());
        Instant previousEnd = start;
        for (Interval b : s.breaks()) {
            Instant bStart = wallClock(b.getStart(), from, to);
            Instant bEnd = wallClock(b.getEnd(), from, to);
            if (bStart.isBefore(previousEnd) || !bEnd.isAfter(bStart) || bEnd.isAfter(end)) {
                continue;
            }
            moved.add(Interval.of(bStart, bEnd));
            previousEnd = bEnd;
        }
        return moved;
    }

    private static Wage convert(Wage wage, CurrencyUnit currency, BigDecimal rate) {
        if (wage == null) {
            return null;
        }
        return switch (wage) {
            case Wage.Hourly h -> new Wage.Hourly(money(h.rate(), currency, rate));
            case Wage.Monthly m -> new Wage.Monthly(money(m.amount(), currency, rate), m.standardMonthlyHours());
            case Wage.Salaried s -> new Wage.Salaried(money(s.amount(), currency, rate), s.per(), s.weeklyHoursCovered());
        };
    }

    private static Money money(Money krw, CurrencyUnit currency, BigDecimal rate) {
        return Money.of(currency, krw.getAmount().divide(rate, currency.getDecimalPlaces(), RoundingMode.HALF_UP));
    }
}
