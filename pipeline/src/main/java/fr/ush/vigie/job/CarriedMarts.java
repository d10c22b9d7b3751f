package fr.ush.vigie.job;

import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.util.Map;

/**
 * The marts an incremental run takes from the published version as they are (hard links on a local disk), with
 * their row counts from its ledger: those computed from sources whose files are all unchanged, by the same Vigie
 * version, so computing them again would give the same rows.
 *
 * @param from the published version; null when nothing is carried
 * @param rows the carried marts' rows, by name
 */
record CarriedMarts(WarehouseVersion from, Map<String, Long> rows) {

    CarriedMarts {
        rows = Map.copyOf(rows);
    }

    static CarriedMarts none() {
        return new CarriedMarts(null, Map.of());
    }

    boolean carries(String mart) {
        return rows.containsKey(mart);
    }

    /** Gives {@code version} the published mart; returns its rows. */
    long copyInto(WarehouseVersion version, String mart) throws IOException {
        version.copyFrom(from, "marts/" + mart);
        return rows.get(mart);
    }
}
