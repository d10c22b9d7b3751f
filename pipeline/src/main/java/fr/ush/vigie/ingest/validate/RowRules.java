package fr.ush.vigie.ingest.validate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import fr.ush.vigie.ingest.validate.SourceRules.Check;
import fr.ush.vigie.ingest.validate.SourceRules.Reference;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.ColumnSpec;
import fr.ush.vigie.model.ColumnType;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rules 1 to 5 of reference.md section 3 for one source: each row checked on its own, in one narrow pass, against
 * the accepted rows of the sources it refers to (broadcast: they are small).
 *
 * <p>Input: {@code fichier, ligne, erreur_structure} and the canonical columns as raw text. Output ({@link #check}):
 * {@code fichier, ligne}, the typed columns, the raw text of those whose typed value is not the text itself (to
 * rebuild a rejected record), the code and motif of the first rule broken ({@link RawColumns#CODE_1_5},
 * {@link RawColumns#MOTIF_1_5}) and, for a row breaking none, the hash of its key ({@link RawColumns#KEY_HASH}),
 * which rule 6 counts. One output row per input row.
 */
final class RowRules {
    private static final String MOTIF_PREFIX = "_motif_";

    private final Source source;
    private final SourceRules rules;

    RowRules(Source source, SourceRules rules) {
        this.source = source;
        this.rules = rules;
    }

    /** @param acceptedOf the accepted rows (validated, {@code code_motif} null) of a source referred to */
    Dataset<Row> check(Dataset<Row> raw, Function<Source, Dataset<Row>> acceptedOf) {
        Map<ReasonCode, Column> motifs = new LinkedHashMap<>();
        motifs.put(ReasonCode.PARSE_ERROR, parseMotif());
        motifs.put(ReasonCode.REQUIRED_MISSING, requiredMotif());
        motifs.put(ReasonCode.OUT_OF_RANGE, firstBroken(rules.ranges()));
        motifs.put(ReasonCode.UNKNOWN_REFERENCE, referenceMotif());
        motifs.put(ReasonCode.INCONSISTENT_DATES, firstBroken(rules.dates()));
        List<Column> withMotifs = new ArrayList<>(List.of(col("*")));
        motifs.forEach((code, motif) -> withMotifs.add(motif.as(motifColumn(code))));
        Dataset<Row> rows = joinReferences(readTypes(raw), acceptedOf).select(withMotifs.toArray(Column[]::new));

        Column code = firstReason(motifs.keySet(), true);
        List<Column> output = new ArrayList<>();
        output.add(col(Col.FICHIER));
        output.add(col(Col.LIGNE));
        source.columnNames().forEach(c -> output.add(col(c)));
        for (ColumnSpec spec : source.columns()) {
            if (!rawIsTyped(spec)) {
                output.add(col(RawColumns.raw(spec.name())));
            }
        }
        output.add(code.as(RawColumns.CODE_1_5));
        output.add(firstReason(motifs.keySet(), false).as(RawColumns.MOTIF_1_5));
        output.add(when(code.isNull(), xxhash64(RawColumns.cols(source.keyColumns()))).as(RawColumns.KEY_HASH));
        return rows.select(output.toArray(Column[]::new));
    }

    /** Keeps each raw cell as {@code _raw_<column>} next to its typed value, in one projection. */
    private Dataset<Row> readTypes(Dataset<Row> raw) {
        List<Column> columns = new ArrayList<>();
        columns.add(col(Col.FICHIER));
        columns.add(col(Col.LIGNE));
        columns.add(col(SourceValidator.ERREUR_STRUCTURE));
        for (ColumnSpec spec : source.columns()) {
            columns.add(col(spec.name()).as(RawColumns.raw(spec.name())));
            columns.add(TypedParsing.parse(spec, col(spec.name())).as(spec.name()));
        }
        return raw.select(columns.toArray(Column[]::new));
    }

    /** The raw text of a column of a row checked by {@link #check}: the typed value itself for text. */
    static Column rawText(ColumnSpec spec) {
        return rawIsTyped(spec) ? col(spec.name()) : col(RawColumns.raw(spec.name()));
    }

    /** A text column's typed value is its raw text: no need to keep both. */
    private static boolean rawIsTyped(ColumnSpec spec) {
        return spec.type() == ColumnType.TEXT;
    }

    /** The code (or the motif) of the first rule broken among {@code ordered}, whose motifs are columns. */
    private static Column firstReason(Iterable<ReasonCode> ordered, boolean code) {
        Column reason = lit(null).cast("string");
        List<ReasonCode> reversed = new ArrayList<>();
        ordered.forEach(reversed::add);
        Collections.reverse(reversed);
        for (ReasonCode rule : reversed) {
            Column broken = col(motifColumn(rule));
            reason = when(broken.isNotNull(), code ? lit(rule.name()) : broken).otherwise(reason);
        }
        return reason;
    }

    private static String motifColumn(ReasonCode code) {
        return MOTIF_PREFIX + code.name().toLowerCase(Locale.ROOT);
    }

    /** Each reference looked up in its target: a {@link RawColumns#found} flag and the carried columns. */
    private Dataset<Row> joinReferences(Dataset<Row> typed, Function<Source, Dataset<Row>> acceptedOf) {
        Dataset<Row> result = typed;
        List<Reference> references = rules.references();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            result = result.join(broadcast(targetKeys(reference, i, acceptedOf)), referenceMatch(reference, i),
                    "left").drop(referenceKeys(reference, i));
        }
        return result;
    }

    /**
     * One row per key of the target's accepted rows, its columns renamed {@link #referenceKey}, with a
     * {@link RawColumns#found} flag and the carried columns. Accepted rows never repeat their source's key (rule
     * 6), so a reference to that key reads them as they are; only a reference to other columns is deduplicated.
     */
    private static Dataset<Row> targetKeys(Reference reference, int index, Function<Source, Dataset<Row>> acceptedOf) {
        List<Column> selected = new ArrayList<>();
        List<String> targetColumns = reference.targetColumns();
        for (int k = 0; k < targetColumns.size(); k++) {
            selected.add(col(targetColumns.get(k)).as(referenceKey(index, k)));
        }
        selected.add(lit(true).as(RawColumns.found(index)));
        for (String carried : reference.carried()) {
            selected.add(col(carried).as(RawColumns.carried(reference.target().code(), carried)));
        }
        Dataset<Row> keys = acceptedOf.apply(reference.target()).select(selected.toArray(Column[]::new));
        return targetColumns.equals(reference.target().keyColumns()) ? keys
                : keys.dropDuplicates(referenceKeys(reference, index));
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
        motifs.add(col(SourceValidator.ERREUR_STRUCTURE));
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

    /** The first reference whose values, all filled, are not found among its target's accepted rows. */
    private Column referenceMotif() {
        List<Column> motifs = new ArrayList<>();
        List<Reference> references = rules.references();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            Column value = concat_ws(", ", RawColumns.cols(reference.columns()));
            String names = String.join(", ", reference.columns());
            motifs.add(when(allFilled(reference).and(col(RawColumns.found(i)).isNull()),
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
}
