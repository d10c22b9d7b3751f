package fr.ush.vigie.warehouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The run ledger {@code _runs/<run_id>.json} (CONTRACT section 5): what a run read, with which parameters and
 * software version, what it produced, and how it ended. The keys are contract; {@code stages},
 * {@code message}, {@code command}, {@code published_at}, {@code restored_run_id} and {@code reuse} are extras,
 * only written when set ({@code reuse}: when the run took something from the published version).
 *
 * @param runId      the run
 * @param startedAt  when it started
 * @param finishedAt when it ended; null while it runs
 * @param status     how it ended
 * @param version    the Vigie version that ran
 * @param parameters the run's options, by name; written sorted by name
 * @param inputs     one entry per input file
 * @param marts      rows per mart, in the order given
 * @param stages     time and rows per step
 * @param message    why the run failed or was rejected; null on success
 * @param command    the command that ran ({@code run}, {@code ingest}, {@code compute}, {@code restaurer}); null in
 *                   ledgers written before it was recorded (see {@link #commandName()})
 * @param publishedAt when the run published a version; null when it published none
 * @param restoredRunId the run whose kept version this run published again ({@code vigie restaurer}); null otherwise
 * @param reuse      what the run took from the version published before it instead of reading or computing it
 */
@JsonPropertyOrder({"run_id", "started_at", "finished_at", "status", "version", "parameters", "inputs", "marts",
        "stages", "message", "command", "published_at", "restored_run_id", "reuse"})
public record RunLedger(
        @JsonProperty("run_id") String runId,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        @JsonProperty("status") Status status,
        @JsonProperty("version") String version,
        @JsonProperty("parameters") Map<String, String> parameters,
        @JsonProperty("inputs") List<Input> inputs,
        @JsonProperty("marts") Map<String, Long> marts,
        @JsonProperty("stages") List<Stage> stages,
        @JsonProperty("message") @JsonInclude(JsonInclude.Include.NON_NULL) String message,
        @JsonProperty("command") @JsonInclude(JsonInclude.Include.NON_NULL) String command,
        @JsonProperty("published_at") @JsonInclude(JsonInclude.Include.NON_NULL) Instant publishedAt,
        @JsonProperty("restored_run_id") @JsonInclude(JsonInclude.Include.NON_NULL) String restoredRunId,
        @JsonProperty("reuse") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Reuse.Nothing.class)
        Reuse reuse) {

    public enum Status {
        SUCCESS,
        /** Stopped by an error: nothing was published. */
        FAILED,
        /** A source's reject rate was over the limit (exit 3): nothing was published. */
        REJECTED
    }

    /**
     * One input file and its reconciliation: {@code lignesLues = lignesAcceptees + lignesRejetees}.
     *
     * @param path   relative to the input folder, with {@code /}
     * @param sha256 lowercase hex digest of the file's bytes
     * @param source the file kind ({@code sites}, {@code autodiagnostics}…)
     */
    @JsonPropertyOrder({"path", "sha256", "source", "lignes_lues", "lignes_acceptees", "lignes_rejetees"})
    public record Input(
            @JsonProperty("path") String path,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("source") String source,
            @JsonProperty("lignes_lues") long lignesLues,
            @JsonProperty("lignes_acceptees") long lignesAcceptees,
            @JsonProperty("lignes_rejetees") long lignesRejetees) {
    }

    /** One step of the run: how long it took and how many rows it produced. */
    @JsonPropertyOrder({"name", "elapsed_ms", "rows"})
    public record Stage(
            @JsonProperty("name") String name,
            @JsonProperty("elapsed_ms") long elapsedMs,
            @JsonProperty("rows") long rows) {
    }

    /**
     * What a run took instead of reading or computing it again, each part equal to what reading or computing it
     * again would give, and the fingerprints by which the next run can take parts of its staging.
     *
     * @param filesReused  input files not read: their checked rows were kept by an earlier run
     * @param sources      sources whose staging table was taken as published, by code
     * @param campaigns    autodiagnostics campaigns whose staging rows were taken as published
     * @param scores       campaigns whose assessments in {@code scores_sites} were taken as published
     * @param fingerprints each part of the run's staging (a table, or a campaign's partition of the
     *                     autodiagnostics) with the fingerprint of its rows (see {@code StagingWriter.fingerprints})
     */
    @JsonPropertyOrder({"files_reused", "sources", "campaigns", "scores", "staging_fingerprints"})
    public record Reuse(
            @JsonProperty("files_reused") long filesReused,
            @JsonProperty("sources") List<String> sources,
            @JsonProperty("campaigns") List<String> campaigns,
            @JsonProperty("scores") List<String> scores,
            @JsonProperty("staging_fingerprints") Map<String, String> fingerprints) {
        /** Nothing taken: every file read, everything computed. */
        public static final Reuse NONE = new Reuse(0, List.of(), List.of(), List.of(), Map.of());

        /** For the JSON: a run that took nothing writes no {@code reuse}. */
        public static final class Nothing {
            @Override
            public boolean equals(Object value) {
                return value == null || NONE.equals(value);
            }

            @Override
            public int hashCode() {
                return 0;
            }
        }

        public Reuse {
            sources = sources == null ? List.of() : List.copyOf(sources);
            campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
            scores = scores == null ? List.of() : List.copyOf(scores);
            fingerprints = Collections.unmodifiableMap(new TreeMap<>(fingerprints == null ? Map.of() : fingerprints));
        }

        /** Nothing taken yet, but the staging's fingerprints. */
        public static Reuse fingerprinted(long filesReused, Map<String, String> fingerprints) {
            return new Reuse(filesReused, List.of(), List.of(), List.of(), fingerprints);
        }

        public Reuse withStaging(List<String> takenSources, List<String> takenCampaigns) {
            return new Reuse(filesReused, takenSources, takenCampaigns, scores, fingerprints);
        }

        public Reuse withScores(List<String> taken) {
            return new Reuse(filesReused, sources, campaigns, taken, fingerprints);
        }
    }

    public RunLedger {
        RunIds.requireValid(runId);
        Objects.requireNonNull(startedAt, "started_at");
        Objects.requireNonNull(status, "status");
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters == null ? Map.of() : parameters));
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        marts = Collections.unmodifiableMap(new LinkedHashMap<>(marts == null ? Map.of() : marts));
        stages = stages == null ? List.of() : List.copyOf(stages);
        if (restoredRunId != null) {
            RunIds.requireValid(restoredRunId);
        }
        reuse = reuse == null ? Reuse.NONE : reuse;
    }

    /** A ledger without command, publication time or restored run (set with the {@code with} methods). */
    public RunLedger(String runId, Instant startedAt, Instant finishedAt, Status status, String version,
            Map<String, String> parameters, List<Input> inputs, Map<String, Long> marts, List<Stage> stages,
            String message) {
        this(runId, startedAt, finishedAt, status, version, parameters, inputs, marts, stages, message, null, null,
                null, Reuse.NONE);
    }

    /** A ledger ended with this status and reason (null on success). */
    public RunLedger finished(Instant at, Status endStatus, String reason) {
        return new RunLedger(runId, startedAt, at, endStatus, version, parameters, inputs, marts, stages, reason,
                command, publishedAt, restoredRunId, reuse);
    }

    public RunLedger withParameters(Map<String, String> newParameters) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, newParameters, inputs, marts, stages,
                message, command, publishedAt, restoredRunId, reuse);
    }

    public RunLedger withInputs(List<Input> newInputs) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, parameters, newInputs, marts, stages,
                message, command, publishedAt, restoredRunId, reuse);
    }

    public RunLedger withMarts(Map<String, Long> newMarts) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, parameters, inputs, newMarts, stages,
                message, command, publishedAt, restoredRunId, reuse);
    }

    public RunLedger withStages(List<Stage> newStages) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, parameters, inputs, marts, newStages,
                message, command, publishedAt, restoredRunId, reuse);
    }

    public RunLedger withReuse(Reuse newReuse) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, parameters, inputs, marts, stages,
                message, command, publishedAt, restoredRunId, newReuse);
    }

    public RunLedger withCommand(String newCommand) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, parameters, inputs, marts, stages,
                message, newCommand, publishedAt, restoredRunId, reuse);
    }

    public RunLedger withPublishedAt(Instant at) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, parameters, inputs, marts, stages,
                message, command, at, restoredRunId, reuse);
    }

    public RunLedger withRestoredRunId(String restored) {
        return new RunLedger(runId, startedAt, finishedAt, status, version, parameters, inputs, marts, stages,
                message, command, publishedAt, restored, reuse);
    }

    /**
     * The command that ran; for a ledger that does not record it, the one its parameters show: {@code run} has
     * an output folder, {@code ingest} an input folder and {@code compute} neither.
     */
    public String commandName() {
        if (command != null) {
            return command;
        }
        if (parameters.containsKey("out")) {
            return "run";
        }
        return parameters.containsKey("input") ? "ingest" : "compute";
    }

    /**
     * The version this run published ({@code _versions/<run_id>}): its own, or the restored one's; empty when it
     * published nothing.
     */
    public Optional<String> publishedVersion() {
        if (status != Status.SUCCESS) {
            return Optional.empty();
        }
        return Optional.of(restoredRunId != null ? restoredRunId : runId);
    }

    /** When the run published, or for a ledger that does not record it, when it finished. */
    public Optional<Instant> publicationTime() {
        return publishedVersion().map(v -> publishedAt != null ? publishedAt : finishedAt);
    }

    /** Pretty-printed JSON, ending with a newline. */
    public String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunLedger fromJson(String json) throws IOException {
        return Json.MAPPER.readValue(json, RunLedger.class);
    }

    static RunLedger fromJson(byte[] json) throws IOException {
        return fromJson(new String(json, StandardCharsets.UTF_8));
    }
}
