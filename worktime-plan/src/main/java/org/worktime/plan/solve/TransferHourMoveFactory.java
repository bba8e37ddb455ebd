package org.worktime.plan.solve;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.Iterator;
import java.util.List;
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
                int a = random.nextInt(days.size());
                int b;
                if (random.nextBoolean()) {
                    // Same employee: the days of one employee are contiguous in the list.
                    String employee = days.get(a).getEmployeeId();
                    int first = a;
                    while (first > 0 && days.get(first - 1).getEmployeeId().equals(employee)) {
                        first--;
                    }
                    int last = a;
                    while (last + 1 < days.size() && days.get(last + 1).getEmployeeId().equals(employee)) {
                        last++;
                    }
                    b = first + random.nextInt(last - first + 1);
                } else {
                    b = random.nextInt(days.size());
                }
                return new TransferHourMove(days.get(a), days.get(b));
            }
        };
    }
}
