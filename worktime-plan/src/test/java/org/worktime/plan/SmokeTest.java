package org.worktime.plan;

import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Dataset;
import org.worktime.io.read.DatasetReader;

class SmokeTest {
    @Test
    void aiLab() throws Exception {
        Dataset dataset = DatasetReader.read(Examples.folder().resolve("ai-lab"));
        Project project = ProjectFileReader.read(Examples.folder().resolve("ai-lab/launch-project.yaml"), dataset);
        long t0 = System.nanoTime();
        PlanResult result = Planner.plan(dataset, project, new PlanSettings(1, Integer.getInteger("steps", 300), null));
        System.out.println("total ms " + (System.nanoTime() - t0) / 1_000_000);
        for (OptionPlan p : result.options()) {
            System.out.println(p.option().id() + " fits=" + p.fits() + " planned=" + p.plannedSeconds() / 3600 + " target=" + p.targetSeconds() / 3600
                    + " premium=" + p.premium() + " ms=" + p.solveMillis() + " score=" + p.score() + " left=" + p.violationsLeft().size());
            p.notes().forEach(n -> System.out.println("   note " + n.en()));
            p.paperwork().forEach(n -> System.out.println("   paper " + n));
            p.restAfter().forEach(n -> System.out.println("   rest " + n.en()));
            p.shortfall().forEach(n -> System.out.println("   short " + n.en()));
            p.warnings().stream().map(f -> f.ruleId() + " " + f.message().en()).distinct().limit(5).forEach(n -> System.out.println("   warn " + n));
        }
    }
}
