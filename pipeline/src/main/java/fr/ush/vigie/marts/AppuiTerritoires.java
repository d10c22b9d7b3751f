package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.ANNEE;
import static fr.ush.vigie.marts.MartColumns.CODE_TERRITOIRE;
import static fr.ush.vigie.marts.MartColumns.DIMENSION;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The two extra support-pool marts behind the regional and famille reports (not in the contract's list, which
 * allows extra tables): {@code appui_demandes} and {@code appui_missions} with the same measures, split by the
 * territory a report is scoped to — {@code dimension} REGION ({@code code_territoire} = the demande's region) or
 * FAMILLE (its organisme's famille), as in {@code tendances_territoires}. Each dimension is a complete partition of
 * the missions: its rows add up to the national mart, and its medians are the territory's own, not a mix of others.
 */
public final class AppuiTerritoires {
    public static final String DEMANDES_TABLE = "appui_demandes_territoires";
    public static final String MISSIONS_TABLE = "appui_missions_territoires";

    /** The column of {@link DemandeTerritories} that places a demande in each dimension. */
    private static final Map<Dimension, String> PLACES = Map.of(Dimension.REGION, CODE_REGION,
            Dimension.FAMILLE, FAMILLE);
    private static final List<Dimension> DIMENSIONS = List.of(Dimension.REGION, Dimension.FAMILLE);

    private AppuiTerritoires() {
    }

    /** {@code annee, volet, dimension, code_territoire}, then the measures of {@code appui_demandes}. */
    public static Dataset<Row> demandes(Dataset<Row> demandes, Dataset<Row> missions, Dataset<Row> evaluations,
            Dataset<Row> sites, Dataset<Row> organismes) {
        Dataset<Row> territories = DemandeTerritories.of(demandes, sites, organismes);
        return byDimension(place -> AppuiDemandes.byTerritory(demandes, missions, evaluations, territories, place),
                ANNEE, VOLET);
    }

    /**
     * {@code annee, volet, prestataire_id, dimension, code_territoire}, then the measures of {@code appui_missions}.
     */
    public static Dataset<Row> missions(Dataset<Row> missions, Dataset<Row> demandes, Dataset<Row> evaluations,
            Dataset<Row> sites, Dataset<Row> organismes) {
        Dataset<Row> facts = MissionFacts.of(missions, demandes, evaluations)
                .join(DemandeTerritories.of(demandes, sites, organismes), DEMANDE_ID, "left");
        return byDimension(place -> AppuiMissions.aggregate(facts, place), ANNEE, VOLET, PRESTATAIRE_ID);
    }

    /**
     * One aggregation per dimension, its territory column renamed {@code code_territoire} after a {@code dimension}
     * column, unioned and sorted by key.
     *
     * @param byPlace the mart grouped by {@code keys} and then by the given territory column
     */
    private static Dataset<Row> byDimension(Function<String, Dataset<Row>> byPlace, String... keys) {
        Dataset<Row> all = null;
        for (Dimension dimension : DIMENSIONS) {
            String place = PLACES.get(dimension);
            Dataset<Row> mart = byPlace.apply(place);
            List<String> measures = Arrays.stream(mart.columns()).skip(keys.length + 1L).toList();
            Dataset<Row> relabelled = mart.select(Stream.of(
                            Arrays.stream(keys).map(functions::col),
                            Stream.of(lit(dimension.name()).as(DIMENSION), col(place).as(CODE_TERRITOIRE)),
                            measures.stream().map(functions::col))
                    .flatMap(Function.identity()).toArray(Column[]::new));
            all = all == null ? relabelled : all.unionByName(relabelled);
        }
        Column[] order = Stream.concat(Arrays.stream(keys), Stream.of(DIMENSION, CODE_TERRITOIRE))
                .map(functions::col).toArray(Column[]::new);
        return all.orderBy(order);
    }
}
