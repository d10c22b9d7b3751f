package fr.ush.vigie.job;

/** An argument or parameter file the job cannot use (exit code 2); the message says what was expected. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
