package fr.ush.vigie.ingest;

import fr.ush.vigie.model.Source;
import fr.ush.vigie.warehouse.RunLedger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which autodiagnostics files a run may take from the published version instead of reading them again: those
 * the published run read with the same SHA-256, when nothing else changed.
 *
 * <p>Reuse is all or nothing beyond the new files, and only when the published rows of a reused file are
 * exactly what reading it again would give: same Vigie version (same rules), same reference and pôle d'appui
 * files (same references to check against), and no autodiagnostics file changed or removed (a removed or
 * changed first occurrence could turn a published duplicate back into an accepted row). New files may then be
 * added; whether one of them takes a key a reused file had first is checked by the validation itself.
 *
 * <p>The other sources' files are then all unchanged, and none of them refers to autodiagnostics: their validated
 * rows are the published ones, and the run takes them as they are ({@link #carries}).
 *
 * @param reused    the published run's counts of the autodiagnostics files to reuse, by relative path; empty for
 *                  a full run
 * @param unchanged the published run's counts of the other sources' files, by relative path, when they are all
 *                  carried; empty for a full run
 * @param why       for the log: why files are reused or not
 */
public record IncrementalPlan(Map<String, RunLedger.Input> reused, Map<String, RunLedger.Input> unchanged,
        String why) {

    public IncrementalPlan {
        reused = Map.copyOf(reused);
        unchanged = Map.copyOf(unchanged);
    }

    public static IncrementalPlan full(String why) {
        return new IncrementalPlan(Map.of(), Map.of(), why);
    }

    /**
     * @param previous the ledger of the published run, null when nothing is published
     * @param version  this run's Vigie version
     */
    public static IncrementalPlan decide(InputInventory inventory, RunLedger previous, String version) {
        if (previous == null || previous.status() != RunLedger.Status.SUCCESS || previous.inputs() == null) {
            return full("aucune ingestion publiée à reprendre");
        }
        if (!Objects.equals(previous.version(), version)) {
            return full("version publiée " + previous.version() + ", relecture complète");
        }
        String autodiagnostics = Source.AUTODIAGNOSTICS.code();
        Map<String, String> currentOthers = inventory.files().stream()
                .filter(f -> f.source() != Source.AUTODIAGNOSTICS)
                .collect(Collectors.toMap(f -> f.fichier(), f -> inventory.sha256(f.fichier())));
        Map<String, RunLedger.Input> unchanged = previous.inputs().stream()
                .filter(i -> !i.source().equals(autodiagnostics))
                .collect(Collectors.toMap(RunLedger.Input::path, i -> i, (a, b) -> a));
        Map<String, String> previousOthers = unchanged.values().stream()
                .collect(Collectors.toMap(RunLedger.Input::path, RunLedger.Input::sha256));
        if (!currentOthers.equals(previousOthers)) {
            return full("référentiels ou pôle d'appui modifiés depuis la version publiée");
        }
        List<RunLedger.Input> previousAutodiagnostics = previous.inputs().stream()
                .filter(i -> i.source().equals(autodiagnostics)).toList();
        Set<String> changedOrRemoved = previousAutodiagnostics.stream()
                .filter(i -> !i.sha256().equals(inventory.sha256(i.path())))
                .map(RunLedger.Input::path).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!changedOrRemoved.isEmpty()) {
            return full(changedOrRemoved.size() + " fichier(s) d'autodiagnostics modifié(s) ou retiré(s) depuis la "
                    + "version publiée (" + changedOrRemoved.iterator().next() + "…)");
        }
        Map<String, RunLedger.Input> reused = previousAutodiagnostics.stream()
                .collect(Collectors.toMap(RunLedger.Input::path, i -> i));
        return new IncrementalPlan(reused, unchanged, reused.size() + " fichier(s) d'autodiagnostics inchangé(s) "
                + "repris de la version publiée, " + (inventory.files(Source.AUTODIAGNOSTICS).size() - reused.size())
                + " à lire");
    }

    public boolean reuses() {
        return !reused.isEmpty();
    }

    public boolean reuses(String fichier) {
        return reused.containsKey(fichier);
    }

    /** Whether {@code source}'s validated rows are the published ones: every file of it is unchanged. */
    public boolean carries(Source source) {
        return reuses() && source != Source.AUTODIAGNOSTICS;
    }
}
