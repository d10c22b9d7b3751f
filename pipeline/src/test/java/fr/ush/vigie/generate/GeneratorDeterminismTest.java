package fr.ush.vigie.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorDeterminismTest {

    @Test
    void sameArgumentsGiveByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        new Generator().generate(new GeneratorConfig(first, 60, 4, 7));
        new Generator().generate(new GeneratorConfig(second, 60, 4, 7));

        assertSameTree(first, second);
        assertTrue(files(first).stream().anyMatch(f -> f.endsWith(".xlsx")), "the small run has a workbook too");
    }

    @Test
    void anotherSeedGivesAnotherDataset(@TempDir Path first, @TempDir Path second) throws IOException {
        new Generator().generate(new GeneratorConfig(first, 60, 4, 7));
        new Generator().generate(new GeneratorConfig(second, 60, 4, 8));

        assertTrue(Files.mismatch(first.resolve("reference/sites.csv"), second.resolve("reference/sites.csv")) >= 0,
                "the sites depend on the seed");
        assertEquals(-1, Files.mismatch(first.resolve("reference/communes.csv"),
                second.resolve("reference/communes.csv")), "the geography does not depend on the seed");
    }

    @Test
    void regeneratingReplacesEarlierOutputAndKeepsForeignFiles(@TempDir Path reused, @TempDir Path fresh)
            throws IOException {
        new Generator().generate(new GeneratorConfig(reused, 60, 4, 7));
        Files.writeString(reused.resolve("README.md"), "notes");
        Files.writeString(reused.resolve("reference/seuils.properties"), "gravite.crise=55");

        new Generator().generate(new GeneratorConfig(reused, 30, 2, 7));
        new Generator().generate(new GeneratorConfig(fresh, 30, 2, 7));

        Files.delete(reused.resolve("README.md"));
        Files.delete(reused.resolve("reference/seuils.properties"));
        assertSameTree(fresh, reused);
    }

    private static void assertSameTree(Path expected, Path actual) throws IOException {
        List<String> expectedFiles = files(expected);
        assertEquals(expectedFiles, files(actual));
        for (String file : expectedFiles) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file);
        }
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
