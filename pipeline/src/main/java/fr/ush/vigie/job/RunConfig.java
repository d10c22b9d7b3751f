package fr.ush.vigie.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parameters of a run that writes the warehouse, as parsed from the command line.
 *
 * @param input         input folder (any Hadoop URI)
 * @param warehouse     warehouse folder
 * @param out           reports folder; empty for {@code ingest}
 * @param campagne      campaign of the reports; empty = the latest
 * @param maxRejectRate highest reject rate a source may have
 */
public record RunConfig(String input, String warehouse, Optional<String> out, Optional<String> campagne,
        double maxRejectRate) {
    private static final Pattern CAMPAGNE = Pattern.compile("\\d{4}-S[12]");

    public static RunConfig ingest(String input, String warehouse, double maxRejectRate) {
        return new RunConfig(input, warehouse, Optional.empty(), Optional.empty(), maxRejectRate);
    }

    public static RunConfig run(String input, String warehouse, String out, Optional<String> campagne,
            double maxRejectRate) throws UsageException {
        if (campagne.isPresent() && !CAMPAGNE.matcher(campagne.get()).matches()) {
            throw new UsageException("--campagne : campagne AAAA-S1 ou AAAA-S2 attendue, lu « " + campagne.get() + " »");
        }
        return new RunConfig(input, warehouse, Optional.of(out), campagne, maxRejectRate);
    }

    /** As recorded in the run ledger. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("input", input);
        parameters.put("warehouse", warehouse);
        out.ifPresent(o -> parameters.put("out", o));
        campagne.ifPresent(c -> parameters.put("campagne", c));
        parameters.put("max_reject_rate", Double.toString(maxRejectRate));
        return parameters;
    }
}
