package fr.ush.vigie.warehouse;

/** The folder exists and holds something else than a Vigie warehouse: it is left untouched. */
public final class WarehouseLayoutException extends WarehouseException {
    private static final long serialVersionUID = 1L;

    public WarehouseLayoutException(String message) {
        super(message);
    }
}
