package org.worktime.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads shift rows with Spark's own readers: CSV (the documented shifts.csv, every column a string, the file's own header
 * order) or Parquet (the same columns as strings). Each row keeps its file and line (CSV: the header is line 1; Parquet: the
 * row's position, from 1) so a rejected row can be found. Rows come out in one schema: {@link #SCHEMA}.
 */
final class ShiftInput {

    static final String WORKPLACE = "workplace";
    static final String CORRUPT = "_corrupt_record";

    /** workplace, the shift columns, file, line. */
    static final StructType SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(WORKPLACE, DataTypes.StringType, true));
        EmployeeUnit.COLUMNS.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
        fields.add(DataTypes.createStructField("file", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("line", DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
        SCHEMA = DataTypes.createStructType(fields);
    }

    private ShiftInput() {
    }

    /**
     * Every shift file under the paths (a file, or a folder of part files). {@code workplace} names the workplace of every
     * row when the files have no {@code workplace} column (a workplace folder's own shifts.csv), else null.
     */
    static Dataset<Row> read(SparkSession spark, List<String> paths, String workplace) throws IOException {
        Dataset<Row> all = null;
        for (String path : paths) {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<Path> files = new ArrayList<>();
            for (FileStatus status : fs.isDirectory(p) ? fs.listStatus(p) : new FileStatus[] {fs.getFileStatus(p)}) {
                String name = status.getPath().getName();
                if (status.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                    files.add(status.getPath());
                }
            }
            files.sort(null);
            for (Path file : files) {
                Dataset<Row> one = file.getName().toLowerCase(Locale.ROOT).endsWith(".parquet") ? parquet(spark, file, workplace)
                        : csv(spark, fs, file, workplace);
                all = all == null ? one : all.union(one);
            }
        }
        return all == null ? spark.createDataFrame(List.of(), SCHEMA) : all;
    }

    /** The bytes of the shift files under the paths. */
    static long bytes(SparkSession spark, List<String> paths) throws IOException {
        long bytes = 0;
        for (String path : paths) {
            Path p = new Path(path);
            bytes += p.getFileSystem(spark.sparkContext().hadoopConfiguration()).getContentSummary(p).getLength();
        }
        return bytes;
    }

    /** A CSV file read with an explicit all-string schema in its header's order; a malformed row is kept whole. */
    private static Dataset<Row> csv(SparkSession spark, FileSystem fs, Path file, String workplace) throws IOException {
        String header;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
            header = in.readLine();
        }
        if (header == null) {
            return spark.createDataFrame(List.of(), SCHEMA);
        }
        List<StructField> fields = new ArrayList<>();
        for (String column : header.replace("\uFEFF", "").split(",", -1)) {
            fields.add(DataTypes.createStructField(column.strip().toLowerCase(Locale.ROOT), DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
        Dataset<Row> rows = spark.read().option("header", "true").option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT).option("ignoreLeadingWhiteSpace", "false")
                .option("ignoreTrailingWhiteSpace", "false")
                .schema(DataTypes.createStructType(fields)).csv(file.toString());
        return numbered(spark, rows, file.toString(), workplace, 2);
    }

    private static Dataset<Row> parquet(SparkSession spark, Path file, String workplace) {
        return numbered(spark, spark.read().parquet(file.toString()), file.toString(), workplace, 1);
    }

    /** The rows in {@link #SCHEMA} with their line: Spark reads one file's splits in order, so the index is the position. */
    private static Dataset<Row> numbered(SparkSession spark, Dataset<Row> rows, String file, String workplace, long first) {
        List<String> present = List.of(rows.columns());
        List<Column> select = new ArrayList<>();
        select.add(present.contains(WORKPLACE) ? functions.col(WORKPLACE).cast("string") : functions.lit(workplace).cast("string"));
        for (String c : EmployeeUnit.COLUMNS) {
            select.add(present.contains(c) ? functions.col(c).cast("string") : functions.lit(null).cast("string"));
        }
        select.add(present.contains(CORRUPT) ? functions.col(CORRUPT) : functions.lit(null).cast("string"));
        int width = select.size();
        JavaRDD<Row> lines = rows.select(select.toArray(Column[]::new)).javaRDD().zipWithIndex().map(t -> {
            Object[] v = new Object[width + 2];
            for (int i = 0; i < width - 1; i++) {
                v[i] = t._1().get(i);
            }
            v[width - 1] = file;
            v[width] = t._2() + first;
            v[width + 1] = t._1().get(width - 1);
            return RowFactory.create(v);
        });
        return spark.createDataFrame(lines, SCHEMA);
    }
}
