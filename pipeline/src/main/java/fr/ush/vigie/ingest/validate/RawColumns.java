package fr.ush.vigie.ingest.validate;

import fr.ush.vigie.model.Col;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/** Names of the working columns the validator adds next to the typed ones (all dropped from its result). */
final class RawColumns {
    private static final String RAW_PREFIX = "_raw_";
    /** The reason of rules 1 to 5 ({@link RowRules}), and its motif, before duplicates are known. */
    static final String CODE_1_5 = "_code_1_5";
    static final String MOTIF_1_5 = "_motif_1_5";
    /** Hash of the key of a row passing rules 1 to 5 (null otherwise): what rule 6 counts. */
    static final String KEY_HASH = "_cle_hash";
    /** In the result of {@link DuplicateKeys#duplicates}: a column of the rejected duplicate. */
    private static final String DUPLICATE_PREFIX = "_doublon_";
    /** In the result of {@link DuplicateKeys#duplicates}: its motif, naming the key's first occurrence. */
    static final String DUPLICATE_MOTIF = DUPLICATE_PREFIX + "motif";

    private RawColumns() {
    }

    /** The untouched text of a canonical column, kept for motifs and the rejected record. */
    static String raw(String column) {
        return RAW_PREFIX + column;
    }

    /** A column carried from a referenced source (e.g. the demande's date_reception for a mission). */
    static String carried(String source, String column) {
        return "_ref_" + source + "_" + column;
    }

    /** Set when the values of a reference are found among its target's accepted rows. */
    static String found(int referenceIndex) {
        return "_found_" + referenceIndex;
    }

    /** A column ({@code fichier}, {@code ligne} or a key column) of a duplicate found by rule 6. */
    static String duplicate(String column) {
        return DUPLICATE_PREFIX + column;
    }

    /** The file of a duplicate found by rule 6. */
    static final String DUPLICATE_FICHIER = DUPLICATE_PREFIX + Col.FICHIER;

    static Column[] cols(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }
}
