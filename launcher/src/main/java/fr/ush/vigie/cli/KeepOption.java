package fr.ush.vigie.cli;

import fr.ush.vigie.job.UsageException;
import fr.ush.vigie.warehouse.Warehouse;
import picocli.CommandLine.Option;

/** {@code --conserver N}: how many versions a publication keeps, its own included. */
final class KeepOption {
    @Option(names = "--conserver", paramLabel = "N", defaultValue = "" + Warehouse.DEFAULT_KEPT,
            description = "Versions conservées après la publication, celle-ci comprise : les lecteurs en cours "
                    + "finissent sur la leur, et vigie restaurer peut republier l'une d'elles (défaut : "
                    + "${DEFAULT-VALUE}).")
    private int keep;

    int value() throws UsageException {
        try {
            return Warehouse.requireKeep(keep);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
