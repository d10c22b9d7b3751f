package fr.ush.vigie.ingest.read;

import static fr.ush.vigie.model.Col.CODE_INDICATEUR;
import static fr.ush.vigie.model.Col.NIVEAU;

import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A wide autodiagnostics row (one row per site, one column per indicator, as a grid is typed in Excel) becomes one
 * long record per filled indicator cell, in header order (reference.md section 2): that is the unit the rules count and
 * reject. A row with no filled indicator yields nothing: nothing was assessed.
 */
final class WideRowExpander implements RowMapper {

    private static final Source SOURCE = Source.AUTODIAGNOSTICS;
    private static final int COLUMNS = SOURCE.columnNames().size();
    private static final int CODE_TARGET = SOURCE.indexOf(CODE_INDICATEUR);
    private static final int NIVEAU_TARGET = SOURCE.indexOf(NIVEAU);
    private static final int[] FIXED_TARGETS =
            Source.WIDE_FIXED_COLUMNS.stream().mapToInt(SOURCE::indexOf).toArray();

    private final String fichier;
    private final int width;
    /** Header positions of {@link Source#WIDE_FIXED_COLUMNS}, in that order. */
    private final int[] fixedPositions;
    private final int[] indicatorPositions;
    /** The indicator codes as written in the header (case kept); null under a blank header cell. */
    private final List<String> indicatorCodes;

    WideRowExpander(String fichier, int width, int[] fixedPositions, int[] indicatorPositions,
                    List<String> indicatorCodes) {
        this.fichier = fichier;
        this.width = width;
        this.fixedPositions = fixedPositions.clone();
        this.indicatorPositions = indicatorPositions.clone();
        this.indicatorCodes = new ArrayList<>(indicatorCodes);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public List<RawRecord> map(long ligne, List<String> fields, String erreurStructure) {
        List<RawRecord> records = new ArrayList<>();
        for (int i = 0; i < indicatorPositions.length; i++) {
            String niveau = Cells.at(fields, indicatorPositions[i]);
            if (niveau != null) {
                records.add(new RawRecord(fichier, ligne, champs(fields, indicatorCodes.get(i), niveau),
                        erreurStructure));
            }
        }
        return records;
    }

    private List<String> champs(List<String> fields, String code, String niveau) {
        String[] champs = new String[COLUMNS];
        for (int i = 0; i < fixedPositions.length; i++) {
            champs[FIXED_TARGETS[i]] = Cells.at(fields, fixedPositions[i]);
        }
        champs[CODE_TARGET] = code;
        champs[NIVEAU_TARGET] = niveau;
        return Cells.champs(champs);
    }
}
