package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.spark.TestSpark;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a job's ledger and the published version say when its work, or what follows publication, fails. */
class PublisherTest {
    @TempDir
    Path tmp;

    private final Publisher publisher = new Publisher(TestSpark.session(),
            new StageLog(new PrintStream(OutputStream.nullOutputStream()), false), "test");

    @Test
    void aFailureAfterPublicationLeavesTheVersionPublishedAndSaysWhyInItsLedger() throws Exception {
        String warehouse = tmp.resolve("entrepot").toString();
        String first = publisher.publish(warehouse, "run", Map.of(), 3, PublisherTest::nothing, Optional.empty());

        IOException failure = assertThrows(IOException.class, () -> publisher.publish(warehouse, "run", Map.of(), 3,
                PublisherTest::nothing, Optional.of(published -> {
                    throw new IOException("disque plein");
                })));

        Warehouse opened = new Warehouse(warehouse);
        String second = opened.publishedRunId().orElseThrow();
        assertNotEquals(first, second, "the second run's version is published");
        RunLedger ledger = opened.ledger(second).orElseThrow();
        assertEquals(RunLedger.Status.SUCCESS, ledger.status());
        assertTrue(ledger.message().endsWith(failure.getMessage()), ledger.message());
    }

    @Test
    void aFailureOfTheWorkPublishesNothingAndRecordsTheFailure() throws Exception {
        String warehouse = tmp.resolve("entrepot").toString();
        String first = publisher.publish(warehouse, "run", Map.of(), 3, PublisherTest::nothing, Optional.empty());

        assertThrows(IllegalStateException.class, () -> publisher.publish(warehouse, "run", Map.of(), 3,
                (runId, version, ledger) -> {
                    throw new IllegalStateException("lecture impossible");
                }, Optional.empty()));

        Warehouse opened = new Warehouse(warehouse);
        assertEquals(first, opened.publishedRunId().orElseThrow());
        RunLedger failed = opened.ledgers().stream().filter(l -> l.status() == RunLedger.Status.FAILED)
                .findFirst().orElseThrow();
        assertEquals("lecture impossible", failed.message());
    }

    private static void nothing(String runId, fr.ush.vigie.warehouse.WarehouseVersion version,
            Publisher.LedgerDraft ledger) {
    }
}
