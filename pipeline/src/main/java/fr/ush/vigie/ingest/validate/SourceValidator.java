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

import fr.ush.vigie.ingest.validate.SourceRules.Check;
import fr.ush.vigie.ingest.validate.SourceRules.Reference;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.ColumnSpec;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Applies the six rules of CONTRACT section 3 to one source, as Spark expressions over the whole dataset.
 *
 * <p>Input: {@code fichier, ligne, erreur_structure} and the source's canonical columns as raw text.
 * Output: {@code fichier, ligne}, the typed canonical columns, {@code code_motif} and {@code motif} (null for an
 * accepted row) and {@code enregistrement} (the raw record, for the rejects table). Every input row is in the
 * output exactly once.
 */
public final class SourceValidator {
    public static final String ERREUR_STRUCTURE = "erreur_structure";

    private static final String MOTIF_PREFIX = "_motif_";
    private static final String VALID_SO_FAR = "_valide_1_5";

    private final Source source;
    private final SourceRules rules;

    public SourceValidator(Source source) {
        this(source, ValidationRules.forSource(source));
    }

    SourceValidator(Source source, SourceRules rules) {
        this.source = source;
        this.rules = rules;
    }

    /**
     * @param raw        the source's raw rows
     * @param acceptedOf the accepted (validated, code_motif null) rows of an earlier source
     */
    public Dataset<Row> validate(Dataset<Row> raw, Function<Source, Dataset<Row>> acceptedOf) {
        Dataset<Row> checked = joinReferences(readTypes(raw), acceptedOf).select(
                col("*"),
                parseMotif().as(motifColumn(ReasonCode.PARSE_ERROR)),
                requiredMotif().as(motifColumn(ReasonCode.REQUIRED_MISSING)),
                firstBroken(rules.ranges()).as(motifColumn(ReasonCode.OUT_OF_RANGE)),
                referenceMotif().as(motifColumn(ReasonCode.UNKNOWN_REFERENCE)),
                firstBroken(rules.dates()).as(motifColumn(ReasonCode.INCONSISTENT_DATES)));
        return classify(markDuplicates(checked));
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

    /** Among rows that pass rules 1 to 5, a key seen before (files then lines in order) is DUPLICATE_KEY. */
    private Dataset<Row> markDuplicates(Dataset<Row> checked) {
        Column validSoFar = lit(true);
        for (ReasonCode code : ReasonCode.values()) {
            if (code != ReasonCode.DUPLICATE_KEY) {
                validSoFar = validSoFar.and(col(motifColumn(code)).isNull());
            }
        }
        List<Column> partition = new ArrayList<>();
        partition.add(col(VALID_SO_FAR));
        source.keyColumns().forEach(k -> partition.add(col(k)));
        WindowSpec byKeyInFileOrder = Window.partitionBy(partition.toArray(Column[]::new))
                .orderBy(col(Col.FICHIER), col(Col.LIGNE));
        Column keyShown = concat_ws(", ", source.keyColumns().stream().map(k -> col(k)).toArray(Column[]::new));
        Column duplicate = col(VALID_SO_FAR).and(row_number().over(byKeyInFileOrder).gt(1));
        Column firstFichier = first(col(Col.FICHIER)).over(byKeyInFileOrder);
        Column firstLigne = first(col(Col.LIGNE)).over(byKeyInFileOrder);
        return checked.select(col("*"), validSoFar.as(VALID_SO_FAR))
                .select(col("*"), when(duplicate, concat(
                        lit("clé (" + String.join(", ", source.keyColumns()) + ") = ("), keyShown,
                        lit(") déjà vue : "), firstFichier, lit(", ligne "), firstLigne.cast("string")))
                        .as(motifColumn(ReasonCode.DUPLICATE_KEY)));
    }

    /** The first broken rule in precedence order gives the reason; the working columns are dropped. */
    private Dataset<Row> classify(Dataset<Row> marked) {
        Column code = lit(null).cast("string");
        Column motif = lit(null).cast("string");
        ReasonCode[] codes = ReasonCode.values();
        for (int i = codes.length - 1; i >= 0; i--) {
            Column broken = col(motifColumn(codes[i]));
            code = when(broken.isNotNull(), lit(codes[i].name())).otherwise(code);
            motif = when(broken.isNotNull(), broken).otherwise(motif);
        }
        List<Column> output = new ArrayList<>();
        output.add(col(Col.FICHIER));
        output.add(col(Col.LIGNE));
        source.columnNames().forEach(c -> output.add(col(c)));
        output.add(code.as(Col.CODE_MOTIF));
        output.add(motif.as(Col.MOTIF));
        output.add(concat_ws(" ; ", source.columnNames().stream()
                .map(c -> concat(lit(c + "="), coalesce(col(RawColumns.raw(c)), lit(""))))
                .toArray(Column[]::new)).as(Col.ENREGISTREMENT));
        return marked.select(output.toArray(Column[]::new));
    }

    private static String motifColumn(ReasonCode code) {
        return MOTIF_PREFIX + code.name().toLowerCase(java.util.Locale.ROOT);
    }
}
