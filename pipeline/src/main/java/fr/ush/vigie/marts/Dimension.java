package fr.ush.vigie.marts;

/** The territorial breakdowns of {@code tendances_territoires}. */
public enum Dimension {
    NATIONAL, REGION, DEPARTEMENT, QPV, MARCHE, FAMILLE, QPV_MARCHE
}
