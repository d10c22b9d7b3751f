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
import java.util.stream.Stream;

/**
 * The outlines of the 96 metropolitan départements (mapsvg.com, CC BY 4.0), in the 613 × 585 coordinate space of
 * {@code viewbox.txt}, and of the five overseas départements (Natural Earth, public domain), each in its own
 * {@code 0 0 100 100} space; both copied from {@code shared/data/maps}.
 */
public final class DepartementOutlines {
    public static final String CREDIT =
            "Fond de carte\u00A0: mapsvg.com, CC BY 4.0\u00A0; outre-mer\u00A0: Natural Earth";
    private static final String METROPOLE = "carte/departements-metropole.csv";
    private static final String OUTRE_MER = "carte/departements-outre-mer.csv";

    public static final Box FRANCE = new Box(0, 0, 613, 585);

    private static final List<Outline> METROPOLE_OUTLINES = load(METROPOLE, false);
    private static final List<Outline> OUTRE_MER_OUTLINES = load(OUTRE_MER, true);
    private static final List<Outline> ALL = Stream.concat(METROPOLE_OUTLINES.stream(), OUTRE_MER_OUTLINES.stream())
            .toList();

    /**
     * One département's outline.
     *
     * @param space the coordinate space its shape is drawn in: {@link #FRANCE} for the metropolitan départements,
     *              its own view box for an overseas one
     */
    public record Outline(String code, String nom, String region, OutlinePath shape, Box space, boolean overseas) {
        public Box box() {
            return shape.box();
        }
    }

    public record Box(double minX, double minY, double maxX, double maxY) {
        Box union(Box other) {
            return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                    Math.max(maxY, other.maxY));
        }

        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }

        boolean contains(Box other) {
            return other.minX >= minX && other.minY >= minY && other.maxX <= maxX && other.maxY <= maxY;
        }
    }

    private DepartementOutlines() {
    }

    /** Metropolitan départements, then overseas ones, each in the order of its file. */
    public static List<Outline> all() {
        return ALL;
    }

    public static List<Outline> metropole() {
        return METROPOLE_OUTLINES;
    }

    /** The five overseas départements, by code. */
    public static List<Outline> outreMer() {
        return OUTRE_MER_OUTLINES;
    }

    private static List<Outline> load(String resource, boolean overseas) {
        try (InputStream in = DepartementOutlines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ressource manquante : " + resource);
            }
            CsvTokenizer tokenizer = new CsvTokenizer(new InputStreamReader(in, StandardCharsets.UTF_8), ',');
            List<Outline> outlines = new ArrayList<>();
            tokenizer.next();
            for (CsvRow row = tokenizer.next(); row != null; row = tokenizer.next()) {
                List<String> f = row.fields();
                String path = f.get(overseas ? 4 : 3);
                outlines.add(new Outline(f.get(0), f.get(1), f.get(2), OutlinePath.parse(path),
                        overseas ? viewBox(f.get(3)) : FRANCE, overseas));
            }
            return List.copyOf(outlines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** « minX minY width height », as in an SVG {@code viewBox}. */
    private static Box viewBox(String text) {
        String[] v = text.trim().split("\\s+");
        double x = Double.parseDouble(v[0]);
        double y = Double.parseDouble(v[1]);
        return new Box(x, y, x + Double.parseDouble(v[2]), y + Double.parseDouble(v[3]));
    }
}
