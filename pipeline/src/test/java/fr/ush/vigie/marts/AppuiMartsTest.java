package fr.ush.vigie.marts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ush.vigie.spark.TestSpark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entry point: the three marts by their contract names, with the contract's columns, and the two extra ones,
 * even over no data.
 */
class AppuiMartsTest {
    private static final Map<String, StructType> STAGING = Map.of(
            "demandes", AppuiFixtures.DEMANDES,
            "missions", AppuiFixtures.MISSIONS,
            "evaluations", AppuiFixtures.EVALUATIONS,
            "sites", AppuiFixtures.SITES,
            "organismes", AppuiFixtures.ORGANISMES,
            "prestataires", AppuiFixtures.PRESTATAIRES);

    private static LinkedHashMap<String, Dataset<Row>> marts;

    @BeforeAll
    static void computeOverEmptyStaging() {
        StagingSource empty = name -> TestSpark.session().createDataFrame(List.of(), STAGING.get(name));
        marts = AppuiMarts.compute(empty, AppuiFixtures.scoresSites(List.of()), Thresholds.defaults());
    }

    @Test
    void martsAreKeyedByTheirContractNamesInContractOrderThenTheExtraMarts() {
        assertEquals(List.of("appui_demandes", "appui_missions", "efficacite_prestataires",
                        "appui_demandes_territoires", "appui_missions_territoires"),
                List.copyOf(marts.keySet()));
        assertEquals(AppuiMarts.NAMES, List.copyOf(marts.keySet()));
    }

    @Test
    void everyMartHasTheContractColumnsInContractOrder() {
        assertEquals(List.of("annee", "volet", "code_region", "nb_demandes", "nb_decidees", "nb_acceptees",
                        "nb_refusees", "nb_reorientees", "nb_en_attente", "nb_missions", "nb_missions_terminees",
                        "nb_missions_evaluees", "delai_decision_median_jours", "delai_demarrage_median_jours"),
                List.of(marts.get("appui_demandes").columns()));
        assertEquals(List.of("annee", "volet", "prestataire_id", "nb_missions", "jours_finances",
                        "jours_prolongation", "nb_prolongees", "taux_prolongation", "cout_ush_eur",
                        "cout_organismes_eur", "nb_evaluees", "satisfaction_moyenne", "part_regard_neuf",
                        "part_rupture_routines", "part_dynamique_partenariale", "part_soutien_methodologique",
                        "nb_preconisations", "nb_preconisations_mises_en_oeuvre", "taux_mise_en_oeuvre"),
                List.of(marts.get("appui_missions").columns()));
        assertEquals(List.of("prestataire_id", "nom", "pole", "nb_missions", "nb_evaluees", "satisfaction_moyenne",
                        "satisfaction_ic95_bas", "satisfaction_ic95_haut", "taux_mise_en_oeuvre",
                        "taux_mise_en_oeuvre_ic95_bas", "taux_mise_en_oeuvre_ic95_haut", "nb_missions_avec_suivi",
                        "delta_score_traites", "delta_score_temoins", "effet_did", "effet_ic95_bas",
                        "effet_ic95_haut", "effectif_suffisant", "effet_ic95_bas_grappes", "effet_ic95_haut_grappes"),
                List.of(marts.get("efficacite_prestataires").columns()));
    }

    @Test
    void theTerritorialMartsInsertDimensionAndTerritoryAfterTheKeysOfTheirNationalMart() {
        List<String> demandes = new ArrayList<>(List.of(marts.get("appui_demandes").columns()));
        demandes.set(2, "code_territoire");
        demandes.add(2, "dimension");
        assertEquals(demandes, List.of(marts.get("appui_demandes_territoires").columns()));
        List<String> missions = new ArrayList<>(List.of(marts.get("appui_missions").columns()));
        missions.addAll(3, List.of("dimension", "code_territoire"));
        assertEquals(missions, List.of(marts.get("appui_missions_territoires").columns()));
    }

    @Test
    void noDataGivesEmptyMarts() {
        marts.forEach((name, mart) -> assertEquals(0L, mart.count(), name));
    }
}
