package fr.ush.vigie.cli;

import fr.ush.vigie.job.UsageException;
import picocli.CommandLine.Option;

/** {@code --max-reject-rate R}: the highest share of rejected rows a source may have. */
final class RejectRateOption {
    @Option(names = "--max-reject-rate", paramLabel = "R", defaultValue = "0.05",
            description = "Taux de rejet maximal par source, entre 0 et 1 (défaut : ${DEFAULT-VALUE}).")
    private double maxRejectRate;

    double value() throws UsageException {
        if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
            throw new UsageException("--max-reject-rate : nombre entre 0 et 1 attendu, lu " + maxRejectRate);
        }
        return maxRejectRate;
    }
}
