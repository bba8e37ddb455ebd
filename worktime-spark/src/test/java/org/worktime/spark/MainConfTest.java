package org.worktime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** The job's own defaults yield to what the user configured. */
class MainConfTest {

    @Test
    void localModeAndAMemoryShareLeavingTheEngineItsHeapUnlessConfigured() {
        SparkConf defaults = Main.conf(new SparkConf(false));
        assertThat(defaults.get("spark.master")).isEqualTo("local[*]");
        assertThat(defaults.get("spark.memory.fraction")).isEqualTo("0.3");

        SparkConf given = Main.conf(new SparkConf(false).setMaster("yarn").set("spark.memory.fraction", "0.5"));
        assertThat(given.get("spark.master")).isEqualTo("yarn");
        assertThat(given.get("spark.memory.fraction")).isEqualTo("0.5");
    }
}
