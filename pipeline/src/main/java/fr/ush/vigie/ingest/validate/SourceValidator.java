package fr.ush.vigie.ingest.validate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.ush.vigie.ingest.validate.SourceRules.Check;
import fr.ush.vigie.ingest.validate.SourceRules.Reference;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.ColumnSpec;
import fr.ush.vigie.model.ColumnType;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Applies the six rules of reference.md section 3 to one source, as Spark expressions over the whole dataset.
 *
 * <p>Three steps, so that the caller can materialise between them: {@link #checkRules} (rules 1 to 5, one
 * narrow pass over the raw rows), {@link #duplicates} (rule 6, computed on a narrow projection: the rows that may
 * repeat a key are found first and only they are ordered, never the wide rows) and {@link #classify}
 * (the reason and motif of each row, the raw record for rejected rows only).
 *
 * <p>Input: {@code fichier, ligne, erreur_structure} and the source's canonical columns as raw text.
 * Output: {@code fichier, ligne}, the typed canonical columns, {@code code_motif} and {@code motif} (null for an
 * accepted row) and {@code enregistrement} (the raw record, for the rejects table; null for an accepted row).
 * Every input row is in the output exactly once.
 */
public final class SourceValidator {
    public static final String ERREUR_STRUCTURE = "erreur_structure";

    private static final String MOTIF_PREFIX = "_motif_";
    /** The reason of rules 1 to 5, and its motif, before duplicates are known. */
    private static final String CODE_1_5 = "_code_1_5";
    private static final String MOTIF_1_5 = "_motif_1_5";
    /** The reason of rules 1 to 3 ({@link #checkOwnRules}), and its motif. */
    static final String OWN_CODE = "_code_1_3";
    private static final String OWN_MOTIF = "_motif_1_3";
    /** Hash of the key of a row passing rules 1 to 5 (null otherwise): what rule 6 counts. */
    private static final String KEY_HASH = "_cle_hash";
    /** The metrics of {@link #observingKeyRange}. */
    private static final String KEY_MIN = "_cle_min";
    private static final String KEY_MAX = "_cle_max";
    private static final String DUPLICATE_PREFIX = "_doublon_";
    /** In {@link #duplicates}: the file of the rejected duplicate. */
    public static final String DUPLICATE_FICHIER = DUPLICATE_PREFIX + Col.FICHIER;
    private static final String DUPLICATE_MOTIF = "_doublon_motif";
    private static final String RANK = "_rang";
    /**
     * Beyond this many row keys found in several input rows (a long file repeats the autodiagnostic on every
     * line), the duplicates are looked for among all rows' hashed keys instead.
     */
    static final int MAX_ROW_KEYS_BROADCAST = 100_000;

    private final Source source;
    private final SourceRules rules;
    private final int maxRowKeysBroadcast;

    public SourceValidator(Source source) {
        this(source, ValidationRules.forSource(source), MAX_ROW_KEYS_BROADCAST);
    }

    /** @param maxRowKeysBroadcast see {@link #MAX_ROW_KEYS_BROADCAST} (tests make it small) */
    SourceValidator(Source source, SourceRules rules, int maxRowKeysBroadcast) {
        this.source = source;
        this.rules = rules;
        this.maxRowKeysBroadcast = maxRowKeysBroadcast;
    }

    /**
     * The whole validation in one plan (tests and small inputs).
     *
     * @param raw        the source's raw rows
     * @param acceptedOf the accepted (validated, code_motif null) rows of an earlier source
     */
    public Dataset<Row> validate(Dataset<Row> raw, Function<Source, Dataset<Row>> acceptedOf) {
        Dataset<Row> checked = checkRules(raw, acceptedOf);
        return classify(checked, duplicates(checked));
    }

    /**
     * Rules 1 to 5: {@code fichier, ligne}, the typed columns, the raw text of the columns whose typed value
     * is not the text itself (to rebuild the rejected record), the first broken rule's code and motif, and
     * the hashed key of the rows that pass.
     */
    public Dataset<Row> checkRules(Dataset<Row> raw, Function<Source, Dataset<Row>> acceptedOf) {
        List<Column> missing = new ArrayList<>();
        for (int i = 0; i < rules.references().size(); i++) {
            missing.add(col(RawColumns.found(i)).isNull());
        }
        Map<ReasonCode, Column> motifs = ownMotifs();
        motifs.put(ReasonCode.UNKNOWN_REFERENCE, referenceMotif(missing));
        motifs.put(ReasonCode.INCONSISTENT_DATES, firstBroken(rules.dates()));
        Dataset<Row> rows = withMotifs(joinReferences(readTypes(raw), acceptedOf), motifs);
        return checkedOutput(rows, firstReason(motifs.keySet(), true), firstReason(motifs.keySet(), false));
    }

    /** True when rules 4 and 5 can wait for {@link #checkReferences}: no date rule, nothing carried. */
    public boolean checkableAhead() {
        return rules.dates().isEmpty() && rules.references().stream().allMatch(r -> r.carried().isEmpty());
    }

    /**
     * Rules 1 to 3, which need no other source, so that a source's rows can be read and checked while the
     * sources it refers to are still being validated: {@code fichier, ligne}, the typed and raw columns and the
     * code and motif of the first rule broken. {@link #checkReferences} completes the check.
     *
     * @throws IllegalStateException unless {@link #checkableAhead}
     */
    public Dataset<Row> checkOwnRules(Dataset<Row> raw) {
        if (!checkableAhead()) {
            throw new IllegalStateException(source + " : ses références portent des colonnes ou des dates");
        }
        Map<ReasonCode, Column> motifs = ownMotifs();
        List<Column> output = keptColumns();
        output.add(firstReason(motifs.keySet(), true).as(OWN_CODE));
        output.add(firstReason(motifs.keySet(), false).as(OWN_MOTIF));
        return withMotifs(readTypes(raw), motifs).select(output.toArray(Column[]::new));
    }

    /**
     * Rule 4 on the result of {@link #checkOwnRules}, giving what {@link #checkRules} gives. The values the
     * references find nowhere among their targets' accepted rows are looked for once, in one pass over the rows,
     * and kept by {@code materialise}, since every pass over the result reads them; usually there are none, and
     * the rows are then not joined at all.
     */
    public Dataset<Row> checkReferences(Dataset<Row> ownChecked, Function<Source, Dataset<Row>> acceptedOf,
            UnaryOperator<Dataset<Row>> materialise) {
        List<Reference> references = rules.references();
        Dataset<Row> unknown = materialise.apply(unknownValues(ownChecked, acceptedOf));
        Dataset<Row> rows = ownChecked;
        List<Column> missing = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            Dataset<Row> unknownOfReference = unknown.filter(col(RawColumns.unknown(i)))
                    .select(columns(reference.columns())).distinct();
            if (unknownOfReference.isEmpty()) {
                missing.add(lit(false));
                continue;
            }
            List<Column> keys = asReferenceKeys(reference.columns(), i);
            keys.add(lit(true).as(RawColumns.unknown(i)));
            rows = rows.join(broadcast(unknownOfReference.select(keys.toArray(Column[]::new))),
                    referenceMatch(reference, i), "left").drop(referenceKeys(reference, i));
            missing.add(col(RawColumns.unknown(i)).isNotNull());
        }
        Column referenceMotif = referenceMotif(missing);
        return checkedOutput(rows,
                coalesce(col(OWN_CODE), when(referenceMotif.isNotNull(), lit(ReasonCode.UNKNOWN_REFERENCE.name()))),
                coalesce(col(OWN_MOTIF), referenceMotif));
    }

    /**
     * The distinct values of the references' columns among rows passing rules 1 to 3 that some reference does
     * not find, with a flag {@link RawColumns#unknown} per reference: one scan, each row looked up in every
     * target.
     */
    private Dataset<Row> unknownValues(Dataset<Row> ownChecked, Function<Source, Dataset<Row>> acceptedOf) {
        List<Reference> references = rules.references();
        Set<String> referring = new LinkedHashSet<>();
        references.forEach(reference -> referring.addAll(reference.columns()));
        Dataset<Row> rows = ownChecked.filter(col(OWN_CODE).isNull()).select(columns(List.copyOf(referring)));
        List<Column> flagged = new ArrayList<>();
        referring.forEach(column -> flagged.add(col(column)));
        Column anyUnknown = lit(false);
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            rows = rows.join(broadcast(targetKeys(reference, i, acceptedOf)), referenceMatch(reference, i), "left")
                    .drop(referenceKeys(reference, i));
            Column unknown = allFilled(reference).and(col(RawColumns.found(i)).isNull());
            flagged.add(unknown.as(RawColumns.unknown(i)));
            anyUnknown = anyUnknown.or(unknown);
        }
        return rows.filter(anyUnknown).select(flagged.toArray(Column[]::new)).distinct();
    }

    /** The motifs of rules 1 to 3 as columns over typed rows, in precedence order. */
    private Map<ReasonCode, Column> ownMotifs() {
        Map<ReasonCode, Column> motifs = new LinkedHashMap<>();
        motifs.put(ReasonCode.PARSE_ERROR, parseMotif());
        motifs.put(ReasonCode.REQUIRED_MISSING, requiredMotif());
        motifs.put(ReasonCode.OUT_OF_RANGE, firstBroken(rules.ranges()));
        return motifs;
    }

    private static Dataset<Row> withMotifs(Dataset<Row> rows, Map<ReasonCode, Column> motifs) {
        List<Column> columns = new ArrayList<>(List.of(col("*")));
        motifs.forEach((code, motif) -> columns.add(motif.as(motifColumn(code))));
        return rows.select(columns.toArray(Column[]::new));
    }

    /** The code (or the motif) of the first rule broken among {@code ordered}, whose motifs are columns. */
    private static Column firstReason(Collection<ReasonCode> ordered, boolean code) {
        Column reason = lit(null).cast("string");
        List<ReasonCode> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        for (ReasonCode rule : reversed) {
            Column broken = col(motifColumn(rule));
            reason = when(broken.isNotNull(), code ? lit(rule.name()) : broken).otherwise(reason);
        }
        return reason;
    }

    /** {@code fichier, ligne}, the typed columns and the raw text of those whose typed value is not the text. */
    private List<Column> keptColumns() {
        List<Column> kept = new ArrayList<>();
        kept.add(col(Col.FICHIER));
        kept.add(col(Col.LIGNE));
        source.columnNames().forEach(c -> kept.add(col(c)));
        for (ColumnSpec spec : source.columns()) {
            if (!rawIsTyped(spec)) {
                kept.add(col(RawColumns.raw(spec.name())));
            }
        }
        return kept;
    }

    private Dataset<Row> checkedOutput(Dataset<Row> rows, Column code, Column motif) {
        List<Column> output = keptColumns();
        output.add(code.as(CODE_1_5));
        output.add(motif.as(MOTIF_1_5));
        output.add(when(code.isNull(), xxhash64(keyColumns())).as(KEY_HASH));
        return rows.select(output.toArray(Column[]::new));
    }

    /**
     * Rule 6 on the result of {@link #checkRules}: the rows passing rules 1 to 5 whose key was seen before
     * (files then lines in order), with their motif naming the first occurrence. Small unless the input
     * repeats itself; only the rows of repeated key hashes are ever ordered.
     */
    public Dataset<Row> duplicates(Dataset<Row> checked) {
        Dataset<Row> passing = checked.filter(col(KEY_HASH).isNotNull());
        List<Column> selected = new ArrayList<>(List.of(keyColumns()));
        selected.add(col(Col.FICHIER));
        selected.add(col(Col.LIGNE));
        Dataset<Row> candidates = mayRepeatKey(passing).select(selected.toArray(Column[]::new));
        WindowSpec byKeyInFileOrder = Window.partitionBy(keyColumns()).orderBy(col(Col.FICHIER), col(Col.LIGNE));
        Column keyShown = concat_ws(", ", keyColumns());
        Column motif = concat(lit("clé (" + String.join(", ", source.keyColumns()) + ") = ("), keyShown,
                lit(") déjà vue : "), first(col(Col.FICHIER)).over(byKeyInFileOrder), lit(", ligne "),
                first(col(Col.LIGNE)).over(byKeyInFileOrder).cast("string"));
        List<Column> output = new ArrayList<>();
        output.add(col(Col.FICHIER).as(DUPLICATE_FICHIER));
        output.add(col(Col.LIGNE).as(DUPLICATE_PREFIX + Col.LIGNE));
        source.keyColumns().forEach(k -> output.add(col(k).as(DUPLICATE_PREFIX + k)));
        output.add(col(DUPLICATE_MOTIF));
        return candidates.select(col("*"), row_number().over(byKeyInFileOrder).as(RANK), motif.as(DUPLICATE_MOTIF))
                .filter(col(RANK).gt(1))
                .select(output.toArray(Column[]::new));
    }

    /**
     * The passing rows whose key may be repeated, a superset of the duplicates and their first occurrences.
     * Where one input row gives several records (wide autodiagnostics), a key can only repeat between two input
     * rows: the rows whose {@link Source#rowKeyColumns} appear in one input row only are left out, found by a
     * count over one row per input row. Otherwise, or when that count finds too many (long files, one record per
     * row), the rows whose hashed key is counted more than once.
     */
    private Dataset<Row> mayRepeatKey(Dataset<Row> passing) {
        List<String> rowKey = source.rowKeyColumns();
        if (!rowKey.equals(source.keyColumns())) {
            Column[] rowKeyColumns = columns(rowKey);
            List<Column> inputRow = new ArrayList<>(List.of(rowKeyColumns));
            inputRow.add(col(Col.FICHIER));
            inputRow.add(col(Col.LIGNE));
            Dataset<Row> inSeveralRows = passing.select(inputRow.toArray(Column[]::new)).distinct()
                    .groupBy(rowKeyColumns).count().filter(col("count").gt(1)).drop("count");
            List<Row> found = inSeveralRows.limit(maxRowKeysBroadcast + 1).collectAsList();
            if (found.size() <= maxRowKeysBroadcast) {
                Dataset<Row> keys = passing.sparkSession().createDataFrame(found, inSeveralRows.schema());
                return passing.join(broadcast(keys), rowKey.toArray(String[]::new), "left_semi");
            }
        }
        Dataset<Row> repeatedHashes = passing.groupBy(col(KEY_HASH)).count()
                .filter(col("count").gt(1)).select(col(KEY_HASH));
        return passing.join(broadcast(repeatedHashes), KEY_HASH, "left_semi");
    }

    /** The columns {@link #duplicates} needs, from the result of {@link #checkRules}. */
    public Dataset<Row> keysOfChecked(Dataset<Row> checked) {
        return checked.select(keyedColumns(col(KEY_HASH)));
    }

    /** The columns {@link #duplicates} needs, from rows accepted by an earlier run (they passed rules 1 to 5). */
    public Dataset<Row> keysOfAccepted(Dataset<Row> accepted) {
        return accepted.select(keyedColumns(xxhash64(keyColumns()).as(KEY_HASH)));
    }

    /**
     * The columns {@link #duplicates} needs, from rows accepted by an earlier run, for those only whose hashed
     * key is also among {@code checkedKeys} (a result of {@link #keysOfChecked}): accepted rows have distinct
     * keys, so only they can take part in a duplicate with the rows checked now. The earlier rows are scanned
     * against a broadcast of the new hashes, never shuffled, and only those whose first key column lies within
     * {@code range} are read: as a range, the condition reaches Parquet, which skips every row group whose values
     * all lie outside it (identifiers that grow, or begin with their campaign, skip all but the new campaign's;
     * others simply read everything).
     *
     * @param range the first key column's range over the passing rows of {@code checkedKeys}, or a wider one
     */
    public Dataset<Row> keysOfAcceptedSharedWith(Dataset<Row> accepted, Dataset<Row> checkedKeys, KeyRange range) {
        Dataset<Row> passing = checkedKeys.filter(col(KEY_HASH).isNotNull());
        Column firstKey = col(firstKeyColumn());
        Column inRange = range.isEmpty() ? lit(false) : firstKey.between(range.min(), range.max());
        return keysOfAccepted(accepted.filter(inRange))
                .join(broadcast(passing.select(col(KEY_HASH))), KEY_HASH, "left_semi");
    }

    /** The column of the key whose range {@link #keysOfAcceptedSharedWith} reads within. */
    public String firstKeyColumn() {
        return source.keyColumns().get(0);
    }

    /**
     * {@code rows} observed by the action that writes them, for the range of their first key column: the range
     * {@link #keysOfAcceptedSharedWith} needs without a pass of its own. It covers every row, not only the passing
     * ones, which can only widen it; read it with {@link #observedKeyRange} once that action has run.
     */
    public Dataset<Row> observingKeyRange(Dataset<Row> rows, Observation range) {
        Column firstKey = col(firstKeyColumn());
        return rows.observe(range, min(firstKey).as(KEY_MIN), max(firstKey).as(KEY_MAX));
    }

    /** The range observed on the rows of {@link #observingKeyRange} (waits for their action if need be). */
    public static KeyRange observedKeyRange(Observation range) {
        try {
            Map<String, Object> metrics = range.getAsJava();
            return new KeyRange(metrics.get(KEY_MIN), metrics.get(KEY_MAX));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrompu en attendant l'étendue des clés lues", e);
        }
    }

    /**
     * The smallest and largest value of a key column over some rows; both null when there is no row (or only
     * null values).
     */
    public record KeyRange(Object min, Object max) {
        public boolean isEmpty() {
            return min == null;
        }
    }

    private Column[] keyedColumns(Column keyHash) {
        List<Column> columns = new ArrayList<>(List.of(keyColumns()));
        columns.add(col(Col.FICHIER));
        columns.add(col(Col.LIGNE));
        columns.add(keyHash);
        return columns.toArray(Column[]::new);
    }

    /** The first broken rule in precedence order gives the reason; the raw record is kept for rejects only. */
    public Dataset<Row> classify(Dataset<Row> checked, Dataset<Row> duplicates) {
        Column matches = col(Col.FICHIER).equalTo(col(DUPLICATE_FICHIER))
                .and(col(Col.LIGNE).equalTo(col(DUPLICATE_PREFIX + Col.LIGNE)));
        for (String key : source.keyColumns()) {
            matches = matches.and(col(key).eqNullSafe(col(DUPLICATE_PREFIX + key)));
        }
        // Usually there is none: then no row is looked up (a hash of its file name and line, per row and per pass).
        return classified(duplicates.isEmpty() ? withoutDuplicates(checked)
                : checked.join(broadcast(duplicates), matches, "left"));
    }

    private static Dataset<Row> withoutDuplicates(Dataset<Row> checked) {
        return checked.withColumn(DUPLICATE_MOTIF, lit(null).cast("string"));
    }

    /** The output of {@link #classify} from checked rows holding the motif of their duplicate, if any. */
    private Dataset<Row> classified(Dataset<Row> marked) {
        Column duplicate = col(DUPLICATE_MOTIF).isNotNull();
        Column code = when(duplicate, lit(ReasonCode.DUPLICATE_KEY.name())).otherwise(col(CODE_1_5));
        Column motif = when(duplicate, col(DUPLICATE_MOTIF)).otherwise(col(MOTIF_1_5));
        List<Column> output = new ArrayList<>();
        output.add(col(Col.FICHIER));
        output.add(col(Col.LIGNE));
        source.columnNames().forEach(c -> output.add(col(c)));
        output.add(code.as(Col.CODE_MOTIF));
        output.add(motif.as(Col.MOTIF));
        output.add(when(code.isNotNull(), concat_ws(" ; ", source.columns().stream()
                .map(spec -> concat(lit(spec.name() + "="), coalesce(rawText(spec), lit(""))))
                .toArray(Column[]::new))).as(Col.ENREGISTREMENT));
        return marked.select(output.toArray(Column[]::new));
    }

    /** Keeps each raw cell as {@code _raw_<column>} next to its typed value, in one projection. */
    Dataset<Row> readTypes(Dataset<Row> raw) {
        List<Column> columns = new ArrayList<>();
        columns.add(col(Col.FICHIER));
        columns.add(col(Col.LIGNE));
        columns.add(col(ERREUR_STRUCTURE));
        for (ColumnSpec spec : source.columns()) {
            columns.add(col(spec.name()).as(RawColumns.raw(spec.name())));
            columns.add(TypedParsing.parse(spec, col(spec.name())).as(spec.name()));
        }
        return raw.select(columns.toArray(Column[]::new));
    }

    private Dataset<Row> joinReferences(Dataset<Row> typed, Function<Source, Dataset<Row>> acceptedOf) {
        Dataset<Row> result = typed;
        List<Reference> references = rules.references();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            result = result.join(broadcast(targetKeys(reference, i, acceptedOf)), referenceMatch(reference, i), "left")
                    .drop(referenceKeys(reference, i));
        }
        return result;
    }

    /**
     * One row per key of the target's accepted rows, its columns renamed {@link #referenceKey}, with a
     * {@link RawColumns#found} flag and the carried columns. Accepted rows never repeat their source's key (rule
     * 6), so a reference to that key reads them as they are; only a reference to other columns is deduplicated
     * (a shuffle, before the keys can be broadcast).
     */
    private static Dataset<Row> targetKeys(Reference reference, int index, Function<Source, Dataset<Row>> acceptedOf) {
        List<Column> selected = asReferenceKeys(reference.targetColumns(), index);
        selected.add(lit(true).as(RawColumns.found(index)));
        for (String carried : reference.carried()) {
            selected.add(col(carried).as(RawColumns.carried(reference.target().code(), carried)));
        }
        Dataset<Row> keys = acceptedOf.apply(reference.target()).select(selected.toArray(Column[]::new));
        return reference.targetColumns().equals(reference.target().keyColumns()) ? keys
                : keys.dropDuplicates(referenceKeys(reference, index));
    }

    /** {@code columns} renamed {@link #referenceKey} of reference {@code index}, in order. */
    private static List<Column> asReferenceKeys(List<String> columns, int index) {
        List<Column> keys = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            keys.add(col(columns.get(k)).as(referenceKey(index, k)));
        }
        return keys;
    }

    /** True when every column of the reference has a value: only then is it looked up. */
    private static Column allFilled(Reference reference) {
        Column filled = lit(true);
        for (String column : reference.columns()) {
            filled = filled.and(col(column).isNotNull());
        }
        return filled;
    }

    private static Column referenceMatch(Reference reference, int index) {
        Column match = lit(true);
        for (int k = 0; k < reference.columns().size(); k++) {
            match = match.and(col(reference.columns().get(k)).equalTo(col(referenceKey(index, k))));
        }
        return match;
    }

    private static String[] referenceKeys(Reference reference, int index) {
        String[] keys = new String[reference.columns().size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = referenceKey(index, k);
        }
        return keys;
    }

    private static String referenceKey(int referenceIndex, int keyIndex) {
        return "_key_" + referenceIndex + "_" + keyIndex;
    }

    private Column parseMotif() {
        List<Column> motifs = new ArrayList<>();
        motifs.add(col(ERREUR_STRUCTURE));
        for (ColumnSpec spec : source.columns()) {
            Column raw = col(RawColumns.raw(spec.name()));
            motifs.add(when(raw.isNotNull().and(col(spec.name()).isNull()),
                    TypedParsing.motif(spec.name(), TypedParsing.expected(spec), raw)));
        }
        return coalesce(motifs.toArray(Column[]::new));
    }

    private Column requiredMotif() {
        List<Column> motifs = new ArrayList<>();
        for (ColumnSpec spec : source.columns()) {
            if (spec.required()) {
                motifs.add(when(col(RawColumns.raw(spec.name())).isNull(),
                        lit(spec.name() + " : valeur obligatoire manquante")));
            }
        }
        return motifs.isEmpty() ? lit(null).cast("string") : coalesce(motifs.toArray(Column[]::new));
    }

    /** @param missing per reference, true when its values are not found in the target's accepted rows */
    private Column referenceMotif(List<Column> missing) {
        List<Column> motifs = new ArrayList<>();
        List<Reference> references = rules.references();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            Column value = concat_ws(", ", columns(reference.columns()));
            String names = String.join(", ", reference.columns());
            motifs.add(when(allFilled(reference).and(missing.get(i)),
                    concat(lit(names + " « "), value,
                            lit(" » absent des lignes acceptées de " + reference.target().path()))));
        }
        return motifs.isEmpty() ? lit(null).cast("string") : coalesce(motifs.toArray(Column[]::new));
    }

    private static Column firstBroken(List<Check> checks) {
        if (checks.isEmpty()) {
            return lit(null).cast("string");
        }
        return coalesce(checks.stream().map(c -> when(c.violated(), c.motif())).toArray(Column[]::new));
    }

    /** A text column's typed value is its raw text: no need to keep both. */
    private static boolean rawIsTyped(ColumnSpec spec) {
        return spec.type() == ColumnType.TEXT;
    }

    private static Column rawText(ColumnSpec spec) {
        return rawIsTyped(spec) ? col(spec.name()) : col(RawColumns.raw(spec.name()));
    }

    private Column[] keyColumns() {
        return columns(source.keyColumns());
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }

    private static String motifColumn(ReasonCode code) {
        return MOTIF_PREFIX + code.name().toLowerCase(java.util.Locale.ROOT);
    }
}
