package fr.ush.vigie.marts;

import fr.ush.vigie.ingest.read.InputFileException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The thresholds of CONTRACT section 4 (and the secrecy threshold of section 6), defaults overridden by
 * {@code reference/seuils.properties}. The ingestion stores the effective values in the staging table
 * {@code seuils} because {@code vigie compute} has no input folder to read the file from.
 *
 * @param couvertureMin share of an axis' (or the grid's) total weight that must be assessed for a score
 * @param graviteCrise global score from which an autodiagnostic is CRISE
 * @param graviteDegradee global score from which it is DEGRADEE
 * @param graviteVigilance global score from which it is VIGILANCE
 * @param chroniqueCampagnes calendar-consecutive DEGRADEE-or-CRISE campaigns, this one included, that make it CHRONIQUE
 * @param tendanceSeuil score change from which the tendance is AMELIORATION or DEGRADATION
 * @param secretSeuil fewest units (sites, missions) a printed figure about their situation or result may rest on
 * @param effectifMin fewest missions with follow-up on which a provider's effect is read plainly, not as indicative
 * @param atypiqueZ modified z-score, in absolute value, from which a score change is atypical (mart 9)
 */
public record Thresholds(BigDecimal couvertureMin, BigDecimal graviteCrise, BigDecimal graviteDegradee,
        BigDecimal graviteVigilance, int chroniqueCampagnes, BigDecimal tendanceSeuil, int secretSeuil,
        int effectifMin, BigDecimal atypiqueZ) {

    /** The staging table holding the effective thresholds. */
    public static final String TABLE = "seuils";
    public static final String CLE = "cle";
    public static final String VALEUR = "valeur";
    public static final StructType TABLE_SCHEMA = new StructType()
            .add(CLE, DataTypes.StringType, false)
            .add(VALEUR, DataTypes.StringType, false);

    public static Thresholds defaults() {
        return of(new EnumMap<>(ThresholdKey.class));
    }

    /**
     * Reads a {@code seuils.properties} text: {@code clé=valeur} (or {@code clé: valeur}, {@code clé valeur}) lines,
     * {@code #} and {@code !} comments, blank lines; absent keys keep their default.
     *
     * @param fichier the file's path relative to the input folder, for the error message
     * @throws InputFileException naming the line and the key, for an unknown key, a key given twice or a bad value
     */
    public static Thresholds parse(String propertiesText, String fichier) throws InputFileException {
        String text = propertiesText.startsWith("\uFEFF") ? propertiesText.substring(1) : propertiesText;
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        Map<ThresholdKey, BigDecimal> values = new EnumMap<>(ThresholdKey.class);
        Map<ThresholdKey, Long> definedAt = new EnumMap<>(ThresholdKey.class);
        for (int i = 0; i < lines.length; i++) {
            long ligne = i + 1L;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String[] keyValue = splitKeyValue(line);
            ThresholdKey key = ThresholdKey.of(keyValue[0]).orElseThrow(() -> new InputFileException(fichier, ligne,
                    "clé inconnue « " + keyValue[0] + " » ; clés connues : " + ThresholdKey.knownKeys()));
            if (definedAt.containsKey(key)) {
                throw new InputFileException(fichier, ligne, "clé « " + key.key() + " » déjà définie ligne "
                        + definedAt.get(key) + " ; une seule valeur par clé");
            }
            values.put(key, key.parse(keyValue[1]).orElseThrow(() -> new InputFileException(fichier, ligne,
                    "valeur « " + keyValue[1] + " » invalide pour la clé « " + key.key() + " » ; attendu : "
                            + key.expected())));
            definedAt.put(key, ligne);
        }
        return of(values);
    }

    /** The effective thresholds as the {@code seuils} staging table, one row per key. */
    public Dataset<Row> toTable(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        asProperties().forEach((key, value) -> rows.add(RowFactory.create(key, value)));
        return spark.createDataFrame(rows, TABLE_SCHEMA);
    }

    /**
     * The thresholds stored by {@link #toTable}; a key missing from the table (stored by an older version) keeps its
     * default.
     *
     * @throws IllegalStateException when the table holds an unknown key or a bad value: it was not written by us
     */
    public static Thresholds fromTable(Dataset<Row> table) {
        Map<ThresholdKey, BigDecimal> values = new EnumMap<>(ThresholdKey.class);
        for (Row row : table.select(CLE, VALEUR).collectAsList()) {
            String cle = row.getString(0);
            String valeur = row.getString(1);
            ThresholdKey key = ThresholdKey.of(cle).orElseThrow(
                    () -> new IllegalStateException("table " + TABLE + " : clé inconnue « " + cle + " »"));
            values.put(key, key.parse(valeur).orElseThrow(() -> new IllegalStateException(
                    "table " + TABLE + " : valeur « " + valeur + " » invalide pour la clé « " + cle + " »")));
        }
        return of(values);
    }

    /** Every key with its effective value, in the order of the contract (for the table and the reports' method). */
    public Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ThresholdKey.COUVERTURE_MIN.key(), plain(couvertureMin));
        properties.put(ThresholdKey.GRAVITE_CRISE.key(), plain(graviteCrise));
        properties.put(ThresholdKey.GRAVITE_DEGRADEE.key(), plain(graviteDegradee));
        properties.put(ThresholdKey.GRAVITE_VIGILANCE.key(), plain(graviteVigilance));
        properties.put(ThresholdKey.CHRONIQUE_CAMPAGNES.key(), Integer.toString(chroniqueCampagnes));
        properties.put(ThresholdKey.TENDANCE_SEUIL.key(), plain(tendanceSeuil));
        properties.put(ThresholdKey.EFFECTIF_MIN.key(), Integer.toString(effectifMin));
        properties.put(ThresholdKey.SECRET_SEUIL.key(), Integer.toString(secretSeuil));
        properties.put(ThresholdKey.ATYPIQUE_Z.key(), plain(atypiqueZ));
        return properties;
    }

    private static Thresholds of(Map<ThresholdKey, BigDecimal> values) {
        Function<ThresholdKey, BigDecimal> value = k -> values.getOrDefault(k, k.defaultValue());
        return new Thresholds(value.apply(ThresholdKey.COUVERTURE_MIN), value.apply(ThresholdKey.GRAVITE_CRISE),
                value.apply(ThresholdKey.GRAVITE_DEGRADEE), value.apply(ThresholdKey.GRAVITE_VIGILANCE),
                value.apply(ThresholdKey.CHRONIQUE_CAMPAGNES).intValueExact(), value.apply(ThresholdKey.TENDANCE_SEUIL),
                value.apply(ThresholdKey.SECRET_SEUIL).intValueExact(),
                value.apply(ThresholdKey.EFFECTIF_MIN).intValueExact(), value.apply(ThresholdKey.ATYPIQUE_Z));
    }

    /**
     * Splits a line like {@link java.util.Properties} does: the key ends at the first {@code =}, {@code :} or
     * blank, and one {@code =} or {@code :} may follow blanks.
     */
    private static String[] splitKeyValue(String line) {
        int end = 0;
        while (end < line.length() && "=: \t".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        String rest = line.substring(end).strip();
        if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) {
            rest = rest.substring(1).strip();
        }
        return new String[] {line.substring(0, end), rest};
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
