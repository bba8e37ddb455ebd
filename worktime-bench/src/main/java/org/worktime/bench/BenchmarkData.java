package org.worktime.bench;

import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Evaluation;

/**
 * A generated dataset cut into slices of exactly {@code shiftsPerSlice} shifts (whole employees, each with all
 * their shifts), so that a JMH operation count, which must be a compile-time constant, stays exact for any dataset
 * size that is a multiple of it.
 */
final class BenchmarkData {

    final Dataset dataset;
    final Dataset[] slices;
    final Evaluation evaluation;
    final LocalDateRange period;

    private BenchmarkData(Dataset dataset, Dataset[] slices, LocalDateRange period) {
        this.dataset = dataset;
        this.slices = slices;
        this.period = period;
        this.evaluation = Evaluation.of(period);
    }

    static BenchmarkData generate(int shifts, long seed, int shiftsPerSlice) {
        return generate(shifts, seed, shiftsPerSlice, "KR");
    }

    /** The generated workforce, moved to the jurisdiction's benchmark workplace ({@link Rehomed}). */
    static BenchmarkData generate(int shifts, long seed, int shiftsPerSlice, String jurisdiction) {
        if (shifts % shiftsPerSlice != 0) {
            throw new IllegalArgumentException("shifts must be a multiple of " + shiftsPerSlice + ": " + shifts);
        }
        Dataset dataset = Rehomed.as(KoreanDatasetGenerator.of(shifts, seed).dataset(), jurisdiction);
        if (dataset.shiftCount() != shifts) {
            throw new IllegalStateException("Generated " + dataset.shiftCount() + " shifts, not " + shifts);
        }
        LocalDateRange period = KoreanDatasetGenerator.shiftDates(dataset);
        List<Dataset> slices = new ArrayList<>();
        List<Employee> employees = new ArrayList<>();
        List<Shift> shiftList = new ArrayList<>();
        for (Employee e : dataset.employees()) {
            employees.add(e);
            shiftList.addAll(dataset.shiftsOf(e.id()));
            if (shiftList.size() > shiftsPerSlice) {
                throw new IllegalStateException("Cannot cut the dataset into slices of exactly " + shiftsPerSlice + " shifts");
            }
            if (shiftList.size() == shiftsPerSlice) {
                slices.add(employees.size() == dataset.employees().size() ? dataset
                        : Dataset.of(dataset.workplace(), employees, shiftList));
                employees = new ArrayList<>();
                shiftList = new ArrayList<>();
            }
        }
        if (!shiftList.isEmpty()) {
            throw new IllegalStateException("Cannot cut the dataset into slices of exactly " + shiftsPerSlice + " shifts");
        }
        return new BenchmarkData(dataset, slices.toArray(Dataset[]::new), period);
    }
}
