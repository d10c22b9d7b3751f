package fr.ush.vigie.generate;

import fr.ush.vigie.generate.ContractScores.Scored;
import fr.ush.vigie.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The difference-in-differences of reference.md section 5 (efficacite_prestataires), per prestataire, for the tests. */
final class ProviderEffects {
    /** Mission DiDs per prestataire (score points). */
    final Map<String, List<Double>> didByPrestataire = new TreeMap<>();

    ProviderEffects(GeneratedDataset dataset, ContractScores scores) {
        Map<String, String> zoneByCommune = new HashMap<>();
        for (Map<String, String> row : dataset.rows(Source.COMMUNES)) {
            zoneByCommune.put(row.get("code_commune"), row.get("zone_abc"));
        }
        Map<String, String> stratum = new HashMap<>();
        for (Map<String, String> site : dataset.rows(Source.SITES)) {
            String zone = zoneByCommune.get(site.get("code_commune"));
            boolean tendu = List.of("Abis", "A", "B1").contains(zone);
            stratum.put(site.get("site_id"), tendu + "/" + !site.get("code_qpv").isEmpty());
        }
        Map<String, Map<String, String>> demandes = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (Map<String, String> d : dataset.rows(Source.DEMANDES)) {
            demandes.put(d.get("demande_id"), d);
            if (!d.get("site_id").isEmpty()) {
                named.add(d.get("site_id"));
            }
        }
        for (Map<String, String> m : dataset.rows(Source.MISSIONS)) {
            String site = demandes.get(m.get("demande_id")).get("site_id");
            LocalDate debut = GeneratedDataset.date(m.get("date_debut"));
            LocalDate fin = GeneratedDataset.date(m.get("date_fin"));
            if ("ANNULEE".equals(m.get("statut")) || site.isEmpty() || debut == null || fin == null) {
                continue;
            }
            Scored baseline = scores.latestIn(site, debut.minusDays(365), debut);
            Scored followUp = scores.earliestIn(site, fin.plusDays(180), fin.plusDays(730));
            if (baseline == null || followUp == null || baseline.score10() == null || followUp.score10() == null) {
                continue;
            }
            List<Double> controlDeltas = new ArrayList<>();
            scores.bySite.forEach((other, campaigns) -> {
                if (named.contains(other) || !stratum.get(other).equals(stratum.get(site))) {
                    return;
                }
                Scored b = campaigns.get(baseline.campagne());
                Scored f = campaigns.get(followUp.campagne());
                if (b != null && f != null && b.gravite().equals(baseline.gravite()) && b.score10() != null
                        && f.score10() != null) {
                    controlDeltas.add((f.score10() - b.score10()) / 10.0);
                }
            });
            if (controlDeltas.isEmpty()) {
                continue;
            }
            double control = controlDeltas.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double delta = (followUp.score10() - baseline.score10()) / 10.0;
            didByPrestataire.computeIfAbsent(m.get("prestataire_id"), k -> new ArrayList<>()).add(delta - control);
        }
    }

    double meanEffect(String prestataire) {
        return didByPrestataire.getOrDefault(prestataire, List.of()).stream().mapToDouble(Double::doubleValue)
                .average().orElse(Double.NaN);
    }
}
