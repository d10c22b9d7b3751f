package fr.ush.vigie.job;

import fr.ush.vigie.io.ParquetFooters;
import fr.ush.vigie.warehouse.Warehouse;
import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code vigie sql}: Spark SQL over the published warehouse, every staging table, mart and the rejects being a
 * view by its name.
 */
public final class SqlQuery {
    private final SparkSession spark;

    public SqlQuery(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Registers a temporary view per table of the published warehouse; returns their names. The version is
     * resolved once, so that every view reads the same one even if a run publishes meanwhile.
     */
    public List<String> registerViews(String warehouseDir) throws Exception {
        return registerViews(warehouseDir, Optional.empty());
    }

    /**
     * The same over a kept version ({@code vigie sql --run RUN_ID}) instead of the published one when
     * {@code runId} is given; an unknown or deleted version is an argument error (exit 2).
     */
    public List<String> registerViews(String warehouseDir, Optional<String> runId) throws Exception {
        Warehouse warehouse = Publisher.open(spark, warehouseDir);
        WarehouseVersion published = runId.isPresent() ? warehouse.keptVersion(runId.get())
                : warehouse.publishedVersion().orElseThrow(() -> new UsageException(
                        "entrepôt " + warehouseDir + " : aucune version publiée (lancer vigie ingest ou run)"));
        List<String> views = new ArrayList<>();
        for (String folder : List.of("staging", "marts")) {
            for (String name : published.tables(folder)) {
                ParquetFooters.read(spark, published.uri(folder + "/" + name)).createOrReplaceTempView(name);
                views.add(name);
            }
        }
        if (published.has("rejets")) {
            ParquetFooters.read(spark, published.uri("rejets")).createOrReplaceTempView("rejets");
            views.add("rejets");
        }
        return views;
    }

    /** Runs each statement; a statement Spark cannot parse or resolve is an argument error (exit 2). */
    public List<Dataset<Row>> run(String sql) throws UsageException {
        List<Dataset<Row>> results = new ArrayList<>();
        for (String statement : SqlScript.statements(sql)) {
            try {
                results.add(spark.sql(statement));
            } catch (Exception e) {
                // Scala declares nothing, but parse and resolution errors are (checked) AnalysisExceptions.
                if (e instanceof AnalysisException) {
                    throw new UsageException("requête SQL invalide : " + e.getMessage());
                }
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        }
        return results;
    }

    /**
     * The SQL of {@code vigie sql -f FILE}: the file as a script, or, for a Markdown notebook ({@code .md}), its
     * {@code ```sql} cells only.
     */
    public static String readFile(String file) throws UsageException {
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UsageException(file + " : fichier SQL illisible (" + e.getMessage() + ")");
        }
        if (!isNotebook(file)) {
            return text;
        }
        if (SqlScript.notebookCells(text).isEmpty()) {
            throw new UsageException(file + " : carnet sans cellule ```sql");
        }
        return SqlScript.notebookScript(text);
    }

    static boolean isNotebook(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".md");
    }
}
