package fr.ush.vigie.ingest.read;

import java.util.List;

/**
 * One record of a text file as tokenized, before any mapping to columns.
 *
 * @param ligne  physical line where the record starts (1-based)
 * @param fields the raw fields, quotes removed, not trimmed
 * @param erreur null, or why the record is structurally broken (unclosed quote, too long)
 */
public record CsvRow(long ligne, List<String> fields, String erreur) {
}
