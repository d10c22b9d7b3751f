package fr.ush.vigie.generate;

import fr.ush.vigie.ingest.validate.ReasonCode;
import fr.ush.vigie.model.Source;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@link Generator#generate} wrote.
 *
 * @param files               files per source (autodiagnostics: one per organisme and campaign)
 * @param rows                data rows per source, counted as the ingest counts them (an autodiagnostic
 *                            gives one row per assessed indicator, whatever its file's shape)
 * @param autodiagnosticFiles autodiagnostics files per shape
 * @param autodiagnostics     autodiagnostics (filled-in grids), re-assessments included, bad ones excluded
 * @param badRows             rows injected by {@code --bad-rows} (included in {@code rows}), per source and
 *                            broken rule, counted as the ingest counts them: the rejects validation must find
 */
public record GeneratorSummary(Map<Source, Integer> files, Map<Source, Long> rows,
                               Map<AutodiagnosticShape, Integer> autodiagnosticFiles, long autodiagnostics,
                               Map<Source, Map<ReasonCode, Long>> badRows) {

    public GeneratorSummary {
        files = Collections.unmodifiableMap(new EnumMap<>(files));
        rows = Collections.unmodifiableMap(new EnumMap<>(rows));
        autodiagnosticFiles = Collections.unmodifiableMap(new EnumMap<>(autodiagnosticFiles));
        Map<Source, Map<ReasonCode, Long>> copy = new EnumMap<>(Source.class);
        badRows.forEach((source, byReason) -> copy.put(source, Collections.unmodifiableMap(new EnumMap<>(byReason))));
        badRows = Collections.unmodifiableMap(copy);
    }

    public int totalFiles() {
        return files.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line per source, then the shapes: for the command line. */
    public String describe() {
        StringJoiner lines = new StringJoiner(System.lineSeparator());
        rows.forEach((source, count) -> lines.add(String.format("%-16s %5d fichier(s) %10d ligne(s)",
                source.code(), files.getOrDefault(source, 0), count)));
        lines.add(String.format("%-16s %28d", "grilles saisies", autodiagnostics));
        StringJoiner shapes = new StringJoiner(", ", "formes : ", "");
        autodiagnosticFiles.forEach((shape, count) -> shapes.add(shape.name() + "=" + count));
        lines.add(shapes.toString());
        badRows.forEach((source, byReason) -> {
            StringJoiner reasons = new StringJoiner(", ", String.format("%-16s lignes fautives : ", source.code()), "");
            byReason.forEach((reason, count) -> reasons.add(reason.name() + "=" + count));
            lines.add(reasons.toString());
        });
        return lines.toString();
    }
}
