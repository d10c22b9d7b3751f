package fr.ush.vigie.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A half-year campaign, {@code YYYY-S1} (January–June) or {@code YYYY-S2} (July–December). */
record Campagne(int annee, int semestre) {

    Campagne {
        if (semestre != 1 && semestre != 2) {
            throw new IllegalArgumentException("semestre 1 or 2: " + semestre);
        }
    }

    /** The {@code count} campaigns ending with {@code last}, oldest first. */
    static List<Campagne> ending(Campagne last, int count) {
        List<Campagne> campagnes = new ArrayList<>();
        for (int k = count - 1; k >= 0; k--) {
            campagnes.add(last.minus(k));
        }
        return List.copyOf(campagnes);
    }

    Campagne minus(int halfYears) {
        int index = annee * 2 + (semestre - 1) - halfYears;
        return new Campagne(Math.floorDiv(index, 2), Math.floorMod(index, 2) + 1);
    }

    LocalDate debut() {
        return LocalDate.of(annee, semestre == 1 ? 1 : 7, 1);
    }

    LocalDate fin() {
        return semestre == 1 ? LocalDate.of(annee, 6, 30) : LocalDate.of(annee, 12, 31);
    }

    String code() {
        return annee + "-S" + semestre;
    }

    @Override
    public String toString() {
        return code();
    }
}
