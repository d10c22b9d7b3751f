package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.GridFixtures.date;
import static fr.ush.vigie.marts.GridFixtures.render;
import static fr.ush.vigie.marts.GridFixtures.row;
import static fr.ush.vigie.marts.GridFixtures.table;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Whose each rejected line is, and which expected sites have no assessment. */
class OrganismeReturnsTest {
    private static final StructType REJETS = new StructType().add("fichier", StringType).add("ligne", LongType)
            .add("enregistrement", StringType);
    private static final StructType ORGANISMES = new StructType().add("organisme_id", StringType);

    private static Row site(String id, String organisme, String nom, String entree, String sortie) {
        return row(id, organisme, nom, date(entree), date(sortie), "01", "Ain", "84", "ARA", false, "TENDU", "OPH");
    }

    @Test
    void aLineBelongsToItsSiteElseItsOrganismeElseItsDemandeElseItsMission() {
        Dataset<Row> sites = table(GridFixtures.SITES, List.of(site("S1", "O1", "Un", null, null),
                site("S2", "O2", "Deux", null, null)));
        Dataset<Row> organismes = table(ORGANISMES, List.of(row("O1"), row("O2")));
        Dataset<Row> demandes = table(GridFixtures.DEMANDES, List.of(row("D1", "O2", "S2", null, "ACCEPTEE", null)));
        Dataset<Row> missions = table(GridFixtures.MISSIONS, List.of(row("M1", "D1", null, null, "EN_COURS")));
        Dataset<Row> rejets = table(REJETS, List.of(
                row("autodiagnostics/a.csv", 2L, "autodiagnostic_id=A9 ; site_id=S1 ; niveau=7"),
                row("reference/sites.csv", 3L, "site_id=S9 ; organisme_id=O2 ; nom=X"),
                row("appui/missions.csv", 4L, "mission_id=M9 ; demande_id=D1 ; prestataire_id=P1"),
                row("appui/evaluations.csv", 5L, "mission_id=M1 ; date_evaluation=2025-13-01"),
                row("reference/regions.csv", 6L, "code_region=99 ; nom=Nulle part"),
                row("appui/demandes.csv", 7L, "demande_id=D9 ; organisme_id=O9 ; site_id=S2"),
                row("reference/sites.csv", 8L, "site_id=S1 ; organisme_id=O2 ; nom=Doublon"),
                row("reference/sites.csv", 9L, "site_id= ; organisme_id=O1"),
                row("reference/sites.csv", 10L, "site_id=S7 ; organisme_id=O7")));
        assertEquals(List.of("2 O1", "3 O2", "4 O2", "5 O2", "6 -", "7 O2", "8 O1", "9 O1", "10 -"),
                render(OrganismeReturns.withOwner(rejets, sites, organismes, demandes, missions).orderBy("ligne"),
                        "ligne", "organisme_id"));
    }

    @Test
    void expectedSitesAreThoseWhosePeriodMeetsTheHalfYear() {
        Dataset<Row> sites = table(GridFixtures.SITES, List.of(
                site("S1", "O1", "Évalué", null, null),
                site("S2", "O1", "Entré le dernier jour", "2025-06-30", null),
                site("S3", "O1", "Entré après", "2025-07-01", null),
                site("S4", "O2", "Sorti le premier jour", null, "2025-01-01"),
                site("S5", "O2", "Sorti avant", "2020-01-01", "2024-12-31")));
        Dataset<Row> scores = table(new StructType().add("site_id", StringType).add("campagne", StringType),
                List.of(row("S1", "2025-S1"), row("S2", "2024-S2")));
        assertEquals(List.of("S2 O1 Entré le dernier jour", "S4 O2 Sorti le premier jour"),
                render(OrganismeReturns.expectedWithoutAssessment(sites, scores, "2025-S1"), "site_id",
                        "organisme_id", "nom"));
    }
}
