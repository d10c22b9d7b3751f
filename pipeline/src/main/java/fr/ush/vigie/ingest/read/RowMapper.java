package fr.ush.vigie.ingest.read;

import java.util.List;

/** Turns the fields of one data row, laid out as the file's header, into records in the canonical layout. */
interface RowMapper {

    /** The number of fields the header announces. */
    int width();

    /**
     * @param ligne           where the row starts
     * @param fields          the row's raw fields, positioned as the header's columns (may be shorter or longer)
     * @param erreurStructure null, or why the row is structurally broken: carried by every record it yields
     */
    List<RawRecord> map(long ligne, List<String> fields, String erreurStructure);

    default String fieldCountError(int read) {
        return read + (read > 1 ? " champs lus, " : " champ lu, ")
                + width() + (width() > 1 ? " attendus" : " attendu") + " (en-tête)";
    }
}
