package fr.ush.vigie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void eachPieceRunsAfterItsPrerequisitesAndResultsComeInDeclarationOrder() throws Exception {
        Map<String, Integer> done = new ConcurrentHashMap<>();
        CountDownLatch bothStarted = new CountDownLatch(2);
        SideBySide<String, Integer> pieces = new SideBySide<>(TestSpark.session(), 3);
        // a and b must run at once: each waits for the other to have started.
        pieces.add("a", "a", List.of(), () -> awaitOther(bothStarted, done, "a", 1));
        pieces.add("b", "b", List.of(), () -> awaitOther(bothStarted, done, "b", 2));
        pieces.add("c", "c", List.of("a", "b"), () -> done.get("a") + done.get("b"));
        Map<String, Integer> results = pieces.run();
        assertEquals(List.of("a", "b", "c"), List.copyOf(results.keySet()));
        assertEquals(List.of(1, 2, 3), List.copyOf(results.values()));
    }

    @Test
    void theFirstFailureInDeclarationOrderIsThrownWhateverFailedFirst() {
        IOException first = new IOException("premier");
        CountDownLatch secondFailed = new CountDownLatch(1);
        SideBySide<String, Integer> pieces = new SideBySide<>(TestSpark.session(), 2);
        pieces.add("a", "a", List.of(), () -> {
            secondFailed.await(5, TimeUnit.MINUTES);
            throw first;
        });
        pieces.add("b", "b", List.of(), () -> {
            secondFailed.countDown();
            throw new IllegalStateException("second");
        });
        pieces.add("c", "c", List.of("a"), () -> 3);
        assertSame(first, assertThrows(IOException.class, pieces::run));
    }

    @Test
    void aPrerequisiteMustBeAddedBefore() {
        SideBySide<String, Integer> pieces = new SideBySide<>(TestSpark.session(), 1);
        assertThrows(IllegalArgumentException.class, () -> pieces.add("a", "a", List.of("b"), () -> 1));
    }

    private static int awaitOther(CountDownLatch bothStarted, Map<String, Integer> done, String name, int value)
            throws InterruptedException {
        bothStarted.countDown();
        if (!bothStarted.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(name + " ran alone");
        }
        done.put(name, value);
        return value;
    }
}
