package fr.ush.vigie.ingest.validate;

import fr.ush.vigie.model.Source;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The six rules of reference.md section 3 for one source, in three steps so that the caller can keep each
 * result before the next reads it: {@link #check} (rules 1 to 5, row by row, {@link RowRules}), {@link #duplicates}
 * (rule 6, across rows, {@link DuplicateKeys}) and {@link #classify} (the verdict of each row, {@link Verdicts}).
 * {@link #validate} chains them.
 *
 * <p>Input: {@code fichier, ligne, erreur_structure} and the source's canonical columns as raw text. Output of
 * {@link #classify}: {@code fichier, ligne}, the typed canonical columns, {@code code_motif} and {@code motif} (null
 * for an accepted row) and {@code enregistrement} (the raw record, for the rejects table; null for an accepted
 * row). Every input row is in the output exactly once.
 */
public final class SourceValidator {
    /** Set by the readers when a row's structure is broken (rule 1). */
    public static final String ERREUR_STRUCTURE = "erreur_structure";
    /** In the result of {@link #duplicates}: the file of the rejected duplicate. */
    public static final String DUPLICATE_FICHIER = RawColumns.DUPLICATE_FICHIER;
    /**
     * Beyond this many row keys found in several input rows (a long file repeats the autodiagnostic on every
     * line), the duplicates are looked for among all rows' hashed keys instead.
     */
    static final int MAX_ROW_KEYS_BROADCAST = 100_000;

    private final RowRules rowRules;
    private final DuplicateKeys duplicateKeys;
    private final Verdicts verdicts;

    public SourceValidator(Source source) {
        this(source, ValidationRules.forSource(source), MAX_ROW_KEYS_BROADCAST);
    }

    /** @param maxRowKeysBroadcast see {@link #MAX_ROW_KEYS_BROADCAST} (tests make it small) */
    SourceValidator(Source source, SourceRules rules, int maxRowKeysBroadcast) {
        this.rowRules = new RowRules(source, rules);
        this.duplicateKeys = new DuplicateKeys(source, maxRowKeysBroadcast);
        this.verdicts = new Verdicts(source);
    }

    /**
     * The three steps in one plan.
     *
     * @param acceptedOf the accepted (validated, code_motif null) rows of a source referred to
     */
    public Dataset<Row> validate(Dataset<Row> raw, Function<Source, Dataset<Row>> acceptedOf) {
        Dataset<Row> checked = check(raw, acceptedOf);
        return classify(checked, duplicates(checked));
    }

    /** Rules 1 to 5 (see {@link RowRules}). */
    public Dataset<Row> check(Dataset<Row> raw, Function<Source, Dataset<Row>> acceptedOf) {
        return rowRules.check(raw, acceptedOf);
    }

    /** Rule 6 over checked rows. */
    public Dataset<Row> duplicates(Dataset<Row> checked) {
        return duplicateKeys.duplicates(checked);
    }

    /** The verdict of each checked row, given its duplicates. */
    public Dataset<Row> classify(Dataset<Row> checked, Dataset<Row> duplicates) {
        return verdicts.classify(checked, duplicates);
    }
}
