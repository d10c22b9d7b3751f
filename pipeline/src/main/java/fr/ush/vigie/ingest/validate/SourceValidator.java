package fr.ush.vigie.ingest.validate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
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
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Applies the six rules of CONTRACT section 3 to one source, as Spark expressions over the whole dataset.
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
    /** Hash of the key of a row passing rules 1 to 5 (null otherwise): what rule 6 counts. */
    private static final String KEY_HASH = "_cle_hash";
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
        List<ReasonCode> ordered = List.of(ReasonCode.PARSE_ERROR, ReasonCode.REQUIRED_MISSING,
                ReasonCode.OUT_OF_RANGE, ReasonCode.UNKNOWN_REFERENCE, ReasonCode.INCONSISTENT_DATES);
        Dataset<Row> motifs = joinReferences(readTypes(raw), acceptedOf).select(
                col("*"),
                parseMotif().as(motifColumn(ReasonCode.PARSE_ERROR)),
                requiredMotif().as(motifColumn(ReasonCode.REQUIRED_MISSING)),
                firstBroken(rules.ranges()).as(motifColumn(ReasonCode.OUT_OF_RANGE)),
                referenceMotif().as(motifColumn(ReasonCode.UNKNOWN_REFERENCE)),
                firstBroken(rules.dates()).as(motifColumn(ReasonCode.INCONSISTENT_DATES)));
        Column code = lit(null).cast("string");
        Column motif = lit(null).cast("string");
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Column broken = col(motifColumn(ordered.get(i)));
            code = when(broken.isNotNull(), lit(ordered.get(i).name())).otherwise(code);
            motif = when(broken.isNotNull(), broken).otherwise(motif);
        }
        List<Column> output = new ArrayList<>();
        output.add(col(Col.FICHIER));
        output.add(col(Col.LIGNE));
        source.columnNames().forEach(c -> output.add(col(c)));
        for (ColumnSpec spec : source.columns()) {
            if (!rawIsTyped(spec)) {
                output.add(col(RawColumns.raw(spec.name())));
            }
        }
        output.add(code.as(CODE_1_5));
        output.add(motif.as(MOTIF_1_5));
        output.add(when(code.isNull(), xxhash64(keyColumns())).as(KEY_HASH));
        return motifs.select(output.toArray(Column[]::new));
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
     * against a broadcast of the new hashes, never shuffled.
     */
    public Dataset<Row> keysOfAcceptedSharedWith(Dataset<Row> accepted, Dataset<Row> checkedKeys) {
        Dataset<Row> newHashes = checkedKeys.filter(col(KEY_HASH).isNotNull()).select(col(KEY_HASH));
        return keysOfAccepted(accepted).join(broadcast(newHashes), KEY_HASH, "left_semi");
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
        Dataset<Row> marked = duplicates.isEmpty()
                ? checked.withColumn(DUPLICATE_MOTIF, lit(null).cast("string"))
                : checked.join(broadcast(duplicates), matches, "left");
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
            List<String> keyNames = new ArrayList<>();
            List<Column> selected = new ArrayList<>();
            Column joinCondition = lit(true);
            for (int k = 0; k < reference.columns().size(); k++) {
                String keyName = "_key_" + i + "_" + k;
                keyNames.add(keyName);
                selected.add(col(reference.targetColumns().get(k)).as(keyName));
                joinCondition = joinCondition.and(col(reference.columns().get(k)).equalTo(col(keyName)));
            }
            selected.add(lit(true).as(RawColumns.found(i)));
            for (String carried : reference.carried()) {
                selected.add(col(carried).as(RawColumns.carried(reference.target().code(), carried)));
            }
            Dataset<Row> target = acceptedOf.apply(reference.target())
                    .select(selected.toArray(Column[]::new))
                    .dropDuplicates(keyNames.toArray(String[]::new));
            result = result.join(broadcast(target), joinCondition, "left").drop(keyNames.toArray(String[]::new));
        }
        return result;
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

    private Column referenceMotif() {
        List<Column> motifs = new ArrayList<>();
        List<Reference> references = rules.references();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            Column allFilled = lit(true);
            List<Column> shown = new ArrayList<>();
            for (String column : reference.columns()) {
                allFilled = allFilled.and(col(column).isNotNull());
                shown.add(col(column));
            }
            Column value = concat_ws(", ", shown.toArray(Column[]::new));
            String names = String.join(", ", reference.columns());
            motifs.add(when(allFilled.and(col(RawColumns.found(i)).isNull()),
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
