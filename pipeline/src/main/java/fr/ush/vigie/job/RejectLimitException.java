package fr.ush.vigie.job;

import fr.ush.vigie.ingest.FileCounts;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Some source's reject rate is strictly over the limit (exit code 3): nothing is published. */
public final class RejectLimitException extends Exception {
    private static final long serialVersionUID = 1L;

    public RejectLimitException(List<FileCounts> overLimit, double maxRate) {
        super(overLimit.stream().map(c -> String.format(Locale.FRANCE,
                "%s : %d lignes rejetées sur %d lues (%.2f %%), limite %.2f %%", c.source().code(), c.rejetees(),
                c.lues(), 100.0 * c.rejetees() / c.lues(), 100 * maxRate))
                .collect(Collectors.joining("\n", "taux de rejet au-dessus de la limite, rien n'est publié :\n", "")));
    }
}
