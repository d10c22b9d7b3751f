package fr.ush.vigie.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the small UTF-8 reference files bundled with the generator (geography, default grid). They are ours,
 * one record per line, so a minimal RFC 4180 reader is enough; the real input reader is the ingest's.
 */
final class ResourceCsv {
    private final List<String> header;
    private final List<String[]> rows;

    private ResourceCsv(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    static ResourceCsv load(String resource, char separator) {
        InputStream stream = ResourceCsv.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            if (first == null) {
                throw new IllegalStateException("empty resource " + resource);
            }
            List<String> header = new ArrayList<>();
            for (String name : split(stripBom(first), separator)) {
                header.add(name.trim().toLowerCase(Locale.ROOT));
            }
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line, separator));
                }
            }
            return new ResourceCsv(List.copyOf(header), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Reads a resource as raw bytes (to copy it as-is). */
    static byte[] bytes(String resource) {
        try (InputStream stream = ResourceCsv.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("resource lacks column " + name + ": " + header);
        }
        return index;
    }

    List<String[]> rows() {
        return rows;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String[] split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells.toArray(String[]::new);
    }
}
