package fr.ush.vigie.warehouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What the lock file {@code _lock} holds: which run, which process on which host, since when.
 *
 * <p>The heartbeat is not a field but the file's last-modified time, touched every 10 seconds: touching never
 * rewrites the content, so the lock is never seen half-written, and a holder that wakes up from a long pause
 * cannot overwrite a lock that another run has taken over in the meantime.
 */
@JsonPropertyOrder({"run_id", "pid", "host", "started_at"})
public record LockInfo(
        @JsonProperty("run_id") String runId,
        @JsonProperty("pid") long pid,
        @JsonProperty("host") String host,
        @JsonProperty("started_at") Instant startedAt) {

    /**
     * A live process that started this long after the lock was written is another one that reuses the pid.
     * The JDK derives a process' start from the boot time in whole seconds: hence the margin.
     */
    private static final Duration PID_REUSE_MARGIN = Duration.ofSeconds(5);

    static LockInfo ofThisProcess(String runId) {
        return new LockInfo(runId, ProcessHandle.current().pid(), localHost(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The lock read back, or empty when the file is not a lock this version can read. */
    static Optional<LockInfo> parse(byte[] json) {
        try {
            LockInfo info = Json.MAPPER.readValue(json, LockInfo.class);
            return info.runId() == null || info.host() == null ? Optional.empty() : Optional.of(info);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    byte[] toJson() {
        try {
            return Json.MAPPER.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the process that wrote this lock runs on this host: false when it is provably gone. */
    boolean holderAliveHere() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> processStart = process.get().info().startInstant();
        return processStart.isEmpty() || startedAt == null
                || !processStart.get().isAfter(startedAt.plus(PID_REUSE_MARGIN));
    }

    /** The name this host gives itself; the same string every run, which is all a lock needs. */
    static String localHost() {
        return LocalHost.NAME;
    }

    private static final class LocalHost {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                String fromEnvironment = System.getenv("HOSTNAME");
                return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
            }
        }
    }
}
