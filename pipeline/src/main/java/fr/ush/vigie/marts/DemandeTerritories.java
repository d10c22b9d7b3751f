package fr.ush.vigie.marts;

import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Where each demande belongs, for the support-pool marts that a report splits by territory: its region is its
 * site's — or its organisme's when the demande names no site (a request about a whole organisme) — and its famille
 * is its organisme's. A site placed in no region stays unplaced: the organisme's region is not the site's.
 */
final class DemandeTerritories {
    private static final String SITE = "_site";
    private static final String SITE_REGION = "_site_region";
    private static final String ORGANISME = "_organisme";
    private static final String ORGANISME_REGION = "_organisme_region";

    private DemandeTerritories() {
    }

    /** @return {@code demande_id, code_region, famille}, one row per demande */
    static Dataset<Row> of(Dataset<Row> demandes, Dataset<Row> sites, Dataset<Row> organismes) {
        Dataset<Row> siteRegion = sites.select(col(SITE_ID).as(SITE), col(CODE_REGION).as(SITE_REGION));
        Dataset<Row> organisme = organismes.select(col(ORGANISME_ID).as(ORGANISME),
                col(CODE_REGION).as(ORGANISME_REGION), col(FAMILLE));
        return demandes
                .join(siteRegion, col(SITE_ID).equalTo(col(SITE)), "left")
                .join(organisme, col(ORGANISME_ID).equalTo(col(ORGANISME)), "left")
                .select(col(DEMANDE_ID),
                        when(col(SITE_ID).isNull(), col(ORGANISME_REGION)).otherwise(col(SITE_REGION))
                                .as(CODE_REGION),
                        col(FAMILLE));
    }
}
