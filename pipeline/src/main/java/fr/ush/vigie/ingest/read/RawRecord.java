package fr.ush.vigie.ingest.read;

import java.io.Serializable;
import java.util.List;

/**
 * One data row of an input file, before any typing: the cells of the source's canonical columns
 * ({@link fr.ush.vigie.model.Source#columnNames()}, in that order), trimmed, an empty cell as {@code null}.
 * A wide autodiagnostics row gives one record per filled indicator cell, in the long layout.
 *
 * @param fichier         path of the file relative to the input folder, with {@code /}
 * @param ligne           line where the record starts, the header being line 1 (xlsx: the sheet row number)
 * @param champs          the canonical cells; may hold nulls
 * @param erreurStructure null, or why the row itself is unreadable (wrong number of fields, unclosed quote):
 *                        such a record is a {@code PARSE_ERROR} whatever its cells
 */
public record RawRecord(String fichier, long ligne, List<String> champs, String erreurStructure)
        implements Serializable {
}
