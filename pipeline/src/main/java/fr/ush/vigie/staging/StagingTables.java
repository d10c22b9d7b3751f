package fr.ush.vigie.staging;

import fr.ush.vigie.model.Source;

/** Names of the staging tables (CONTRACT section 5): one per source, named by the source's code. */
public final class StagingTables {
    public static final String SITES = Source.SITES.code();
    public static final String AUTODIAGNOSTICS = Source.AUTODIAGNOSTICS.code();

    private StagingTables() {
    }

    public static String of(Source source) {
        return source.code();
    }
}
