package fr.ush.vigie.reports;

/**
 * A key figure of a synthesis: a value, and what it compares with (the previous campaign, the national figure).
 *
 * @param label      what it measures
 * @param value      formatted value (or « n < 5 »)
 * @param comparison formatted comparison, or empty
 */
public record KeyFigure(String label, String value, String comparison) {
}
