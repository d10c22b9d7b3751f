package fr.ush.vigie.ingest.validate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The verdict of each checked row: a duplicate (rule 6) is rejected as such, any other row keeps the first rule
 * of 1 to 5 it broke, if any. The raw record is rebuilt for rejected rows only.
 *
 * <p>Output: {@code fichier, ligne}, the typed columns, {@code code_motif} and {@code motif} (null for an accepted
 * row) and {@code enregistrement} (null for an accepted row). One output row per checked row.
 */
final class Verdicts {
    private final Source source;

    Verdicts(Source source) {
        this.source = source;
    }

    /**
     * @param checked    rows checked by {@link RowRules}
     * @param duplicates their duplicates, found by {@link DuplicateKeys}
     */
    Dataset<Row> classify(Dataset<Row> checked, Dataset<Row> duplicates) {
        Column matches = col(Col.FICHIER).equalTo(col(RawColumns.DUPLICATE_FICHIER))
                .and(col(Col.LIGNE).equalTo(col(RawColumns.duplicate(Col.LIGNE))));
        for (String key : source.keyColumns()) {
            matches = matches.and(col(key).eqNullSafe(col(RawColumns.duplicate(key))));
        }
        // Usually there is none: then no row is looked up.
        Dataset<Row> marked = duplicates.isEmpty()
                ? checked.withColumn(RawColumns.DUPLICATE_MOTIF, lit(null).cast("string"))
                : checked.join(broadcast(duplicates), matches, "left");
        Column duplicate = col(RawColumns.DUPLICATE_MOTIF).isNotNull();
        Column code = when(duplicate, lit(ReasonCode.DUPLICATE_KEY.name())).otherwise(col(RawColumns.CODE_1_5));
        Column motif = when(duplicate, col(RawColumns.DUPLICATE_MOTIF)).otherwise(col(RawColumns.MOTIF_1_5));
        List<Column> output = new ArrayList<>();
        output.add(col(Col.FICHIER));
        output.add(col(Col.LIGNE));
        source.columnNames().forEach(c -> output.add(col(c)));
        output.add(code.as(Col.CODE_MOTIF));
        output.add(motif.as(Col.MOTIF));
        output.add(when(code.isNotNull(), concat_ws(" ; ", source.columns().stream()
                .map(spec -> concat(lit(spec.name() + "="), coalesce(RowRules.rawText(spec), lit(""))))
                .toArray(Column[]::new))).as(Col.ENREGISTREMENT));
        return marked.select(output.toArray(Column[]::new));
    }
}
