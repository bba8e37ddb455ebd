package org.worktime.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSmokeTest {
  @Test
  void readsCsvWritesParquet(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("a.csv");
    Files.writeString(csv, "a,b\n1,x\n2,y\n");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("smoke")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      spark.read().option("header", "true").csv(csv.toString()).write().parquet(dir.resolve("out").toString());
      assertThat(spark.read().parquet(dir.resolve("out").toString()).count()).isEqualTo(2);
    } finally {
      spark.stop();
    }
  }
}
