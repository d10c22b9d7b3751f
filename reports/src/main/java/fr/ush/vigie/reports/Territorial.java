package fr.ush.vigie.reports;

/**
 * A row of a mart split by the territory a report is scoped to ({@code appui_demandes_territoires},
 * {@code appui_missions_territoires}).
 *
 * @param dimension {@code REGION} or {@code FAMILLE}
 * @param code      the region's code or the famille
 * @param stats     the row's measures
 */
public record Territorial<T>(String dimension, String code, T stats) {
}
