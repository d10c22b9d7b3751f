package fr.ush.vigie.warehouse;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code vigie restaurer}: publishes a kept version again, as a run of its own. It holds the lock like any run
 * (refused while another holds it), cleans what killed runs left, swaps the published version in one atomic step
 * and writes its ledger: command {@code restaurer}, the restored run in {@code restored_run_id}, and that run's
 * inputs and marts, which are what is published again. No version is deleted.
 */
public final class Restoration {
    /** The value of {@code command} in a restoration's ledger. */
    public static final String COMMAND = "restaurer";

    private final Warehouse warehouse;
    private final String softwareVersion;

    /** @param softwareVersion the Vigie version, recorded in the ledger */
    public Restoration(Warehouse warehouse, String softwareVersion) {
        this.warehouse = warehouse;
        this.softwareVersion = softwareVersion;
    }

    /** What a call did: the restoration's own run, or none when the version was already the published one. */
    public record Outcome(String restoredRunId, Optional<String> restorationRunId) {
    }

    /**
     * @throws UnknownVersionException {@code runId} names no kept version (nothing changed)
     * @throws WarehouseBusyException  another run holds the warehouse (nothing changed)
     */
    public Outcome restore(String runId) throws WarehouseException, IOException {
        // Checked before locking, for an immediate answer; checked again under the lock by the republication.
        warehouse.keptVersion(runId);
        if (warehouse.publishedRunId().filter(runId::equals).isPresent()) {
            return new Outcome(runId, Optional.empty());
        }
        Instant startedAt = Instant.now();
        String restorationRunId = RunIds.next(startedAt);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("warehouse", warehouse.toString());
        parameters.put("run", runId);
        try (RunLock lock = warehouse.lock(restorationRunId)) {
            warehouse.cleanLeftovers();
            RunLedger ledger = new RunLedger(restorationRunId, startedAt, null, RunLedger.Status.FAILED,
                    softwareVersion, parameters, null, null, null, null).withCommand(COMMAND)
                    .withRestoredRunId(runId);
            try {
                RunLedger restored = warehouse.ledger(runId).orElse(null);
                if (restored != null) {
                    ledger = ledger.withInputs(restored.inputs()).withMarts(restored.marts());
                }
                Instant publishedAt = warehouse.republish(restorationRunId, runId);
                warehouse.writeLedger(ledger.withPublishedAt(publishedAt)
                        .finished(Instant.now(), RunLedger.Status.SUCCESS, null));
                return new Outcome(runId, Optional.of(restorationRunId));
            } catch (IOException | WarehouseException | RuntimeException failure) {
                warehouse.writeLedger(ledger.finished(Instant.now(), RunLedger.Status.FAILED, failure.getMessage()));
                throw failure;
            }
        }
    }
}
