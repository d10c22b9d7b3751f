package fr.ush.vigie.ingest.validate;

/** Names of the working columns the validator adds next to the typed ones (all dropped from its result but raw). */
final class RawColumns {
    private static final String RAW_PREFIX = "_raw_";

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

    /** Set when the values of a reference are known to be absent from its target's accepted rows. */
    static String unknown(int referenceIndex) {
        return "_inconnu_" + referenceIndex;
    }
}
