package fr.ush.vigie.model;

/** How a raw text cell of an input file is read (reference.md section 2). */
public enum ColumnType {
    /** Kept as written (trimmed). */
    TEXT,
    /** {@code YYYY-MM-DD} or {@code DD/MM/YYYY}. */
    DATE,
    /** Whole number; a decimal written for an integer ({@code 2,0}) is a parse error. */
    INTEGER,
    /** Decimal with {@code .} or {@code ,}. */
    DECIMAL,
    /** oui/non, o/n, true/false, 1/0, vrai/faux, case-insensitive. */
    BOOLEAN,
    /** One of a fixed list, case-insensitive but accent-sensitive. */
    ENUM
}
