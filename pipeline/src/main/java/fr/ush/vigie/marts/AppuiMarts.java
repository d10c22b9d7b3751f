package fr.ush.vigie.marts;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingTables;
import java.util.LinkedHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The support-pool marts (CONTRACT section 5, marts 5–7), by table name, in contract order. */
public final class AppuiMarts {
    public static final String APPUI_DEMANDES = AppuiDemandes.TABLE;
    public static final String APPUI_MISSIONS = AppuiMissions.TABLE;
    public static final String EFFICACITE_PRESTATAIRES = EfficacitePrestataires.TABLE;

    private AppuiMarts() {
    }

    /**
     * @param staging     the staging tables of the run
     * @param scoresSites mart {@code scores_sites}, whose global scores the difference-in-differences compares
     */
    public static LinkedHashMap<String, Dataset<Row>> compute(StagingSource staging, Dataset<Row> scoresSites) {
        Dataset<Row> demandes = staging.table(StagingTables.of(Source.DEMANDES));
        Dataset<Row> missions = staging.table(StagingTables.of(Source.MISSIONS));
        Dataset<Row> evaluations = staging.table(StagingTables.of(Source.EVALUATIONS));
        Dataset<Row> sites = staging.table(StagingTables.SITES);
        LinkedHashMap<String, Dataset<Row>> marts = new LinkedHashMap<>();
        marts.put(APPUI_DEMANDES, AppuiDemandes.compute(demandes, missions, evaluations, sites,
                staging.table(StagingTables.of(Source.ORGANISMES))));
        marts.put(APPUI_MISSIONS, AppuiMissions.compute(missions, demandes, evaluations));
        marts.put(EFFICACITE_PRESTATAIRES, EfficacitePrestataires.compute(
                staging.table(StagingTables.of(Source.PRESTATAIRES)), missions, demandes, evaluations, scoresSites,
                sites));
        return marts;
    }
}
