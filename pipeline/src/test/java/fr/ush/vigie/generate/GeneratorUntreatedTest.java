package fr.ush.vigie.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The untreated twin of a dataset (what the coverage study measures the realised effects against): the same rows
 * everywhere, but grid levels never lower than the treated dataset's, and higher for some sites after their mission.
 */
class GeneratorUntreatedTest {

    @Test
    void onlyTheTreatedSitesLaterLevelsDiffer(@TempDir Path treated, @TempDir Path untreated) throws IOException {
        GeneratorConfig config = new GeneratorConfig(treated, 300, 6, 3);
        new Generator().generate(config);
        new Generator().generateUntreated(new GeneratorConfig(untreated, 300, 6, 3));

        for (Source source : Source.values()) {
            if (source.singleFile()) {
                assertArrayEquals(Files.readAllBytes(treated.resolve(source.path())),
                        Files.readAllBytes(untreated.resolve(source.path())), source.path());
            }
        }
        Map<String, Integer> treatedLevels = levels(GeneratedDataset.read(treated));
        Map<String, Integer> untreatedLevels = levels(GeneratedDataset.read(untreated));
        assertEquals(treatedLevels.keySet(), untreatedLevels.keySet(), "the same indicators assessed");
        int raised = 0;
        for (Map.Entry<String, Integer> level : treatedLevels.entrySet()) {
            int without = untreatedLevels.get(level.getKey());
            assertTrue(without >= level.getValue(), "a mission never raises a level: " + level.getKey());
            raised += without > level.getValue() ? 1 : 0;
        }
        assertTrue(raised > 0, "some levels were lowered by a mission");
    }

    /** Level by autodiagnostic and indicator. */
    private static Map<String, Integer> levels(GeneratedDataset dataset) {
        Map<String, Integer> levels = new HashMap<>();
        dataset.indicators.forEach(row -> levels.put(row.autodiagnosticId() + "/" + row.code(), row.niveau()));
        return levels;
    }
}
