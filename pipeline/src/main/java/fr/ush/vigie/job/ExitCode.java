package fr.ush.vigie.job;

import fr.ush.vigie.ingest.read.InputFileException;
import fr.ush.vigie.warehouse.WarehouseException;

/** The exit codes of reference.md section 1, and which failure gives which. */
public enum ExitCode {
    SUCCESS(0),
    /** Anything not foreseen below. */
    FAILURE(1),
    /** Unusable input or arguments; also a warehouse held by another run. */
    INVALID_INPUT(2),
    /** A source's reject rate is over the limit: nothing published. */
    REJECT_LIMIT(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitCode of(Throwable failure) {
        if (failure instanceof InputFileException || failure instanceof WarehouseException
                || failure instanceof UsageException) {
            return INVALID_INPUT;
        }
        if (failure instanceof RejectLimitException) {
            return REJECT_LIMIT;
        }
        return FAILURE;
    }
}
