package fr.ush.vigie.docs;

import fr.ush.vigie.fixtures.EveryReasonFixture;
import fr.ush.vigie.job.RunConfig;
import fr.ush.vigie.job.StageLog;
import fr.ush.vigie.job.VigieJob;
import fr.ush.vigie.spark.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One published warehouse for the documentation tests (data dictionary and notebooks): a whole {@code vigie run}
 * on the hand-made fixture, built once per test JVM because a run is the slow part and both tests only read it.
 */
final class FixtureWarehouse {
    private static Path warehouse;

    private FixtureWarehouse() {
    }

    static synchronized Path path() throws Exception {
        if (warehouse == null) {
            Path dir = Files.createTempDirectory("vigie-docs");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            Path input = EveryReasonFixture.write(dir.resolve("input"));
            Path built = dir.resolve("warehouse");
            VigieJob job = new VigieJob(TestSpark.session(),
                    new StageLog(new PrintStream(new ByteArrayOutputStream()), false), "test");
            // The fixture rejects most of its rows on purpose: no reject limit.
            job.run(RunConfig.run(input.toString(), built.toString(), dir.resolve("reports").toString(),
                    Optional.empty(), 1.0));
            warehouse = built;
        }
        return warehouse;
    }

    /** The documentation folder, next to the module (tests run in the module's folder). */
    static Path docs() {
        return Path.of("..", "notebooks-docs");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
