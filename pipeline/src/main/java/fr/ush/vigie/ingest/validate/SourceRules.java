package fr.ush.vigie.ingest.validate;

import fr.ush.vigie.model.Source;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The source-specific rules 3 to 5 of reference.md section 3 (rules 1, 2 and 6 follow from the column specs and
 * keys of {@link Source}).
 *
 * @param ranges     OUT_OF_RANGE checks, in the order they are reported
 * @param references UNKNOWN_REFERENCE checks against the accepted rows of earlier sources
 * @param dates      INCONSISTENT_DATES checks; may use columns carried by the references
 */
public record SourceRules(List<Check> ranges, List<Reference> references, List<Check> dates) {

    /**
     * A rule broken when {@code violated} is true; a null (a value that is missing or unreadable) breaks nothing.
     *
     * @param violated the predicate over the typed columns
     * @param motif    the reject's explanation
     */
    public record Check(Column violated, Column motif) {
    }

    /**
     * Foreign key {@code columns} must match {@code targetColumns} of an accepted row of {@code target}; the
     * {@code carried} columns of that row become available to date checks as
     * {@code RawColumns.carried(target.code(), column)}. A key with an empty column is not checked (optional
     * foreign keys; required ones are already REQUIRED_MISSING).
     */
    public record Reference(List<String> columns, Source target, List<String> targetColumns, List<String> carried) {
        public Reference {
            columns = List.copyOf(columns);
            targetColumns = List.copyOf(targetColumns);
            carried = List.copyOf(carried);
        }

        public static Reference to(String column, Source target) {
            return new Reference(List.of(column), target, List.of(column), List.of());
        }

        public Reference carrying(String column) {
            List<String> more = new java.util.ArrayList<>(carried);
            more.add(column);
            return new Reference(columns, target, targetColumns, more);
        }
    }
}
