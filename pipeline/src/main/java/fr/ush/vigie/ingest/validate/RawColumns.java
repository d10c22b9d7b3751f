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

    static String found(int referenceIndex) {
        return "_found_" + referenceIndex;
    }
}
