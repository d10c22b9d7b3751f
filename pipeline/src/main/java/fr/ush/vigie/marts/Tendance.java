package fr.ush.vigie.marts;

/** How a site's global score moved since its latest earlier retained autodiagnostic (CONTRACT section 4). */
public enum Tendance {
    NOUVEAU, AMELIORATION, STABLE, DEGRADATION
}
