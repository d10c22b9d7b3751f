package fr.ush.vigie.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The self-diagnostic grid the generator fills in: the latest version of the bundled default grid. It also
 * tells the gravité of a set of levels (reference.md section 4, default thresholds), which the generator needs
 * to decide which sites ask the pôle d'appui for help.
 */
final class Grille {
    static final String RESOURCE = "/fr/ush/vigie/grille/grille.csv";

    enum Gravite { NORMALE, VIGILANCE, DEGRADEE, CRISE }

    record Indicateur(String code, String axe, String theme, double poids, boolean critique) {
    }

    private final String version;
    private final List<Indicateur> indicateurs;
    private final double poidsTotal;

    private Grille(String version, List<Indicateur> indicateurs) {
        this.version = version;
        this.indicateurs = List.copyOf(indicateurs);
        double total = 0;
        for (Indicateur indicateur : indicateurs) {
            total += indicateur.poids();
        }
        this.poidsTotal = total;
    }

    static Grille loadDefault() {
        ResourceCsv csv = ResourceCsv.load(RESOURCE, ';');
        String latest = null;
        for (String[] row : csv.rows()) {
            String version = row[csv.column("version_grille")];
            if (latest == null || version.compareTo(latest) > 0) {
                latest = version;
            }
        }
        List<Indicateur> indicateurs = new ArrayList<>();
        for (String[] row : csv.rows()) {
            if (row[csv.column("version_grille")].equals(latest)) {
                indicateurs.add(new Indicateur(row[csv.column("code_indicateur")], row[csv.column("axe")],
                        row[csv.column("theme")], Double.parseDouble(row[csv.column("poids")].replace(',', '.')),
                        "oui".equals(row[csv.column("critique")].toLowerCase(Locale.ROOT))));
            }
        }
        return new Grille(latest, indicateurs);
    }

    String version() {
        return version;
    }

    List<Indicateur> indicateurs() {
        return indicateurs;
    }

    int size() {
        return indicateurs.size();
    }

    /**
     * Gravité of one autodiagnostic; {@code niveaux[i] < 0} means indicator i was not assessed. The global
     * score takes part only when at least half of the weight was assessed.
     */
    Gravite gravite(int[] niveaux) {
        double assessed = 0;
        double sum = 0;
        boolean anyThree = false;
        boolean anyTwo = false;
        boolean critical = false;
        for (int i = 0; i < niveaux.length; i++) {
            int niveau = niveaux[i];
            if (niveau < 0) {
                continue;
            }
            Indicateur indicateur = indicateurs.get(i);
            assessed += indicateur.poids();
            sum += indicateur.poids() * niveau;
            anyThree |= niveau == 3;
            anyTwo |= niveau >= 2;
            critical |= niveau == 3 && indicateur.critique();
        }
        boolean scored = assessed >= 0.5 * poidsTotal;
        double score = scored ? 100 * sum / (3 * assessed) : 0;
        if (critical || scored && score >= 60) {
            return Gravite.CRISE;
        }
        if (anyThree || scored && score >= 35) {
            return Gravite.DEGRADEE;
        }
        if (anyTwo || scored && score >= 15) {
            return Gravite.VIGILANCE;
        }
        return Gravite.NORMALE;
    }

    /** Mean level over the assessed indicators matching {@code filter}; -1 when none was assessed. */
    double meanLevel(int[] niveaux, Predicate<Indicateur> filter) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < niveaux.length; i++) {
            if (niveaux[i] >= 0 && filter.test(indicateurs.get(i))) {
                sum += niveaux[i];
                count++;
            }
        }
        return count == 0 ? -1 : sum / count;
    }
}
