package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A territory's outline as closed rings of absolute points, read from an SVG path made of move-to, line-to and
 * close-path commands, absolute or relative ({@code M m L l Z z}, the only ones the outline files use), with
 * whitespace between tokens and a comma inside each point. Written back through a {@link Projection} with absolute
 * coordinates only, so that rounding a point never shifts the next one.
 */
final class OutlinePath {
    /** Each ring's points as x0, y0, x1, y1…; a ring is closed back to its first point. */
    private final List<double[]> rings;
    private final DepartementOutlines.Box box;

    private OutlinePath(List<double[]> rings) {
        this.rings = rings;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                minX = Math.min(minX, ring[i]);
                maxX = Math.max(maxX, ring[i]);
                minY = Math.min(minY, ring[i + 1]);
                maxY = Math.max(maxY, ring[i + 1]);
            }
        }
        this.box = new DepartementOutlines.Box(minX, minY, maxX, maxY);
    }

    /**
     * After a close-path the pen is back at its ring's first point, which a following relative move-to starts from;
     * points after a move-to are line-tos of the same relativity.
     *
     * @throws IllegalArgumentException for another command, or a point before any command
     */
    static OutlinePath parse(String d) {
        List<List<Double>> rings = new ArrayList<>();
        List<Double> ring = null;
        char command = 0;
        boolean moving = false;
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        for (String token : d.trim().split("\\s+")) {
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                switch (command) {
                    case 'M', 'm' -> moving = true;
                    case 'L', 'l' -> moving = false;
                    case 'Z', 'z' -> {
                        x = startX;
                        y = startY;
                    }
                    default -> throw new IllegalArgumentException("commande de tracé non prise en charge : " + token);
                }
                continue;
            }
            if (command == 0 || command == 'Z' || command == 'z') {
                throw new IllegalArgumentException("point sans commande de tracé : " + token);
            }
            int comma = token.indexOf(',');
            double a = Double.parseDouble(token.substring(0, comma));
            double b = Double.parseDouble(token.substring(comma + 1));
            boolean relative = Character.isLowerCase(command);
            x = relative ? x + a : a;
            y = relative ? y + b : b;
            if (moving) {
                ring = new ArrayList<>();
                rings.add(ring);
                startX = x;
                startY = y;
                moving = false;
            }
            ring.add(x);
            ring.add(y);
        }
        return new OutlinePath(rings.stream().map(r -> r.stream().mapToDouble(Double::doubleValue).toArray())
                .toList());
    }

    DepartementOutlines.Box box() {
        return box;
    }

    /** The path through {@code projection}, with one decimal: « M x,y L x,y x,y … Z » for each ring. */
    String svg(Projection projection) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                d.append(i == 0 ? "M " : i == 2 ? " L " : " ");
                tenths(d, projection.x(ring[i]));
                d.append(',');
                tenths(d, projection.y(ring[i + 1]));
            }
            d.append(" Z ");
        }
        return d.toString().stripTrailing();
    }

    /** Appends {@code value} rounded to one decimal (half up), without {@link String#format}'s cost per point. */
    private static void tenths(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            out.append('-');
            tenths = -tenths;
        }
        out.append(tenths / 10).append('.').append(tenths % 10);
    }

    /**
     * Maps outline coordinates onto the canvas: {@code x × scale + dx}, {@code y × scale + dy}, one scale on both
     * axes so that shapes keep their proportions.
     */
    record Projection(double scale, double dx, double dy) {
        static final Projection IDENTITY = new Projection(1, 0, 0);

        /** The largest projection of {@code source} that fits inside {@code frame}, centred in it. */
        static Projection fit(DepartementOutlines.Box source, DepartementOutlines.Box frame) {
            double scale = Math.min(frame.width() / source.width(), frame.height() / source.height());
            double dx = frame.minX() + (frame.width() - source.width() * scale) / 2 - source.minX() * scale;
            double dy = frame.minY() + (frame.height() - source.height() * scale) / 2 - source.minY() * scale;
            return new Projection(scale, dx, dy);
        }

        double x(double x) {
            return x * scale + dx;
        }

        double y(double y) {
            return y * scale + dy;
        }

        DepartementOutlines.Box apply(DepartementOutlines.Box box) {
            return new DepartementOutlines.Box(x(box.minX()), y(box.minY()), x(box.maxX()), y(box.maxY()));
        }
    }
}
