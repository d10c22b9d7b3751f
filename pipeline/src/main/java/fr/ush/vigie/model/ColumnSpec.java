package fr.ush.vigie.model;

import java.io.Serializable;
import java.util.List;

/**
 * One column of an input file: its contract name, how it is read and whether it may be empty.
 *
 * @param name     the column name as written in the contract (lower case)
 * @param type     how the raw text is read
 * @param required an empty cell is {@code REQUIRED_MISSING}
 * @param allowed  the canonical spellings of an {@link ColumnType#ENUM} column, empty otherwise
 */
public record ColumnSpec(String name, ColumnType type, boolean required, List<String> allowed)
        implements Serializable {

    public ColumnSpec {
        allowed = List.copyOf(allowed);
        if ((type == ColumnType.ENUM) == allowed.isEmpty()) {
            throw new IllegalArgumentException("allowed values are for ENUM columns only: " + name);
        }
    }

    public static ColumnSpec text(String name) {
        return new ColumnSpec(name, ColumnType.TEXT, false, List.of());
    }

    public static ColumnSpec of(String name, ColumnType type) {
        return new ColumnSpec(name, type, false, List.of());
    }

    public static ColumnSpec oneOf(String name, List<String> allowed) {
        return new ColumnSpec(name, ColumnType.ENUM, false, allowed);
    }

    public ColumnSpec asRequired() {
        return new ColumnSpec(name, type, true, allowed);
    }
}
