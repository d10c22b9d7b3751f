package fr.ush.vigie.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import fr.ush.vigie.model.Col;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Mart {@code rejets_synthese}: rejected rows of the run by source and reason, one row per pair seen. */
public final class RejectSummary {
    public static final String TABLE = "rejets_synthese";

    private RejectSummary() {
    }

    public static Dataset<Row> of(Dataset<Row> rejets) {
        return rejets.groupBy(col(Col.SOURCE), col(Col.CODE_MOTIF))
                .agg(count(lit(1)).as(Col.NB_LIGNES))
                .orderBy(col(Col.SOURCE), col(Col.CODE_MOTIF));
    }
}
