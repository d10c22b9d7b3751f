package fr.ush.vigie.marts;

import static fr.ush.vigie.marts.AppuiColumns.GRAVITE;
import static fr.ush.vigie.marts.AppuiColumns.SCORE_GLOBAL;
import static fr.ush.vigie.model.Col.*;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import fr.ush.vigie.spark.TestSpark;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * In-memory staging tables and {@code scores_sites} with explicit schemas (those of the staging warehouse, with
 * its {@code fichier, ligne} provenance), and small builders for their rows.
 */
final class AppuiFixtures {
    static final StructType ORGANISMES = provenance()
            .add(ORGANISME_ID, StringType).add(NOM, StringType).add(FAMILLE, StringType)
            .add(CODE_REGION, StringType).add(NB_LOGEMENTS, IntegerType);
    /** Enriched staging sites, down to what the support-pool marts read besides identity. */
    static final StructType SITES = provenance()
            .add(SITE_ID, StringType).add(ORGANISME_ID, StringType).add(NOM, StringType)
            .add(CODE_COMMUNE, StringType).add(CODE_QPV, StringType).add(CODE_REGION, StringType)
            .add(MARCHE, StringType).add(QPV, BooleanType);
    static final StructType PRESTATAIRES = provenance()
            .add(PRESTATAIRE_ID, StringType).add(NOM, StringType).add(POLE, StringType)
            .add(REFERENCE_DU, DateType).add(REFERENCE_AU, DateType);
    static final StructType DEMANDES = provenance()
            .add(DEMANDE_ID, StringType).add(ORGANISME_ID, StringType).add(SITE_ID, StringType)
            .add(DATE_RECEPTION, DateType).add(CANAL, StringType).add(VOLET, StringType)
            .add(PROBLEMATIQUE, StringType).add(DATE_COMMISSION, DateType).add(DECISION, StringType);
    static final StructType MISSIONS = provenance()
            .add(MISSION_ID, StringType).add(DEMANDE_ID, StringType).add(PRESTATAIRE_ID, StringType)
            .add(DATE_DEBUT, DateType).add(DATE_FIN, DateType).add(JOURS_FINANCES, IntegerType)
            .add(JOURS_PROLONGATION, IntegerType).add(TARIF_JOUR_EUR, new DecimalType(18, 4))
            .add(STATUT, StringType);
    static final StructType EVALUATIONS = provenance()
            .add(MISSION_ID, StringType).add(DATE_EVALUATION, DateType).add(SATISFACTION, IntegerType)
            .add(REGARD_NEUF, BooleanType).add(RUPTURE_ROUTINES, BooleanType)
            .add(DYNAMIQUE_PARTENARIALE, BooleanType).add(SOUTIEN_METHODOLOGIQUE, BooleanType)
            .add(NB_PRECONISATIONS, IntegerType).add(NB_PRECONISATIONS_MISES_EN_OEUVRE, IntegerType);
    /** The columns of mart {@code scores_sites} (mart 1, computed elsewhere) that mart 7 relies on. */
    static final StructType SCORES_SITES = new StructType()
            .add(SITE_ID, StringType).add(CAMPAGNE, StringType).add(DATE_AUTODIAGNOSTIC, DateType)
            .add(QPV, BooleanType).add(MARCHE, StringType).add(SCORE_GLOBAL, DoubleType).add(GRAVITE, StringType);

    static final String TENDU = "TENDU";
    static final String DETENDU = "DETENDU";
    static final String GUSP = "GUSP";
    static final String QUALITE_SERVICE = "QUALITE_SERVICE";
    static final String TRANQUILLITE_SECURITE = "TRANQUILLITE_SECURITE";
    static final String ACCEPTEE = "ACCEPTEE";
    static final String REFUSEE = "REFUSEE";
    static final String REORIENTEE = "REORIENTEE";
    static final String EN_ATTENTE = "EN_ATTENTE";
    static final String TERMINEE = "TERMINEE";
    static final String EN_COURS = "EN_COURS";
    static final String PLANIFIEE = "PLANIFIEE";
    static final String ANNULEE = "ANNULEE";
    static final String DEGRADEE = "DEGRADEE";
    static final String VIGILANCE = "VIGILANCE";
    static final String CRISE = "CRISE";

    private AppuiFixtures() {
    }

    private static StructType provenance() {
        return new StructType().add(FICHIER, StringType).add(LIGNE, LongType);
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** Rows of one table, numbered as lines of its file. */
    static final class Table {
        private final StructType schema;
        private final String fichier;
        private final List<Row> rows = new ArrayList<>();

        Table(StructType schema, String fichier) {
            this.schema = schema;
            this.fichier = fichier;
        }

        Table row(Object... values) {
            Object[] full = new Object[values.length + 2];
            full[0] = fichier;
            full[1] = (long) rows.size() + 2;
            System.arraycopy(values, 0, full, 2, values.length);
            rows.add(RowFactory.create(full));
            return this;
        }

        Dataset<Row> dataset() {
            return TestSpark.session().createDataFrame(rows, schema);
        }
    }

    static Table organismes() {
        return new Table(ORGANISMES, "reference/organismes.csv");
    }

    static Table sites() {
        return new Table(SITES, "reference/sites.csv");
    }

    static Table prestataires() {
        return new Table(PRESTATAIRES, "reference/prestataires.csv");
    }

    static Table demandes() {
        return new Table(DEMANDES, "appui/demandes.csv");
    }

    static Table missions() {
        return new Table(MISSIONS, "appui/missions.csv");
    }

    static Table evaluations() {
        return new Table(EVALUATIONS, "appui/evaluations.csv");
    }

    static Object[] organisme(String id, String codeRegion) {
        return organisme(id, codeRegion, "OPH");
    }

    static Object[] organisme(String id, String codeRegion, String famille) {
        return new Object[] {id, "Organisme " + id, famille, codeRegion, 10_000};
    }

    /** A site placed in a region, a market and in or out of a QPV. */
    static Object[] site(String id, String organisme, String codeRegion, String marche, boolean qpv) {
        return new Object[] {id, organisme, "Résidence " + id, null, qpv ? "QPV" + id : null, codeRegion, marche, qpv};
    }

    static Object[] prestataire(String id, String pole) {
        return new Object[] {id, "Cabinet " + id, pole, d("2021-01-01"), d("2027-12-31")};
    }

    static Object[] demande(String id, String organisme, String site, String reception, String volet,
            String commission, String decision) {
        return new Object[] {id, organisme, site, d(reception), "DIRECT", volet, "Problématique " + id,
            d(commission), decision};
    }

    static Object[] mission(String id, String demande, String prestataire, String debut, String fin,
            int joursFinances, Integer joursProlongation, String tarif, String statut) {
        return new Object[] {id, demande, prestataire, d(debut), d(fin), joursFinances, joursProlongation,
            new BigDecimal(tarif), statut};
    }

    /** A mission whose days and rate do not matter to the test. */
    static Object[] mission(String id, String demande, String prestataire, String debut, String fin, String statut) {
        return mission(id, demande, prestataire, debut, fin, 4, 0, "1000", statut);
    }

    static Object[] evaluation(String mission, int satisfaction, Boolean regardNeuf, Boolean ruptureRoutines,
            Boolean dynamiquePartenariale, Boolean soutienMethodologique, Integer preconisations,
            Integer misesEnOeuvre) {
        return new Object[] {mission, d("2025-06-30"), satisfaction, regardNeuf, ruptureRoutines,
            dynamiquePartenariale, soutienMethodologique, preconisations, misesEnOeuvre};
    }

    /** An evaluation whose benefits do not matter to the test. */
    static Object[] evaluation(String mission, int satisfaction, int preconisations, int misesEnOeuvre) {
        return evaluation(mission, satisfaction, true, true, true, true, preconisations, misesEnOeuvre);
    }

    static Dataset<Row> scoresSites(List<Row> rows) {
        return TestSpark.session().createDataFrame(rows, SCORES_SITES);
    }

    static Row score(String site, String campagne, String date, boolean qpv, String marche, Double score,
            String gravite) {
        return RowFactory.create(site, campagne, d(date), qpv, marche, score, gravite);
    }

    /** The rows of a mart by the value of its key column. */
    static Map<String, Row> byKey(Dataset<Row> mart, String key) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : (Row[]) mart.collect()) {
            rows.put(row.getAs(key), row);
        }
        return rows;
    }

    /** The named columns of a row, in order, for a one-line comparison with expected values. */
    static List<Object> values(Row row, String... columns) {
        return Arrays.stream(columns).map(c -> (Object) row.getAs(c)).toList();
    }
}
