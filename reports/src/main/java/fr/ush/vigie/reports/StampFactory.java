package fr.ush.vigie.reports;

import fr.ush.vigie.warehouse.Sha256;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The reproducibility stamp of a generation. */
final class StampFactory {
    private StampFactory() {
    }

    static Stamp of(RunInfo run, Instant generatedAt) {
        List<RunInfo.Input> inputs = run.inputs().stream().sorted(Comparator.comparing(RunInfo.Input::path)).toList();
        StringBuilder digests = new StringBuilder();
        inputs.forEach(i -> digests.append(i.path()).append('\t').append(i.sha256()).append('\n'));
        List<String> parameters = run.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue()).toList();
        return new Stamp(run.runId(), sha256(digests.toString()),
                inputs.stream().map(i -> new Stamp.InputDigest(i.path(), i.sha256())).toList(), run.version(),
                parameters, FrenchFormat.dateTime(generatedAt));
    }

    private static String sha256(String text) {
        return Sha256.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
