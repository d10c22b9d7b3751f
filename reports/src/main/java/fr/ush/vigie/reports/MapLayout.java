package fr.ush.vigie.reports;

import fr.ush.vigie.reports.DepartementOutlines.Box;
import fr.ush.vigie.reports.DepartementOutlines.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a choropleth draws each département: panels, each projecting some outlines into a frame of the canvas, and
 * a legend column on the right whose corner is the same on every map. A map of France puts metropolitan France
 * first, the five overseas départements in labelled boxes of equal size along its bottom and, when asked, Paris
 * and its inner suburbs enlarged in a labelled box under the legend, located on the metropolitan map by a
 * rectangle.
 */
final class MapLayout {
    static final double MARGIN = 8;
    static final double LEGEND_WIDTH = 200;
    /** Room for the legend's seven rows. */
    static final double LEGEND_HEIGHT = 200;
    /** The metropolitan map and its margins: every map's canvas is this wide plus the legend. */
    static final double MAP_WIDTH = DepartementOutlines.FRANCE.width() + 2 * MARGIN;
    static final double MAP_HEIGHT = DepartementOutlines.FRANCE.height() + 2 * MARGIN;
    /** Room above an inset's frame for its label. */
    static final double LABEL_HEIGHT = 22;
    private static final double INSET_GAP = 12;
    private static final double PARIS_SIZE = 180;
    /** Paris and the départements of the petite couronne. */
    static final Set<String> PETITE_COURONNE = Set.of("75", "92", "93", "94");

    /**
     * Outlines projected into a frame of the canvas.
     *
     * @param label  printed above the frame; empty for the main map, which has no frame
     * @param source the part of the outlines' space shown in the frame
     */
    record Panel(String label, Box frame, Box source, OutlinePath.Projection projection, List<Outline> outlines) {
        static Panel of(String label, Box frame, Box source, List<Outline> outlines) {
            return new Panel(label, frame, source, OutlinePath.Projection.fit(source, frame), List.copyOf(outlines));
        }

        boolean inset() {
            return !label.isEmpty();
        }
    }

    private final List<Panel> panels;
    private final List<Box> locators;
    private final double height;

    private MapLayout(List<Panel> panels, List<Box> locators, double height) {
        this.panels = List.copyOf(panels);
        this.locators = List.copyOf(locators);
        this.height = height;
    }

    /** Metropolitan France and the five overseas départements. */
    static MapLayout france() {
        List<Panel> panels = new ArrayList<>();
        panels.add(metropole());
        double size = (DepartementOutlines.FRANCE.width() - 4 * INSET_GAP) / 5;
        double top = MAP_HEIGHT + LABEL_HEIGHT;
        List<Outline> overseas = DepartementOutlines.outreMer();
        for (int i = 0; i < overseas.size(); i++) {
            Outline o = overseas.get(i);
            double left = MARGIN + i * (size + INSET_GAP);
            panels.add(Panel.of(o.nom(), new Box(left, top, left + size, top + size), o.space(), List.of(o)));
        }
        return new MapLayout(panels, List.of(), top + size + MARGIN);
    }

    /** {@link #france()}, with Paris and the petite couronne enlarged under the legend. */
    static MapLayout franceWithParis(String parisLabel) {
        MapLayout france = france();
        List<Outline> paris = DepartementOutlines.metropole().stream()
                .filter(o -> PETITE_COURONNE.contains(o.code())).toList();
        Box area = paris.stream().map(Outline::box).reduce(Box::union).orElseThrow();
        Box source = new Box(area.minX() - 1, area.minY() - 1, area.maxX() + 1, area.maxY() + 1);
        double top = MARGIN + LEGEND_HEIGHT + LABEL_HEIGHT + INSET_GAP;
        Box frame = new Box(legendX(), top, legendX() + PARIS_SIZE, top + PARIS_SIZE);
        List<Panel> panels = new ArrayList<>(france.panels);
        panels.add(Panel.of(parisLabel, frame, source, paris));
        return new MapLayout(panels, List.of(france.panels.get(0).projection().apply(source)),
                Math.max(france.height, frame.maxY() + MARGIN));
    }

    /**
     * The given départements alone, as large as metropolitan France; overseas départements each have their own
     * space, so one of them is drawn only on its own.
     *
     * @throws IllegalArgumentException when none is known, or an overseas one comes with others
     */
    static MapLayout of(Set<String> departements) {
        List<Outline> drawn = DepartementOutlines.all().stream().filter(o -> departements.contains(o.code()))
                .toList();
        if (drawn.isEmpty() || drawn.size() > 1 && drawn.stream().anyMatch(Outline::overseas)) {
            throw new IllegalArgumentException("départements à cartographier : " + departements);
        }
        Box box = drawn.stream().map(Outline::box).reduce(Box::union).orElseThrow();
        DepartementOutlines.Box france = DepartementOutlines.FRANCE;
        double scale = Math.min(france.width() / box.width(), france.height() / box.height());
        Box frame = new Box(MARGIN, MARGIN, MARGIN + box.width() * scale, MARGIN + box.height() * scale);
        return new MapLayout(List.of(Panel.of("", frame, box, drawn)), List.of(),
                Math.max(frame.maxY() + MARGIN, LEGEND_HEIGHT));
    }

    private static Panel metropole() {
        Box france = DepartementOutlines.FRANCE;
        return Panel.of("", new Box(MARGIN, MARGIN, MARGIN + france.width(), MARGIN + france.height()), france,
                DepartementOutlines.metropole());
    }

    /** The main map first, then the insets. */
    List<Panel> panels() {
        return panels;
    }

    /** Where an inset's area lies on the main map, in canvas units. */
    List<Box> locators() {
        return locators;
    }

    static double legendX() {
        return MAP_WIDTH + 10;
    }

    static double legendY() {
        return MARGIN;
    }

    double width() {
        return MAP_WIDTH + LEGEND_WIDTH;
    }

    double height() {
        return height;
    }
}
