package fr.ush.vigie.warehouse;

import java.util.Optional;

/** Another run holds the warehouse lock, and it is alive (or not provably dead). */
public final class WarehouseBusyException extends WarehouseException {
    private static final long serialVersionUID = 1L;

    private final transient LockInfo holder;

    public WarehouseBusyException(String message, LockInfo holder) {
        super(message);
        this.holder = holder;
    }

    /** Who holds the lock; empty when its file could not be read. */
    public Optional<LockInfo> holder() {
        return Optional.ofNullable(holder);
    }
}
