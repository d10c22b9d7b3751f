package fr.ush.vigie.ingest.validate;

/**
 * Why a row is rejected (reference.md section 3), declared in precedence order: when a row breaks several rules,
 * the first in this order is its reason.
 */
public enum ReasonCode {
    /** A value that cannot be read as its type, or a row with the wrong number of fields. */
    PARSE_ERROR,
    /** A required field is empty. */
    REQUIRED_MISSING,
    /** A value outside its allowed range. */
    OUT_OF_RANGE,
    /** A key that its (accepted) reference rows lack. */
    UNKNOWN_REFERENCE,
    /** Dates in the wrong order. */
    INCONSISTENT_DATES,
    /** A key already seen in an earlier accepted row. */
    DUPLICATE_KEY
}
