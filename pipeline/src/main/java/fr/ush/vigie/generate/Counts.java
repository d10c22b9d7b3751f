package fr.ush.vigie.generate;

import fr.ush.vigie.ingest.validate.ReasonCode;
import fr.ush.vigie.model.Source;
import java.util.EnumMap;
import java.util.Map;

/** Tallies of what was written, turned into the {@link GeneratorSummary}. */
final class Counts {
    private final Map<Source, Integer> files = new EnumMap<>(Source.class);
    private final Map<Source, Long> rows = new EnumMap<>(Source.class);
    private final Map<AutodiagnosticShape, Integer> shapes = new EnumMap<>(AutodiagnosticShape.class);
    private final Map<Source, Map<ReasonCode, Long>> badRows = new EnumMap<>(Source.class);
    private long autodiagnostics;

    void file(Source source) {
        files.merge(source, 1, Integer::sum);
        rows.putIfAbsent(source, 0L);
    }

    void add(Source source, long count) {
        rows.merge(source, count, Long::sum);
    }

    /** The rows of a finished single-file source, and the bad rows among them. */
    void written(Source source, CsvWriter csv) {
        add(source, csv.rows());
        if (csv.badRows() != null) {
            badRows(csv.badRows());
        }
    }

    void shape(AutodiagnosticShape shape) {
        shapes.merge(shape, 1, Integer::sum);
        file(Source.AUTODIAGNOSTICS);
    }

    void autodiagnostic() {
        autodiagnostics++;
    }

    /** The rows a source's injector added, by the rule they break. */
    void badRows(BadRows injected) {
        if (!injected.injected().isEmpty()) {
            badRows.computeIfAbsent(injected.source(), s -> new EnumMap<>(ReasonCode.class))
                    .putAll(injected.injected());
        }
    }

    GeneratorSummary summary() {
        for (AutodiagnosticShape shape : AutodiagnosticShape.values()) {
            shapes.putIfAbsent(shape, 0);
        }
        return new GeneratorSummary(files, rows, shapes, autodiagnostics, badRows);
    }
}
