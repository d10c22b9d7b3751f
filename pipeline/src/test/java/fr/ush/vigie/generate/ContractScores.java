package fr.ush.vigie.generate;

import fr.ush.vigie.generate.GeneratedDataset.IndicatorRow;
import fr.ush.vigie.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * reference.md section 4 with the default thresholds, re-implemented plainly for the tests: scores, gravité,
 * situation and tendance of every retained autodiagnostic of a generated dataset.
 */
final class ContractScores {

    record Scored(String siteId, String campagne, String autodiagnosticId, LocalDate date, Long score10,
                  Long scoreQs10, Long scoreFu10, String gravite, String situation, String tendance) {
    }

    private record Weight(String axe, double poids, boolean critique) {
    }

    private record Autodiagnostic(String id, String siteId, LocalDate date, String version,
                                  Map<String, Integer> niveaux) {
    }

    private record Graded(Autodiagnostic autodiagnostic, Long score10, Long scoreQs10, Long scoreFu10,
                          String gravite) {
    }

    /** Per site, its scored retained autodiagnostics in campaign order. */
    final Map<String, TreeMap<String, Scored>> bySite = new TreeMap<>();
    final List<Scored> all = new ArrayList<>();

    ContractScores(GeneratedDataset dataset) {
        Map<String, Weight> weights = new HashMap<>();
        Map<String, Double> versionTotal = new HashMap<>();
        Map<String, Double> axisTotal = new HashMap<>();
        for (Map<String, String> row : dataset.rows(Source.GRILLE)) {
            String version = row.get("version_grille");
            double poids = GeneratedDataset.decimal(row.get("poids"));
            weights.put(version + "/" + row.get("code_indicateur"),
                    new Weight(row.get("axe"), poids, GeneratedDataset.bool(row.get("critique"))));
            versionTotal.merge(version, poids, Double::sum);
            axisTotal.merge(version + "/" + row.get("axe"), poids, Double::sum);
        }
        Map<String, Autodiagnostic> autodiagnostics = new HashMap<>();
        for (IndicatorRow row : dataset.indicators) {
            autodiagnostics.computeIfAbsent(row.autodiagnosticId(),
                    id -> new Autodiagnostic(id, row.siteId(), row.date(), row.version(), new TreeMap<>()))
                    .niveaux().put(row.code(), row.niveau());
        }
        Map<String, Autodiagnostic> retained = new TreeMap<>();
        for (Autodiagnostic a : autodiagnostics.values()) {
            String key = a.siteId() + "|" + campagne(a.date());
            Autodiagnostic current = retained.get(key);
            if (current == null || a.date().isAfter(current.date())
                    || a.date().equals(current.date()) && a.id().compareTo(current.id()) > 0) {
                retained.put(key, a);
            }
        }
        Map<String, TreeMap<String, Graded>> graded = new TreeMap<>();
        for (Autodiagnostic a : retained.values()) {
            double sum = 0;
            double assessed = 0;
            Map<String, double[]> axes = new HashMap<>();
            boolean anyThree = false;
            boolean anyTwo = false;
            boolean critical = false;
            for (Map.Entry<String, Integer> e : a.niveaux().entrySet()) {
                Weight w = weights.get(a.version() + "/" + e.getKey());
                int n = e.getValue();
                sum += w.poids() * n;
                assessed += w.poids();
                double[] axis = axes.computeIfAbsent(w.axe(), k -> new double[2]);
                axis[0] += w.poids() * n;
                axis[1] += w.poids();
                anyThree |= n == 3;
                anyTwo |= n >= 2;
                critical |= n == 3 && w.critique();
            }
            Long score = assessed >= 0.5 * versionTotal.get(a.version()) ? round10(100 * sum / (3 * assessed)) : null;
            Long qs = axisScore(axes.get("QUALITE_SERVICE"), axisTotal.get(a.version() + "/QUALITE_SERVICE"));
            Long fu = axisScore(axes.get("FONCTIONNEMENT_URBAIN"),
                    axisTotal.get(a.version() + "/FONCTIONNEMENT_URBAIN"));
            String gravite;
            if (critical || score != null && score >= 600) {
                gravite = "CRISE";
            } else if (anyThree || score != null && score >= 350) {
                gravite = "DEGRADEE";
            } else if (anyTwo || score != null && score >= 150) {
                gravite = "VIGILANCE";
            } else {
                gravite = "NORMALE";
            }
            graded.computeIfAbsent(a.siteId(), k -> new TreeMap<>())
                    .put(campagne(a.date()), new Graded(a, score, qs, fu, gravite));
        }
        graded.forEach((site, campaigns) -> {
            TreeMap<String, Scored> scored = new TreeMap<>();
            Long previousScore = null;
            boolean hasPrevious = false;
            for (Map.Entry<String, Graded> e : campaigns.entrySet()) {
                Graded g = e.getValue();
                Long score = g.score10();
                String gravite = g.gravite();
                String situation = switch (gravite) {
                    case "CRISE" -> "URGENCE_CRISE";
                    case "DEGRADEE" -> degraded(campaigns, previous(e.getKey(), 1))
                            && degraded(campaigns, previous(e.getKey(), 2)) ? "CHRONIQUE" : "A_RISQUE";
                    case "VIGILANCE" -> "A_RISQUE";
                    default -> "HORS_SITUATION_COMPLEXE";
                };
                String tendance;
                if (!hasPrevious) {
                    tendance = "NOUVEAU";
                } else if (score == null || previousScore == null) {
                    tendance = null;
                } else {
                    long delta = score - previousScore;
                    tendance = delta <= -50 ? "AMELIORATION" : delta >= 50 ? "DEGRADATION" : "STABLE";
                }
                Scored s = new Scored(site, e.getKey(), g.autodiagnostic().id(), g.autodiagnostic().date(), score,
                        g.scoreQs10(), g.scoreFu10(), gravite, situation, tendance);
                scored.put(e.getKey(), s);
                all.add(s);
                hasPrevious = true;
                previousScore = score;
            }
            bySite.put(site, scored);
        });
    }

    private static boolean degraded(TreeMap<String, Graded> campaigns, String campagne) {
        Graded g = campaigns.get(campagne);
        return g != null && ("DEGRADEE".equals(g.gravite()) || "CRISE".equals(g.gravite()));
    }

    private static Long axisScore(double[] axis, double total) {
        if (axis == null || axis[1] < 0.5 * total) {
            return null;
        }
        return round10(100 * axis[0] / (3 * axis[1]));
    }

    /** Score in tenths, rounded half away from zero. */
    private static long round10(double score) {
        return Math.round(score * 10 + 1e-9);
    }

    static String campagne(LocalDate date) {
        return date.getYear() + "-S" + (date.getMonthValue() <= 6 ? 1 : 2);
    }

    static String previous(String campagne, int halfYears) {
        int year = Integer.parseInt(campagne.substring(0, 4));
        int index = year * 2 + (campagne.charAt(6) - '1') - halfYears;
        return (index / 2) + "-S" + (index % 2 + 1);
    }

    /** The retained autodiagnostic of a site with the latest date in [from, to], or null. */
    Scored latestIn(String site, LocalDate from, LocalDate to) {
        Scored best = null;
        for (Scored s : bySite.getOrDefault(site, new TreeMap<>()).values()) {
            if (!s.date().isBefore(from) && !s.date().isAfter(to) && (best == null || s.date().isAfter(best.date()))) {
                best = s;
            }
        }
        return best;
    }

    /** The retained autodiagnostic of a site with the earliest date in [from, to], or null. */
    Scored earliestIn(String site, LocalDate from, LocalDate to) {
        Scored best = null;
        for (Scored s : bySite.getOrDefault(site, new TreeMap<>()).values()) {
            if (!s.date().isBefore(from) && !s.date().isAfter(to) && (best == null || s.date().isBefore(best.date()))) {
                best = s;
            }
        }
        return best;
    }
}
