package org.worktime.plan.solve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterSolverTest {
    @Test
    void timing() {
        List<EmployeeDay> days = new ArrayList<>();
        List<Cap> caps = new ArrayList<>();
        LocalDate start = LocalDate.of(2027, 1, 4);
        for (int e = 0; e < 16; e++) {
            for (int w = 0; w < 6; w++) {
                LocalDate ws = start.plusWeeks(w);
                caps.add(new Cap(Cap.Kind.WEEK, EmployeeDay.weekKey("E" + e, ws), 52));
                for (int d = 0; d < 5; d++) {
                    days.add(new EmployeeDay("E" + e, ws.plusDays(d), ws, null, 11));
                }
            }
        }
        long t0 = System.nanoTime();
        Roster r = RosterSolver.of(1, Integer.getInteger("steps", 300), java.time.Duration.ofSeconds(20))
                .solve(new Roster(days, caps, List.of(new Target(Target.Kind.TOTAL, "", 4000))));
        System.err.println("ms " + (System.nanoTime() - t0) / 1_000_000 + " score " + r.getScore());
    }
}
