package fr.ush.vigie.reports;

import java.util.List;

/**
 * The reproducibility stamp printed in every footer: which run's data, which inputs, which software, which settings.
 *
 * @param runId         the published run the marts come from
 * @param inputsSha256  one SHA-256 over the inputs' digests (sorted by path): equal inputs, equal value
 * @param inputs        each input's path and SHA-256
 * @param version       the Vigie version
 * @param parameters    the run's parameters, « clé = valeur »
 * @param generatedAt   when the report was generated, in French
 */
public record Stamp(String runId, String inputsSha256, List<InputDigest> inputs, String version,
        List<String> parameters, String generatedAt) {

    public record InputDigest(String path, String sha256) {
    }

    public Stamp {
        inputs = List.copyOf(inputs);
        parameters = List.copyOf(parameters);
    }
}
