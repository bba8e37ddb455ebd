package org.worktime.plan.solve;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/** Random {@link TransferHourMove}s: half between two days of one employee, half between any two employee-days. */
public final class TransferHourMoveFactory implements MoveIteratorFactory<Roster, TransferHourMove> {

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getDays().size();
        return n * n;
    }

    @Override
    public Iterator<TransferHourMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("transfer moves are only selected at random");
    }

    @Override
    public Iterator<TransferHourMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        List<EmployeeDay> days = scoreDirector.getWorkingSolution().getDays();
        Map<String, List<EmployeeDay>> byEmployee = new HashMap<>();
        for (EmployeeDay d : days) {
            byEmployee.computeIfAbsent(d.getEmployeeId(), k -> new ArrayList<>()).add(d);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return days.size() > 1;
            }

            @Override
            public TransferHourMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                EmployeeDay from = days.get(random.nextInt(days.size()));
                EmployeeDay to;
                if (random.nextBoolean()) {
                    List<EmployeeDay> own = byEmployee.get(from.getEmployeeId());
                    to = own.get(random.nextInt(own.size()));
                } else {
                    to = days.get(random.nextInt(days.size()));
                }
                return new TransferHourMove(from, to);
            }
        };
    }
}
