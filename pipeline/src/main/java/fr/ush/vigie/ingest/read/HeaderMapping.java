package fr.ush.vigie.ingest.read;

import static fr.ush.vigie.model.Col.CODE_INDICATEUR;
import static fr.ush.vigie.model.Col.NIVEAU;

import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a header (reference.md section 2): names trimmed and case-insensitive, columns in any order, extra columns
 * ignored, every required column present and none twice. For autodiagnostics it also tells the long shape from the
 * wide one. The result maps the data rows that follow.
 */
final class HeaderMapping {

    private HeaderMapping() {
    }

    /**
     * @param cells the header cells as read (null or blank for an unnamed column)
     * @throws InputFileException when a required column is missing or a column name is repeated
     */
    static RowMapper parse(Source source, String fichier, long ligne, List<String> cells) throws InputFileException {
        List<String> names = new ArrayList<>(cells.size());
        for (String cell : cells) {
            String name = Cells.clean(cell);
            names.add(name == null ? "" : name.toLowerCase(Locale.ROOT));
        }
        checkNoDuplicate(source, fichier, ligne, names);
        if (isWide(source, names)) {
            return wide(fichier, ligne, cells, names);
        }
        checkRequired(fichier, ligne, names, source.headerColumns(), String.join(", ", source.headerColumns()));
        List<String> canonical = source.columnNames();
        int[] positions = canonical.stream().mapToInt(names::indexOf).toArray();
        return new CanonicalRowMapper(fichier, names.size(), positions);
    }

    /** What a header of this source must hold, as told to the user. */
    static String expectedHeader(Source source) {
        String longForm = String.join(", ", source.headerColumns());
        return source == Source.AUTODIAGNOSTICS ? longForm + " ; ou, en forme large, " + wideExpectedHeader() : longForm;
    }

    private static String wideExpectedHeader() {
        return String.join(", ", Source.WIDE_FIXED_COLUMNS) + " puis une colonne par code_indicateur";
    }

    /** Only the long shape has a column for the indicator code or its level. */
    private static boolean isWide(Source source, List<String> names) {
        return source == Source.AUTODIAGNOSTICS && !names.contains(CODE_INDICATEUR) && !names.contains(NIVEAU);
    }

    private static RowMapper wide(String fichier, long ligne, List<String> cells, List<String> names)
            throws InputFileException {
        checkRequired(fichier, ligne, names, Source.WIDE_FIXED_COLUMNS, wideExpectedHeader());
        int[] fixed = Source.WIDE_FIXED_COLUMNS.stream().mapToInt(names::indexOf).toArray();
        List<Integer> indicatorPositions = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int position = 0; position < names.size(); position++) {
            if (!Source.WIDE_FIXED_COLUMNS.contains(names.get(position))) {
                indicatorPositions.add(position);
                // The code keeps the header's case: it must match grille.csv as written there.
                codes.add(Cells.clean(cells.get(position)));
            }
        }
        return new WideRowExpander(fichier, names.size(), fixed,
                indicatorPositions.stream().mapToInt(Integer::intValue).toArray(), codes);
    }

    private static void checkRequired(String fichier, long ligne, List<String> names, List<String> required,
                                      String expected) throws InputFileException {
        List<String> missing = required.stream().filter(column -> !names.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new InputFileException(fichier, ligne, "colonnes manquantes : " + String.join(", ", missing)
                    + " (en-tête attendu : " + expected + ")");
        }
    }

    /** Unnamed columns are not duplicates of each other: a trailing separator makes one, harmlessly. */
    private static void checkNoDuplicate(Source source, String fichier, long ligne, List<String> names)
            throws InputFileException {
        Map<String, Integer> seen = new HashMap<>();
        for (int position = 0; position < names.size(); position++) {
            String name = names.get(position);
            if (name.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(name, position);
            if (first != null) {
                throw new InputFileException(fichier, ligne, "colonne en double : " + name + " (colonnes "
                        + (first + 1) + " et " + (position + 1) + " ; en-tête attendu : "
                        + expectedHeader(source) + ")");
            }
        }
    }
}
