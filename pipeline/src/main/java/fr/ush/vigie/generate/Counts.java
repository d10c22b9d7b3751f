package fr.ush.vigie.generate;

import fr.ush.vigie.model.Source;
import java.util.EnumMap;
import java.util.Map;

/** Tallies of what was written, turned into the {@link GeneratorSummary}. */
final class Counts {
    private final Map<Source, Integer> files = new EnumMap<>(Source.class);
    private final Map<Source, Long> rows = new EnumMap<>(Source.class);
    private final Map<AutodiagnosticShape, Integer> shapes = new EnumMap<>(AutodiagnosticShape.class);
    private long autodiagnostics;

    void file(Source source) {
        files.merge(source, 1, Integer::sum);
        rows.putIfAbsent(source, 0L);
    }

    void add(Source source, long count) {
        rows.merge(source, count, Long::sum);
    }

    void shape(AutodiagnosticShape shape) {
        shapes.merge(shape, 1, Integer::sum);
        file(Source.AUTODIAGNOSTICS);
    }

    void autodiagnostic() {
        autodiagnostics++;
    }

    GeneratorSummary summary() {
        for (AutodiagnosticShape shape : AutodiagnosticShape.values()) {
            shapes.putIfAbsent(shape, 0);
        }
        return new GeneratorSummary(files, rows, shapes, autodiagnostics);
    }
}
