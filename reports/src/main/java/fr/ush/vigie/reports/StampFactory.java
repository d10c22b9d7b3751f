package fr.ush.vigie.reports;

import fr.ush.vigie.warehouse.Sha256;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The reproducibility stamp of a generation, its parameters named in French. */
final class StampFactory {
    private static final Labels LABELS = new Labels();
    private static final String SEUILS = "seuils.";

    private StampFactory() {
    }

    static Stamp of(RunInfo run, Instant generatedAt) {
        List<RunInfo.Input> inputs = run.inputs().stream().sorted(Comparator.comparing(RunInfo.Input::path)).toList();
        StringBuilder digests = new StringBuilder();
        inputs.forEach(i -> digests.append(i.path()).append('\t').append(i.sha256()).append('\n'));
        List<String> parameters = run.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> LABELS.format("parametre", parameter(e.getKey()), e.getValue())).toList();
        return new Stamp(run.runId(), sha256(digests.toString()),
                inputs.stream().map(i -> new Stamp.InputDigest(i.path(), i.sha256())).toList(), run.version(),
                parameters, FrenchFormat.dateTime(generatedAt));
    }

    /** A run parameter's French name: its label, or the label of the threshold it sets. */
    static String parameter(String key) {
        return key.startsWith(SEUILS) ? LABELS.format("parametre.seuil", LABELS.code("seuil", key.substring(SEUILS.length())))
                : LABELS.code("parametre", key);
    }

    private static String sha256(String text) {
        return Sha256.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
