package fr.ush.vigie.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
    @TempDir
    Path temp;

    private Warehouse warehouse;
    private Path lockFile;

    @BeforeEach
    void createWarehouse() throws Exception {
        warehouse = new Warehouse(temp.resolve("entrepot"));
        warehouse.lock("20260101T000000Z-000000").close();
        lockFile = warehouse.root().resolve("_lock");
    }

    @Test
    void aHeldLockRefusesASecondRunAndNamesTheHolder() throws Exception {
        try (RunLock first = warehouse.lock("20260101T000000Z-000001")) {
            WarehouseBusyException busy = assertThrows(WarehouseBusyException.class,
                    () -> warehouse.lock("20260101T000000Z-000002"));
            String message = busy.getMessage();
            assertTrue(message.startsWith("entrepôt " + warehouse.root()
                    + " occupé par le run 20260101T000000Z-000001 (pid " + ProcessHandle.current().pid()
                    + " sur " + LockInfo.localHost() + ", depuis " + first.info().startedAt() + ")"), message);
            assertEquals(Optional.of(first.info()), busy.holder());
            assertTrue(first.isHeld());
            assertEquals(Optional.of("20260101T000000Z-000001"), warehouse.lockHolder());
        }
    }

    @Test
    void closeReleasesTheLock() throws Exception {
        RunLock first = warehouse.lock("20260101T000000Z-000001");
        assertTrue(Files.exists(lockFile));
        first.close();
        assertFalse(first.isHeld());
        assertFalse(Files.exists(lockFile));
        try (RunLock second = warehouse.lock("20260101T000000Z-000002")) {
            assertEquals(Optional.empty(), second.replacedStaleLock(), "a released lock is not stale, just absent");
        }
    }

    @Test
    void theLockFileHoldsTheContractFields() throws Exception {
        try (RunLock lock = warehouse.lock("20260101T000000Z-000001")) {
            String json = Files.readString(lockFile);
            for (String key : new String[] {"\"run_id\"", "\"pid\"", "\"host\"", "\"started_at\""}) {
                assertTrue(json.contains(key), json);
            }
            assertEquals(Optional.of(lock.info()), LockInfo.parse(Files.readAllBytes(lockFile)));
        }
    }

    @Test
    void aLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        LockInfo dead = new LockInfo("20260101T000000Z-00dead", finished.pid(), LockInfo.localHost(), Instant.now());
        Files.write(lockFile, dead.toJson());

        try (RunLock lock = warehouse.lock("20260101T000000Z-000001")) {
            assertEquals(Optional.of(dead), lock.replacedStaleLock());
            assertEquals(Optional.of("20260101T000000Z-000001"), warehouse.lockHolder());
        }
        assertEquals(List.of("_runs", "_versions", "marts", "rejets", "staging"),
                WarehousePublishTest.names(warehouse.root()), "the stale lock set aside is deleted");
    }

    @Test
    void aLockSilentForMoreThanTwoMinutesIsTakenOverWhateverItsHost() throws Exception {
        LockInfo remote = new LockInfo("20260101T000000Z-0remot", 4242, "autre-serveur",
                Instant.now().minus(Duration.ofHours(1)));
        Files.write(lockFile, remote.toJson());
        Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minus(Duration.ofMinutes(3))));

        try (RunLock lock = warehouse.lock("20260101T000000Z-000001")) {
            assertEquals(Optional.of(remote), lock.replacedStaleLock());
            assertTrue(lock.isHeld());
        }
    }

    @Test
    void aLiveLockOfAnotherHostIsRespected() throws Exception {
        LockInfo remote = new LockInfo("20260101T000000Z-0remot", 4242, "autre-serveur",
                Instant.now().minus(Duration.ofHours(1)));
        Files.write(lockFile, remote.toJson());
        Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minus(Duration.ofSeconds(30))));

        WarehouseBusyException busy = assertThrows(WarehouseBusyException.class,
                () -> warehouse.lock("20260101T000000Z-000001"));
        assertTrue(busy.getMessage().contains("run 20260101T000000Z-0remot (pid 4242 sur autre-serveur"),
                busy.getMessage());
        assertEquals(remote, LockInfo.parse(Files.readAllBytes(lockFile)).orElseThrow(), "left untouched");
    }

    @Test
    void anUnreadableLockIsRespectedUntilItsHeartbeatIsOld() throws Exception {
        Files.writeString(lockFile, "{ pas du json");
        WarehouseBusyException busy = assertThrows(WarehouseBusyException.class,
                () -> warehouse.lock("20260101T000000Z-000001"));
        assertTrue(busy.getMessage().contains("illisible"), busy.getMessage());

        Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minus(Duration.ofMinutes(3))));
        try (RunLock lock = warehouse.lock("20260101T000000Z-000001")) {
            assertEquals(Optional.empty(), lock.replacedStaleLock());
            assertTrue(lock.isHeld());
        }
    }

    @Test
    void theHeartbeatTouchesTheLockAndNoticesATakeOver() throws Exception {
        RunLock lock = warehouse.lock("20260101T000000Z-000001");
        Instant old = Instant.now().minus(Duration.ofMinutes(1));
        Files.setLastModifiedTime(lockFile, FileTime.from(old));
        lock.beat();
        assertTrue(Files.getLastModifiedTime(lockFile).toInstant().isAfter(old.plusSeconds(30)));

        LockInfo other = new LockInfo("20260101T000000Z-000002", 4242, "autre-serveur", Instant.now());
        Files.write(lockFile, other.toJson());
        lock.beat();
        assertFalse(lock.isHeld());
        lock.close();
        assertEquals(other, LockInfo.parse(Files.readAllBytes(lockFile)).orElseThrow(),
                "close() leaves another run's lock alone");
    }
}
