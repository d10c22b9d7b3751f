package fr.ush.vigie.cli;

import fr.ush.vigie.job.ResultFormat;
import fr.ush.vigie.job.UsageException;
import java.util.Locale;

/** Reads the {@code --format} option. */
final class ResultFormats {

    private ResultFormats() {
    }

    static ResultFormat parse(String option) throws UsageException {
        try {
            return ResultFormat.valueOf(option.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format : table ou csv attendu, lu « " + option + " »");
        }
    }
}
