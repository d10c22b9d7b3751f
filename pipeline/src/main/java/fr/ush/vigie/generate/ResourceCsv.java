package fr.ush.vigie.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import fr.ush.vigie.ingest.read.CsvRow;
import fr.ush.vigie.ingest.read.CsvTokenizer;

/**
 * Reads the small UTF-8 reference files bundled with the generator (geography, default grid), with the ingest's
 * RFC 4180 tokenizer.
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
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            CsvTokenizer tokenizer = new CsvTokenizer(reader, separator);
            CsvRow first = tokenizer.next();
            if (first == null) {
                throw new IllegalStateException("empty resource " + resource);
            }
            List<String> header = new ArrayList<>();
            for (String name : first.fields()) {
                header.add(stripBom(name).trim().toLowerCase(Locale.ROOT));
            }
            List<String[]> rows = new ArrayList<>();
            for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
                rows.add(row.fields().stream().map(String::trim).toArray(String[]::new));
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
}
