package fr.ush.vigie.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.ingest.input.InputFile;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.warehouse.RunLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncrementalPlanTest {
    private static final String VERSION = "1.0";
    private static final String SITES = "reference/sites.csv";
    private static final String A = "autodiagnostics/ORG1/2025-S2.csv";
    private static final String B = "autodiagnostics/ORG1/2026-S1.csv";

    /** The published run read sites.csv (sha s1), A (a1) and B (b1). */
    private static final RunLedger PUBLISHED = ledger(RunLedger.Status.SUCCESS, VERSION,
            input(SITES, "s1", Source.SITES), input(A, "a1", Source.AUTODIAGNOSTICS),
            input(B, "b1", Source.AUTODIAGNOSTICS));

    @Test
    void reusesUnchangedAutodiagnosticsWhenOnlyNewFilesAreAdded() {
        IncrementalPlan plan = IncrementalPlan.decide(
                inventory(SITES, "s1", A, "a1", B, "b1", "autodiagnostics/ORG1/2026-S2.csv", "c1"), PUBLISHED, VERSION);
        assertTrue(plan.reuses());
        assertEquals(Set.of(A, B), plan.reused().keySet());
        assertEquals(3, plan.reused().get(A).lignesLues());
        assertFalse(plan.reuses("autodiagnostics/ORG1/2026-S2.csv"));
        assertTrue(plan.carries(Source.SITES));
        assertFalse(plan.carries(Source.AUTODIAGNOSTICS));
        assertEquals(Set.of(SITES), plan.unchanged().keySet());
        assertEquals(1, plan.unchanged().get(SITES).lignesRejetees());
    }

    @Test
    void sameInputAgainReusesEveryAutodiagnosticsFile() {
        IncrementalPlan plan = IncrementalPlan.decide(inventory(SITES, "s1", A, "a1", B, "b1"), PUBLISHED, VERSION);
        assertEquals(Set.of(A, B), plan.reused().keySet());
    }

    @Test
    void readsEverythingWhenAReferenceFileChanged() {
        IncrementalPlan plan = IncrementalPlan.decide(inventory(SITES, "s2", A, "a1", B, "b1"), PUBLISHED, VERSION);
        assertFalse(plan.reuses());
        assertFalse(plan.carries(Source.SITES));
        assertTrue(plan.why().contains("référentiels"), plan.why());
    }

    @Test
    void readsEverythingWhenAnAutodiagnosticsFileChangedOrWasRemoved() {
        assertFalse(IncrementalPlan.decide(inventory(SITES, "s1", A, "a2", B, "b1"), PUBLISHED, VERSION).reuses());
        IncrementalPlan removed = IncrementalPlan.decide(inventory(SITES, "s1", B, "b1"), PUBLISHED, VERSION);
        assertFalse(removed.reuses());
        assertTrue(removed.why().contains(A), removed.why());
    }

    @Test
    void readsEverythingAfterAnUpgradeOrWithoutASuccessfulPublishedRun() {
        InputInventory same = inventory(SITES, "s1", A, "a1", B, "b1");
        assertFalse(IncrementalPlan.decide(same, PUBLISHED, "1.1").reuses());
        assertFalse(IncrementalPlan.decide(same, null, VERSION).reuses());
        RunLedger failed = ledger(RunLedger.Status.FAILED, VERSION, PUBLISHED.inputs().toArray(RunLedger.Input[]::new));
        assertFalse(IncrementalPlan.decide(same, failed, VERSION).reuses());
    }

    /** Pairs of (relative path, sha256); the source follows from the path. */
    private static InputInventory inventory(String... pathsAndShas) {
        List<InputFile> files = new ArrayList<>();
        Map<String, String> shas = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndShas.length; i += 2) {
            String path = pathsAndShas[i];
            Source source = path.startsWith("autodiagnostics/") ? Source.AUTODIAGNOSTICS : Source.SITES;
            files.add(new InputFile(source, path, "file:///in/" + path, null));
            shas.put(path, pathsAndShas[i + 1]);
        }
        return InputInventory.of(files, shas);
    }

    private static RunLedger.Input input(String path, String sha, Source source) {
        return new RunLedger.Input(path, sha, source.code(), 3, 2, 1);
    }

    private static RunLedger ledger(RunLedger.Status status, String version, RunLedger.Input... inputs) {
        return new RunLedger("r1", Instant.EPOCH, Instant.EPOCH, status, version, Map.of(), List.of(inputs),
                Map.of(), List.of(), null);
    }
}
