package fr.ush.vigie.reports;

import java.util.List;
import java.util.Map;

/**
 * What the stamp and the data-quality section need from the run ledger.
 *
 * @param runId      the published run
 * @param version    the Vigie version that ran it
 * @param parameters its parameters, by name
 * @param inputs     its inputs
 */
public record RunInfo(String runId, String version, Map<String, String> parameters, List<Input> inputs) {

    /** One input file of the run. */
    public record Input(String path, String sha256, String source, long lignesLues, long lignesAcceptees,
            long lignesRejetees) {
    }

    public RunInfo {
        parameters = Map.copyOf(parameters);
        inputs = List.copyOf(inputs);
    }
}
