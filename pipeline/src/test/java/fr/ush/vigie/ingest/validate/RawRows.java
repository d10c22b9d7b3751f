package fr.ush.vigie.ingest.validate;

import fr.ush.vigie.ingest.RawSchemas;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.spark.TestSpark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Builds a source's raw rows in memory: line numbers count from 2 in one file unless given. */
final class RawRows {
    private final Source source;
    private final String fichier;
    private final List<Row> rows = new ArrayList<>();

    RawRows(Source source, String fichier) {
        this.source = source;
        this.fichier = fichier;
    }

    static RawRows of(Source source) {
        return new RawRows(source, source.path());
    }

    /** A well-formed row: one cell per canonical column, "" meaning empty. */
    RawRows row(String... cells) {
        return row(null, cells);
    }

    RawRows malformed(String erreurStructure, String... cells) {
        return row(erreurStructure, cells);
    }

    /** A record of the input row at {@code ligne} of {@code file}: several records may share one (wide rows). */
    RawRows rowAt(String file, long ligne, String... cells) {
        return row(file, ligne, null, cells);
    }

    private RawRows row(String erreurStructure, String... cells) {
        return row(fichier, rows.size() + 2, erreurStructure, cells);
    }

    private RawRows row(String file, long ligne, String erreurStructure, String... cells) {
        if (cells.length != source.columnNames().size()) {
            throw new IllegalArgumentException(source + " has " + source.columnNames().size() + " columns");
        }
        Object[] values = new Object[3 + cells.length];
        values[0] = file;
        values[1] = ligne;
        values[2] = erreurStructure;
        for (int i = 0; i < cells.length; i++) {
            values[3 + i] = cells[i].isEmpty() ? null : cells[i];
        }
        rows.add(RowFactory.create(values));
        return this;
    }

    Dataset<Row> dataset() {
        return TestSpark.session().createDataFrame(rows, RawSchemas.forSource(source));
    }

    /** The rows validated against empty references. */
    Dataset<Row> validated() {
        return validated(java.util.Map.of());
    }

    /**
     * The rows validated against the given accepted rows of earlier sources, the others being empty. Computed at
     * once, as the ingestion materialises each source: a plan nesting the plans of every source it refers to
     * takes Spark's optimizer tens of seconds.
     */
    Dataset<Row> validated(java.util.Map<Source, Dataset<Row>> references) {
        return validated(references, SourceValidator.MAX_ROW_KEYS_BROADCAST);
    }

    /** As {@link #validated(java.util.Map)}, duplicates looked for by hashed key beyond that many row keys. */
    Dataset<Row> validated(java.util.Map<Source, Dataset<Row>> references, int maxRowKeysBroadcast) {
        SourceValidator validator = new SourceValidator(source, ValidationRules.forSource(source),
                maxRowKeysBroadcast);
        return validator.validate(dataset(),
                s -> references.containsKey(s) ? references.get(s) : RawRows.of(s).validated()).localCheckpoint();
    }

    /**
     * As {@link #validated(java.util.Map)}, but each step's result kept before the next reads it, as the ingestion
     * keeps them.
     */
    Dataset<Row> validatedInSteps(java.util.Map<Source, Dataset<Row>> references) {
        SourceValidator validator = new SourceValidator(source);
        Dataset<Row> checked = validator.check(dataset(),
                s -> references.containsKey(s) ? references.get(s) : RawRows.of(s).validated()).localCheckpoint();
        return validator.classify(checked, validator.duplicates(checked).localCheckpoint()).localCheckpoint();
    }

    static List<String> codesByLine(Dataset<Row> validated) {
        return Arrays.stream((Row[]) validated.orderBy("fichier", "ligne").select("code_motif").collect())
                .map(r -> r.isNullAt(0) ? "OK" : r.getString(0)).toList();
    }
}
