package fr.ush.vigie.staging;

import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import fr.ush.vigie.model.Enumerations;
import org.apache.spark.sql.Column;
import fr.ush.vigie.model.Source;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Flattens the territory hierarchy onto each site once, so that every later aggregate is a plain group-by:
 * a site's département and région are those of its commune (not of its organisme).
 */
public final class SiteEnrichment {
    /** The sources the sites are enriched from, in the order {@link #enrich} takes them. */
    public static final List<Source> SOURCES = List.of(Source.COMMUNES, Source.DEPARTEMENTS, Source.REGIONS,
            Source.ORGANISMES);

    private SiteEnrichment() {
    }

    public static Dataset<Row> enrich(Dataset<Row> sites, Dataset<Row> communes, Dataset<Row> departements,
            Dataset<Row> regions, Dataset<Row> organismes) {
        Dataset<Row> commune = communes.select(col(CODE_COMMUNE).as("_c_code"), col(NOM).as(NOM_COMMUNE),
                col(CODE_DEPARTEMENT).as("_c_dep"), col(CODE_REGION).as("_c_reg"), col(ZONE_ABC));
        Dataset<Row> departement = departements.select(col(CODE_DEPARTEMENT).as("_d_code"),
                col(NOM).as(NOM_DEPARTEMENT), col(CODE_REGION).as("_d_reg"));
        Dataset<Row> region = regions.select(col(CODE_REGION).as("_r_code"), col(NOM).as(NOM_REGION));
        Dataset<Row> organisme = organismes.select(col(ORGANISME_ID).as("_o_id"), col(NOM).as(NOM_ORGANISME),
                col(FAMILLE));
        Dataset<Row> placed = sites
                .join(broadcast(commune), col(CODE_COMMUNE).equalTo(col("_c_code")), "left")
                .join(broadcast(departement), col("_c_dep").equalTo(col("_d_code")), "left")
                .withColumn(CODE_DEPARTEMENT, col("_c_dep"))
                .withColumn(CODE_REGION, coalesce(col("_c_reg"), col("_d_reg")))
                .join(broadcast(region), col(CODE_REGION).equalTo(col("_r_code")), "left")
                .join(broadcast(organisme), col(ORGANISME_ID).equalTo(col("_o_id")), "left");
        return placed
                .withColumn(MARCHE, marche(col(ZONE_ABC)))
                .withColumn(QPV, col(CODE_QPV).isNotNull())
                .drop("_c_code", "_c_dep", "_c_reg", "_d_code", "_d_reg", "_r_code", "_o_id");
    }

    /** TENDU for zones Abis, A, B1; DETENDU for B2, C; null when the zone is unknown. */
    public static Column marche(Column zoneAbc) {
        return when(zoneAbc.isin(Enumerations.ZONES_TENDUES.toArray()), lit(Enumerations.MARCHE_TENDU))
                .when(zoneAbc.isNotNull(), lit(Enumerations.MARCHE_DETENDU));
    }
}
