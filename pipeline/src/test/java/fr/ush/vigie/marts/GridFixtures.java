package fr.ush.vigie.marts;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.staging.Campaigns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Staging-shaped tables built in memory with explicit schemas, and a compact rendering of result rows. */
final class GridFixtures {
    static final StructType GRILLE = new StructType()
            .add("version_grille", StringType).add("code_indicateur", StringType).add("axe", StringType)
            .add("poids", DataTypes.createDecimalType(18, 4)).add("critique", BooleanType);
    static final StructType AUTODIAGNOSTICS = new StructType()
            .add("autodiagnostic_id", StringType).add("site_id", StringType).add("date_autodiagnostic", DateType)
            .add("version_grille", StringType).add("code_indicateur", StringType).add("niveau", IntegerType)
            .add("retenu", BooleanType).add("campagne", StringType);
    static final StructType SITES = new StructType()
            .add("site_id", StringType).add("organisme_id", StringType).add("nom", StringType)
            .add("date_entree", DateType).add("date_sortie", DateType)
            .add("code_departement", StringType).add("nom_departement", StringType)
            .add("code_region", StringType).add("nom_region", StringType)
            .add("qpv", BooleanType).add("marche", StringType).add("famille", StringType);
    static final StructType DEMANDES = new StructType()
            .add("demande_id", StringType).add("organisme_id", StringType).add("site_id", StringType)
            .add("date_reception", DateType).add("decision", StringType).add("date_commission", DateType);
    static final StructType MISSIONS = new StructType()
            .add("mission_id", StringType).add("demande_id", StringType).add("date_debut", DateType)
            .add("date_fin", DateType).add("statut", StringType);
    /** The columns of {@code scores_sites} that the marts built on it read. */
    static final StructType SCORES = new StructType()
            .add("site_id", StringType).add("organisme_id", StringType).add("campagne", StringType)
            .add("code_region", StringType).add("code_departement", StringType).add("famille", StringType)
            .add("score_global", Decimals.SCORE).add("delta_score_global", Decimals.SCORE)
            .add("situation", StringType).add("campagne_precedente", StringType)
            .add("situation_precedente", StringType);
    /** What {@link GravityRule} reads. */
    static final StructType LEVELS = new StructType()
            .add("score_global", Decimals.SCORE).add("nb_niveau_2_plus", LongType).add("nb_niveau_3", LongType)
            .add("critique_niveau_3", BooleanType);
    /** What {@link SiteHistory} reads. */
    static final StructType GRADED = new StructType()
            .add("site_id", StringType).add("campagne", StringType).add("score_global", Decimals.SCORE)
            .add("gravite", StringType);

    private GridFixtures() {
    }

    static Dataset<Row> table(StructType schema, List<Row> rows) {
        return TestSpark.session().createDataFrame(rows, schema);
    }

    static Row row(Object... values) {
        return RowFactory.create(values);
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static Row indicator(String version, String code, String axe, String poids, boolean critique) {
        return row(version, code, axe, dec(poids), critique);
    }

    /**
     * The indicator rows of one autodiagnostic: {@code levels} gives the niveau of each code in order, {@code -}
     * for an indicator left unassessed.
     */
    static List<Row> autodiagnostic(String id, String site, String isoDate, boolean retenu, String version,
            List<String> codes, String levels) {
        String[] niveaux = levels.trim().split("\\s+");
        LocalDate day = LocalDate.parse(isoDate);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!niveaux[i].equals("-")) {
                rows.add(row(id, site, day, version, codes.get(i), Integer.parseInt(niveaux[i]), retenu,
                        Campaigns.of(day)));
            }
        }
        return rows;
    }

    /** Each row as its values separated by one space, null as {@code -}, decimals as written. */
    static List<String> render(Dataset<Row> table, String... columns) {
        List<String> lines = new ArrayList<>();
        for (Row row : table.select(Arrays.stream(columns).map(functions::col).toArray(Column[]::new))
                .collectAsList()) {
            lines.add(IntStream.range(0, row.size())
                    .mapToObj(i -> row.isNullAt(i) ? "-" : text(row.get(i)))
                    .collect(Collectors.joining(" ")));
        }
        return lines;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
