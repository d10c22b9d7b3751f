package fr.ush.vigie.job;

import fr.ush.vigie.warehouse.WarehouseVersion;
import java.io.IOException;
import java.util.Map;

/**
 * What an incremental run takes from the published version's marts instead of computing it again.
 *
 * <p>Whole marts, as they are (hard links on a local disk), with their row counts from its ledger: those
 * computed from sources whose files are all unchanged, by the same Vigie version, so computing them again would
 * give the same rows.
 *
 * <p>And, when the run only adds campaigns after every published one ({@code appending}), the published rows of
 * the per-campaign marts ({@code scores_sites} and those built on it alone): a site's situation and tendance only
 * look back, so nothing of an earlier campaign changes; only the added campaigns' rows are computed.
 *
 * @param from      the published version; null when nothing is carried
 * @param rows      the marts carried whole: their rows, by name
 * @param appending whether the per-campaign marts keep their published rows
 */
record CarriedMarts(WarehouseVersion from, Map<String, Long> rows, boolean appending) {

    CarriedMarts {
        rows = Map.copyOf(rows);
    }

    static CarriedMarts none() {
        return new CarriedMarts(null, Map.of(), false);
    }

    boolean carries(String mart) {
        return rows.containsKey(mart);
    }

    /** Gives {@code version} the published mart; returns its rows. */
    long copyInto(WarehouseVersion version, String mart) throws IOException {
        version.copyFrom(from, "marts/" + mart);
        return rows.get(mart);
    }

    /** The published version's {@code marts/<mart>} folder. */
    String published(String mart) {
        return from.uri("marts/" + mart);
    }
}
