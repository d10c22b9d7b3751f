package fr.ush.vigie.ingest.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The cell rules shared by every format: values are trimmed and an empty cell is null (reference.md section 2). */
final class Cells {

    private Cells() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        return value.isEmpty() ? null : value;
    }

    /** The cleaned field at a header position; a short row simply has nothing there. */
    static String at(List<String> fields, int position) {
        return position >= 0 && position < fields.size() ? clean(fields.get(position)) : null;
    }

    /** Record cells may be null, which {@code List.of} refuses; the result stays serializable for Spark. */
    static List<String> champs(String[] values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
