package fr.ush.vigie.marts;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The support-pool marts (CONTRACT section 5, marts 5–7), by table name, in contract order, then the extra marts
 * that split the first two by region and famille for the scoped reports ({@link AppuiTerritoires}).
 */
public final class AppuiMarts {
    public static final String APPUI_DEMANDES = AppuiDemandes.TABLE;
    public static final String APPUI_MISSIONS = AppuiMissions.TABLE;
    public static final String EFFICACITE_PRESTATAIRES = EfficacitePrestataires.TABLE;
    public static final String APPUI_DEMANDES_TERRITOIRES = AppuiTerritoires.DEMANDES_TABLE;
    public static final String APPUI_MISSIONS_TERRITOIRES = AppuiTerritoires.MISSIONS_TABLE;

    /** The marts' names, in the order {@link #compute} returns them. */
    public static final List<String> NAMES = List.of(APPUI_DEMANDES, APPUI_MISSIONS, EFFICACITE_PRESTATAIRES,
            APPUI_DEMANDES_TERRITOIRES, APPUI_MISSIONS_TERRITOIRES);

    /**
     * The marts computed from the pôle d'appui's and reference staging tables alone: no autodiagnostic, no score,
     * no threshold. All but {@link #EFFICACITE_PRESTATAIRES}.
     */
    public static final List<String> WITHOUT_AUTODIAGNOSTICS = List.of(APPUI_DEMANDES, APPUI_MISSIONS,
            APPUI_DEMANDES_TERRITOIRES, APPUI_MISSIONS_TERRITOIRES);

    private AppuiMarts() {
    }

    /**
     * @param staging     the staging tables of the run
     * @param scoresSites mart {@code scores_sites}, whose global scores the difference-in-differences compares
     * @param thresholds  the run's thresholds ({@code efficacite.effectif_min})
     */
    public static LinkedHashMap<String, Dataset<Row>> compute(StagingSource staging, Dataset<Row> scoresSites,
            Thresholds thresholds) {
        Dataset<Row> demandes = staging.table(StagingTables.of(Source.DEMANDES));
        Dataset<Row> missions = staging.table(StagingTables.of(Source.MISSIONS));
        Dataset<Row> evaluations = staging.table(StagingTables.of(Source.EVALUATIONS));
        Dataset<Row> sites = staging.table(StagingTables.SITES);
        Dataset<Row> organismes = staging.table(StagingTables.of(Source.ORGANISMES));
        LinkedHashMap<String, Dataset<Row>> marts = new LinkedHashMap<>();
        marts.put(APPUI_DEMANDES, AppuiDemandes.compute(demandes, missions, evaluations, sites, organismes));
        marts.put(APPUI_MISSIONS, AppuiMissions.compute(missions, demandes, evaluations));
        marts.put(EFFICACITE_PRESTATAIRES, EfficacitePrestataires.compute(
                staging.table(StagingTables.of(Source.PRESTATAIRES)), missions, demandes, evaluations, scoresSites,
                sites, thresholds.effectifMin()));
        marts.put(APPUI_DEMANDES_TERRITOIRES, AppuiTerritoires.demandes(demandes, missions, evaluations, sites,
                organismes));
        marts.put(APPUI_MISSIONS_TERRITOIRES, AppuiTerritoires.missions(missions, demandes, evaluations, sites,
                organismes));
        return marts;
    }
}
