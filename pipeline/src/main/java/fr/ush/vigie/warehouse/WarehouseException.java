package fr.ush.vigie.warehouse;

/**
 * The warehouse folder cannot be used as asked (exit code 2): it is held by another run, or it is not a Vigie
 * warehouse. The message, in French, says why and by whom.
 */
public class WarehouseException extends Exception {
    private static final long serialVersionUID = 1L;

    public WarehouseException(String message) {
        super(message);
    }
}
