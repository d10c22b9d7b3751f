package fr.ush.vigie.warehouse;

/** A run id that names no kept version of the warehouse (never run there, or its version deleted since). */
public final class UnknownVersionException extends WarehouseException {
    private static final long serialVersionUID = 1L;

    public UnknownVersionException(String message) {
        super(message);
    }
}
