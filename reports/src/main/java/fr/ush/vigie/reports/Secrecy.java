package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Statistical secrecy (CONTRACT section 6), the one rule every page, chart, map, sentence and CSV annex applies.
 *
 * <p>A <em>cell</em> is the group of units behind a figure: the sites assessed behind a share, a mean or a count of
 * situations, the evaluated missions behind a satisfaction or a benefit share, the missions with follow-up behind a
 * provider's effect. A cell of at least one and fewer than {@code secret.seuil} units is {@link Disclosure#HIDDEN}:
 * every figure describing its units' situation or result — mean, share, effect, interval, and the count of its
 * units in a category — prints « n < 5 », while the number of units itself stays printed. A cell without any unit
 * is {@link Disclosure#EMPTY} and prints « — ». Figures on the monitoring itself (sites expected, sites assessed,
 * completeness, lines read and rejected) are never secret and do not come here.
 *
 * <p>Where parts are shown with their total, a single hidden part could be recovered by subtracting the others
 * from the total: {@link #parts} then hides the next smallest part too (complementary suppression).
 */
public record Secrecy(int seuil) {

    /** What may be printed about a cell. */
    public enum Disclosure {
        /** No unit: « — ». */
        EMPTY,
        /** Too few units, or hidden so that another hidden part cannot be recovered: « n < 5 ». */
        HIDDEN,
        /** Printed. */
        SHOWN;

        /** A figure describing the cell, as this disclosure allows it to be printed or drawn. */
        public CategoryData.Point point(Double value) {
            return switch (this) {
                case EMPTY -> CategoryData.Point.of(null);
                case HIDDEN -> CategoryData.Point.hidden();
                case SHOWN -> CategoryData.Point.of(value);
            };
        }

        /** A count of the cell's units in a category (in a complex situation, in crisis, to watch…). */
        public CategoryData.Point count(long count) {
            return point((double) count);
        }
    }

    public String mask() {
        return "n < " + seuil;
    }

    /** True when a cell of {@code units} units is secret: at least one unit, fewer than the threshold. */
    public boolean hides(long units) {
        return units > 0 && units < seuil;
    }

    /** The disclosure of a cell shown on its own (or whose total is not shown). */
    public Disclosure of(long units) {
        return units == 0 ? Disclosure.EMPTY : hides(units) ? Disclosure.HIDDEN : Disclosure.SHOWN;
    }

    /**
     * The disclosures of parts shown with their total. Each part is disclosed as {@link #of}; when exactly one part
     * with units is then hidden, the part with the fewest units among the shown ones (the first in order on a tie)
     * is hidden too, so that no hidden part equals the total minus the shown ones.
     *
     * @param units the units of each part, in display order
     * @return one disclosure per part, in the same order
     */
    public List<Disclosure> parts(List<Long> units) {
        List<Disclosure> disclosures = new ArrayList<>(units.stream().map(this::of).toList());
        long hidden = disclosures.stream().filter(d -> d == Disclosure.HIDDEN).count();
        if (hidden == 1) {
            IntStream.range(0, units.size()).filter(i -> disclosures.get(i) == Disclosure.SHOWN).boxed()
                    .min(Comparator.comparingLong(units::get))
                    .ifPresent(i -> disclosures.set(i, Disclosure.HIDDEN));
        }
        return List.copyOf(disclosures);
    }

    /**
     * The disclosures of the children of parts that are themselves shown with their total (the départements of
     * each region of France): each parent's children are protected as {@link #parts} against the parent's total;
     * a parent that is hidden hides all its children with units, since the children of a shown parent and the
     * total of France would otherwise give the hidden parent's total back.
     *
     * @param parents  each parent's disclosure, as {@link #parts} gives it over the parents
     * @param children the units of each parent's children, in display order, parent by parent
     * @return the children's disclosures, parent by parent
     */
    public List<List<Disclosure>> nested(List<Disclosure> parents, List<List<Long>> children) {
        if (parents.size() != children.size()) {
            throw new IllegalArgumentException(parents.size() + " parents pour " + children.size() + " groupes");
        }
        List<List<Disclosure>> nested = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            nested.add(parents.get(p) == Disclosure.HIDDEN ? children.get(p).stream().map(this::ofHidden).toList()
                    : parts(children.get(p)));
        }
        return List.copyOf(nested);
    }

    private Disclosure ofHidden(long units) {
        return units == 0 ? Disclosure.EMPTY : Disclosure.HIDDEN;
    }
}
