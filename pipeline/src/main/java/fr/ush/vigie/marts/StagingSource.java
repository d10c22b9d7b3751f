package fr.ush.vigie.marts;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where marts read the staging tables from: the version a run has just written, or the published warehouse for
 * {@code vigie compute}. Marts never read input files.
 */
@FunctionalInterface
public interface StagingSource {
    /** The staging table of that name ({@link fr.ush.vigie.staging.StagingTables}). */
    Dataset<Row> table(String name);
}
