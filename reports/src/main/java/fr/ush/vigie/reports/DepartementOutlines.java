package fr.ush.vigie.reports;

import fr.ush.vigie.ingest.read.CsvRow;
import fr.ush.vigie.ingest.read.CsvTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlines of the 96 metropolitan départements (mapsvg.com, CC BY 4.0, copied from {@code shared/data/maps}),
 * in the 613 × 585 coordinate space of {@code viewbox.txt}.
 */
public final class DepartementOutlines {
    public static final String CREDIT = "Fond de carte : mapsvg.com, CC BY 4.0";
    private static final String RESOURCE = "carte/departements-metropole.csv";
    private static final List<Outline> OUTLINES = load();

    /** One département's outline and bounding box. */
    public record Outline(String code, String nom, String region, String path, Box box) {
    }

    public record Box(double minX, double minY, double maxX, double maxY) {
        Box union(Box other) {
            return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                    Math.max(maxY, other.maxY));
        }
    }

    public static final Box FRANCE = new Box(0, 0, 613, 585);

    private DepartementOutlines() {
    }

    public static List<Outline> all() {
        return OUTLINES;
    }

    private static List<Outline> load() {
        try (InputStream in = DepartementOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ressource manquante : " + RESOURCE);
            }
            CsvTokenizer tokenizer = new CsvTokenizer(new InputStreamReader(in, StandardCharsets.UTF_8), ',');
            List<Outline> outlines = new ArrayList<>();
            tokenizer.next();
            for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
                List<String> f = row.fields();
                outlines.add(new Outline(f.get(0), f.get(1), f.get(2), f.get(3), boundingBox(f.get(3))));
            }
            return List.copyOf(outlines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The box of a path made of relative {@code m} moves, each followed by relative line points, and {@code z}
     * closes (the only commands the file uses): after {@code z} the pen is back at the subpath's start.
     */
    static Box boundingBox(String path) {
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean firstOfSubpath = false;
        for (String token : path.trim().split("[\\s]+")) {
            if (token.equals("m")) {
                firstOfSubpath = true;
                continue;
            }
            if (token.equalsIgnoreCase("z")) {
                x = startX;
                y = startY;
                continue;
            }
            String[] xy = token.split(",");
            x += Double.parseDouble(xy[0]);
            y += Double.parseDouble(xy[1]);
            if (firstOfSubpath) {
                startX = x;
                startY = y;
                firstOfSubpath = false;
            }
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return new Box(minX, minY, maxX, maxY);
    }
}
