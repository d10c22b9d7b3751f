package fr.ush.vigie.ingest.validate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Rule 6 of reference.md section 3 for one source: a row passing rules 1 to 5 whose key was seen before (files,
 * then lines, in order) is a duplicate. Computed on a narrow projection of the checked rows ({@link RowRules}):
 * the rows that may repeat a key are found first, and only they are ordered, never the wide rows.
 */
public final class DuplicateKeys {
    private static final String RANK = "_rang";

    private final Source source;
    private final int maxRowKeysBroadcast;

    /** @param maxRowKeysBroadcast see {@link SourceValidator#MAX_ROW_KEYS_BROADCAST} */
    DuplicateKeys(Source source, int maxRowKeysBroadcast) {
        this.source = source;
        this.maxRowKeysBroadcast = maxRowKeysBroadcast;
    }

    /**
     * The duplicates among checked rows:
     * {@code _doublon_fichier, _doublon_ligne}, the key columns as {@code _doublon_<column>} and the motif naming
     * the first occurrence. Small unless the input repeats itself.
     */
    Dataset<Row> duplicates(Dataset<Row> checked) {
        Dataset<Row> passing = checked.filter(col(RawColumns.KEY_HASH).isNotNull());
        Column[] keyColumns = RawColumns.cols(source.keyColumns());
        List<Column> selected = new ArrayList<>(List.of(keyColumns));
        selected.add(col(Col.FICHIER));
        selected.add(col(Col.LIGNE));
        Dataset<Row> candidates = mayRepeatKey(passing).select(selected.toArray(Column[]::new));
        WindowSpec byKeyInFileOrder = Window.partitionBy(keyColumns).orderBy(col(Col.FICHIER), col(Col.LIGNE));
        Column motif = concat(lit("clé (" + String.join(", ", source.keyColumns()) + ") = ("),
                concat_ws(", ", keyColumns), lit(") déjà vue : "), first(col(Col.FICHIER)).over(byKeyInFileOrder),
                lit(", ligne "), first(col(Col.LIGNE)).over(byKeyInFileOrder).cast("string"));
        List<Column> output = new ArrayList<>();
        output.add(col(Col.FICHIER).as(RawColumns.DUPLICATE_FICHIER));
        output.add(col(Col.LIGNE).as(RawColumns.duplicate(Col.LIGNE)));
        source.keyColumns().forEach(k -> output.add(col(k).as(RawColumns.duplicate(k))));
        output.add(col(RawColumns.DUPLICATE_MOTIF));
        return candidates.select(col("*"), row_number().over(byKeyInFileOrder).as(RANK),
                        motif.as(RawColumns.DUPLICATE_MOTIF))
                .filter(col(RANK).gt(1))
                .select(output.toArray(Column[]::new));
    }

    /**
     * The passing rows whose key may be repeated, a superset of the duplicates and their first occurrences.
     * Where one input row gives several records (wide autodiagnostics), a key can only repeat between two input
     * rows: the rows whose {@link Source#rowKeyColumns} appear in one input row only are left out, found by a
     * count over one row per input row. Otherwise, or when that count finds too many (long files, one record per
     * row), the rows whose hashed key is counted more than once.
     */
    private Dataset<Row> mayRepeatKey(Dataset<Row> passing) {
        List<String> rowKey = source.rowKeyColumns();
        if (!rowKey.equals(source.keyColumns())) {
            Column[] rowKeyColumns = RawColumns.cols(rowKey);
            List<Column> inputRow = new ArrayList<>(List.of(rowKeyColumns));
            inputRow.add(col(Col.FICHIER));
            inputRow.add(col(Col.LIGNE));
            Dataset<Row> inSeveralRows = passing.select(inputRow.toArray(Column[]::new)).distinct()
                    .groupBy(rowKeyColumns).count().filter(col("count").gt(1)).drop("count");
            List<Row> found = inSeveralRows.limit(maxRowKeysBroadcast + 1).collectAsList();
            if (found.size() <= maxRowKeysBroadcast) {
                Dataset<Row> keys = passing.sparkSession().createDataFrame(found, inSeveralRows.schema());
                return passing.join(broadcast(keys), rowKey.toArray(String[]::new), "left_semi");
            }
        }
        Dataset<Row> repeatedHashes = passing.groupBy(col(RawColumns.KEY_HASH)).count()
                .filter(col("count").gt(1)).select(col(RawColumns.KEY_HASH));
        return passing.join(broadcast(repeatedHashes), RawColumns.KEY_HASH, "left_semi");
    }

}
