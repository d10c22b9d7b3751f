package fr.ush.vigie.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunLedgerTest {

    static RunLedger sample(String runId) {
        Map<String, Long> marts = new LinkedHashMap<>();
        marts.put("scores_sites", 1200L);
        marts.put("rejets_synthese", 3L);
        return new RunLedger(runId, Instant.parse("2026-11-29T01:15:30Z"), Instant.parse("2026-11-29T01:16:02.125Z"),
                RunLedger.Status.SUCCESS, "0.1.0", Map.of("max_reject_rate", "0.05", "campagne", "2026-S2"),
                List.of(new RunLedger.Input("reference/sites.csv",
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "sites", 10, 9, 1)),
                marts, List.of(new RunLedger.Stage("ingest", 1534, 10)), null);
    }

    @Test
    void jsonUsesTheContractKeysAndReadsBack() throws Exception {
        RunLedger ledger = sample("20261129T011530Z-3fa2c1");
        String json = ledger.toJson();
        JsonNode node = new ObjectMapper().readTree(json);

        assertEquals(List.of("run_id", "started_at", "finished_at", "status", "version", "parameters", "inputs",
                "marts", "stages"), fieldNames(node), "no message on success");
        assertEquals(List.of("path", "sha256", "source", "lignes_lues", "lignes_acceptees", "lignes_rejetees"),
                fieldNames(node.get("inputs").get(0)));
        assertEquals(List.of("name", "elapsed_ms", "rows"), fieldNames(node.get("stages").get(0)));
        assertEquals("2026-11-29T01:15:30Z", node.get("started_at").asText());
        assertEquals("2026-11-29T01:16:02.125Z", node.get("finished_at").asText());
        assertEquals("SUCCESS", node.get("status").asText());
        assertEquals(List.of("campagne", "max_reject_rate"), fieldNames(node.get("parameters")), "sorted");
        assertEquals(List.of("scores_sites", "rejets_synthese"), fieldNames(node.get("marts")), "as given");
        assertEquals(1200, node.get("marts").get("scores_sites").asLong());
        assertEquals(9, node.get("inputs").get(0).get("lignes_acceptees").asLong());

        assertEquals(ledger, RunLedger.fromJson(json));
    }

    @Test
    void aFailureCarriesItsMessage() throws Exception {
        RunLedger failed = sample("20261129T011530Z-3fa2c1")
                .finished(Instant.parse("2026-11-29T01:15:31Z"), RunLedger.Status.REJECTED, "taux de rejet dépassé");
        JsonNode node = new ObjectMapper().readTree(failed.toJson());
        assertEquals("REJECTED", node.get("status").asText());
        assertEquals("taux de rejet dépassé", node.get("message").asText());
        assertEquals(failed, RunLedger.fromJson(failed.toJson()));
    }

    @Test
    void aPublicationRecordsItsCommandAndTimeAndARestorationTheRunItRestored() throws Exception {
        Instant at = Instant.parse("2026-11-29T01:16:00Z");
        RunLedger restoration = sample("20261130T000000Z-0000aa").withCommand("restaurer").withPublishedAt(at)
                .withRestoredRunId("20261129T011530Z-3fa2c1");
        JsonNode node = new ObjectMapper().readTree(restoration.toJson());
        assertEquals(List.of("run_id", "started_at", "finished_at", "status", "version", "parameters", "inputs",
                "marts", "stages", "command", "published_at", "restored_run_id"), fieldNames(node));
        assertEquals(restoration, RunLedger.fromJson(restoration.toJson()));
        assertEquals(java.util.Optional.of("20261129T011530Z-3fa2c1"), restoration.publishedVersion());
        assertEquals(java.util.Optional.of(at), restoration.publicationTime());

        RunLedger failed = restoration.finished(at, RunLedger.Status.FAILED, "verrou perdu");
        assertEquals(java.util.Optional.empty(), failed.publishedVersion(), "a failed run published nothing");
    }

    @Test
    void aLedgerWithoutCommandTellsItByItsParameters() {
        RunLedger old = sample("20261129T011530Z-3fa2c1");
        assertEquals("compute", old.withParameters(Map.of("warehouse", "w")).commandName());
        assertEquals("ingest", old.withParameters(Map.of("input", "i", "warehouse", "w")).commandName());
        assertEquals("run", old.withParameters(Map.of("input", "i", "warehouse", "w", "out", "o")).commandName());
        assertEquals(java.util.Optional.of(old.finishedAt()), old.publicationTime(), "published when it finished");
    }

    @Test
    void aRunningLedgerHasANullEndAndEmptyLists() throws Exception {
        RunLedger running = new RunLedger("20261129T011530Z-3fa2c1", Instant.parse("2026-11-29T01:15:30Z"), null,
                RunLedger.Status.FAILED, "0.1.0", null, null, null, null, null);
        JsonNode node = new ObjectMapper().readTree(running.toJson());
        assertEquals(true, node.get("finished_at").isNull());
        assertEquals(0, node.get("inputs").size());
        assertFalse(node.has("message"));
        assertEquals(running, RunLedger.fromJson(running.toJson()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
