package fr.ush.vigie.ingest.read;

import java.util.List;

/** One record per row: the canonical columns picked from their header positions (long layout, every source). */
final class CanonicalRowMapper implements RowMapper {

    private final String fichier;
    private final int width;
    /** For each canonical column, its position in the header, or -1 when the file may omit it. */
    private final int[] positions;

    CanonicalRowMapper(String fichier, int width, int[] positions) {
        this.fichier = fichier;
        this.width = width;
        this.positions = positions.clone();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public List<RawRecord> map(long ligne, List<String> fields, String erreurStructure) {
        String[] champs = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            champs[i] = Cells.at(fields, positions[i]);
        }
        return List.of(new RawRecord(fichier, ligne, Cells.champs(champs), erreurStructure));
    }
}
