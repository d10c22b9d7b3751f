package fr.ush.vigie.marts;

/** The alerts of {@code veille_sites}, declared in the order {@code alertes} lists them (alphabetical). */
public enum Alerte {
    CHRONIQUE_SANS_APPUI, DEGRADATION_FORTE, NOUVELLE_CRISE
}
