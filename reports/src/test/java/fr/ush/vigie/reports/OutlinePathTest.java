package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Outline paths read as absolute rings and written back projected, on hand-worked paths. */
class OutlinePathTest {
    private static final OutlinePath.Projection DOUBLE_AND_SHIFT = new OutlinePath.Projection(2, 1, -1);

    @Test
    void relativePointsFollowThePenAndARelativeMoveAfterACloseStartsFromTheClosedRingsFirstPoint() {
        // Ring 1: (10,10) (15,10) (15,15), closed back to (10,10); ring 2 starts 10 to the right of (10,10).
        OutlinePath path = OutlinePath.parse("m 10,10 5,0 0,5 z m 10,0 1,1 z");
        assertEquals(new DepartementOutlines.Box(10, 10, 21, 15), path.box());
        assertEquals("M 10.0,10.0 L 15.0,10.0 15.0,15.0 Z M 20.0,10.0 L 21.0,11.0 Z",
                path.svg(OutlinePath.Projection.IDENTITY));
    }

    @Test
    void absolutePointsAreProjectedWithOneScaleOnBothAxes() {
        OutlinePath path = OutlinePath.parse("M 1,2 L 3,4 2.25,0 Z");
        assertEquals("M 3.0,3.0 L 7.0,7.0 5.5,-1.0 Z", path.svg(DOUBLE_AND_SHIFT));
        assertEquals(new DepartementOutlines.Box(3, -1, 7, 7), DOUBLE_AND_SHIFT.apply(path.box()));
    }

    @Test
    void roundingIsPerPointSoThatErrorsDoNotAddUp() {
        // Ten relative steps of 0.04: each rounds to 0.0 on its own, their sum is 0.4.
        OutlinePath path = OutlinePath.parse("m 0,0 " + "0.04,0 ".repeat(10) + "z");
        assertEquals("0.4,0.0 Z", path.svg(OutlinePath.Projection.IDENTITY).substring(
                path.svg(OutlinePath.Projection.IDENTITY).length() - 9));
    }

    @Test
    void fitCentresTheSourceInTheFrameAtTheLargestScale() {
        // A 100 × 50 source in a 20 × 20 frame at (100, 200): scale 0.2, 10 high, 5 of room above and below.
        OutlinePath.Projection p = OutlinePath.Projection.fit(new DepartementOutlines.Box(0, 0, 100, 50),
                new DepartementOutlines.Box(100, 200, 120, 220));
        assertEquals(new DepartementOutlines.Box(100, 205, 120, 215),
                p.apply(new DepartementOutlines.Box(0, 0, 100, 50)));
    }

    @Test
    void anotherCommandIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OutlinePath.parse("M 0,0 C 1,1 2,2 3,3 Z"));
        assertThrows(IllegalArgumentException.class, () -> OutlinePath.parse("0,0 1,1"));
    }
}
