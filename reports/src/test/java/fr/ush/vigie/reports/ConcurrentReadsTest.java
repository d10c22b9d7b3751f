package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentReadsTest {

    @Test
    void readsRunAtOnceAndGiveTheirOwnResults() {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ConcurrentReads reads = new ConcurrentReads(2)) {
            // Each read waits for the other to have started: they can only finish if they run side by side.
            ConcurrentReads.Read<String> first = reads.start(() -> meet(bothRunning, threads, "premier"));
            ConcurrentReads.Read<String> second = reads.start(() -> meet(bothRunning, threads, "second"));
            assertEquals("premier", first.get());
            assertEquals("second", second.get());
        }
        assertEquals(2, threads.size());
    }

    @Test
    void aFailureComesAsItWasThrownOnceEveryReadIsOver() {
        IllegalStateException thrown = new IllegalStateException("mart illisible");
        AtomicBoolean slowReadOver = new AtomicBoolean();
        try (ConcurrentReads reads = new ConcurrentReads(2)) {
            ConcurrentReads.Read<String> failing = reads.start(() -> {
                throw thrown;
            });
            reads.start(() -> {
                sleep(200);
                slowReadOver.set(true);
                return "lent";
            });
            IllegalStateException failure = assertThrows(IllegalStateException.class, failing::get);
            assertSame(thrown, failure);
            assertTrue(slowReadOver.get(), "the failure came while another read still ran");
        }
    }

    private static String meet(CountDownLatch bothRunning, Set<String> threads, String result) {
        threads.add(Thread.currentThread().getName());
        bothRunning.countDown();
        try {
            if (!bothRunning.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the other read never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
