package fr.ush.vigie.warehouse;

import java.time.Instant;
import java.util.Optional;

/**
 * A version a reader can still open ({@link Warehouse#keptVersions()}).
 *
 * @param runId      the run that wrote it: its folder is {@code _versions/<run_id>}
 * @param ledger     that run's ledger; empty when the run was killed between publishing and writing it
 * @param restoredBy the {@code vigie restaurer} run that last published it again, if that is its latest publication
 * @param published  whether it is the published version
 */
public record KeptVersion(String runId, Optional<RunLedger> ledger, Optional<RunLedger> restoredBy,
        boolean published) {

    /** When the run that wrote it published it. */
    public Optional<Instant> publishedAt() {
        return ledger.flatMap(RunLedger::publicationTime);
    }
}
