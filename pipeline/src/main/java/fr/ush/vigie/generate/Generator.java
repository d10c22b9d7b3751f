package fr.ush.vigie.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic national dataset in the input layout (reference.md section 2), for demonstrations, tests
 * and load tests: {@code vigie generate --out DIR [--sites N] [--campagnes K] [--seed S] [--format F]
 * [--bad-rows R]}.
 *
 * <p>Only the geography is real; everything else is made up, with effects planted so that the marts have
 * something to find (see {@link GridLevelModel} and {@link PrestataireCatalog}). The output depends only on
 * the arguments: same arguments, byte-identical files. Memory is a few arrays per site; autodiagnostics are
 * streamed to their files.
 *
 * <p>Every row is valid per reference.md section 3, except the rows that {@code --bad-rows} adds on purpose
 * ({@link BadRows}): they are written after valid rows by {@link CsvWriter#row}, {@link ReferenceWriter#grille}
 * and {@link AutodiagnosticWriter}, and counted by source and broken rule in the summary.
 */
public final class Generator {
    /** The most recent campaign generated; the others precede it. */
    static final Campagne LAST_CAMPAGNE = new Campagne(2026, 1);

    public GeneratorSummary generate(GeneratorConfig config) throws IOException {
        return generate(config, true);
    }

    /**
     * The same dataset but for the grid levels of the treated sites after their mission, written as if no mission
     * had any effect: what these sites would have scored untreated. Every other row, the pôle d'appui's included,
     * is the same as {@link #generate}'s; a mission's effect on its site's score is the difference of the two.
     */
    public GeneratorSummary generateUntreated(GeneratorConfig config) throws IOException {
        return generate(config, false);
    }

    private GeneratorSummary generate(GeneratorConfig config, boolean treated) throws IOException {
        long seed = config.seed();
        GeoCatalog geo = GeoCatalog.load();
        Grille grille = Grille.loadDefault();
        String[] zones = new String[geo.communeCount()];
        for (int c = 0; c < zones.length; c++) {
            zones[c] = ZoneAbcRule.zoneOf(geo, c);
        }
        QpvCatalog qpvs = QpvCatalog.create(geo, seed);
        List<Campagne> campagnes = Campagne.ending(LAST_CAMPAGNE, config.campagnes());

        List<Organisme> organismes = new OrganismeFactory(geo, seed).create(OrganismeFactory.countFor(config.sites()));
        SiteTable sites = new SiteFactory(geo, zones, qpvs, seed).create(config.sites(), organismes, campagnes);
        organismes = withStockCoveringSites(organismes, sites);

        AssessmentSchedule schedule = new AssessmentSchedule(sites, campagnes, seed);
        GridLevelModel model = new GridLevelModel(grille, geo, sites, campagnes.size(), seed);
        MissionEffects effects = new MissionEffects(sites.size());
        SyntheticFrance france = new SyntheticFrance(grille, sites, organismes, campagnes, schedule, model, effects,
                seed);
        AppuiData appui = new AppuiGenerator(france).generate();
        SyntheticFrance written = treated ? france : france.withEffects(new MissionEffects(sites.size()));

        Path out = config.out();
        OutputFolder.prepare(out);
        Counts counts = new Counts();
        ReferenceWriter reference = new ReferenceWriter(config, counts);
        reference.geography(geo, zones);
        reference.qpv(geo, qpvs);
        reference.organismes(organismes);
        reference.sites(sites, organismes, geo, qpvs);
        reference.prestataires(campagnes);
        reference.grille(grille);
        new AppuiWriter(config, counts).write(appui, organismes, sites);
        new AutodiagnosticWriter(config, written, counts).write();
        return counts.summary();
    }

    /** An organisme's stock is at least a quarter more than the housing of its monitored sites. */
    private static List<Organisme> withStockCoveringSites(List<Organisme> organismes, SiteTable sites) {
        long[] monitored = new long[organismes.size()];
        for (int s = 0; s < sites.size(); s++) {
            monitored[sites.organisme[s]] += sites.logements[s];
        }
        List<Organisme> adjusted = new ArrayList<>(organismes.size());
        for (int k = 0; k < organismes.size(); k++) {
            long needed = (monitored[k] * 5 / 4 + 9) / 10 * 10;
            Organisme o = organismes.get(k);
            adjusted.add(o.withNbLogements((int) Math.max(o.nbLogements(), needed)));
        }
        return List.copyOf(adjusted);
    }

    /** {@code Generator OUT [SITES] [CAMPAGNES] [SEED]}, until the {@code vigie generate} sub-command exists. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: Generator OUT [SITES] [CAMPAGNES] [SEED]");
            System.exit(2);
        }
        GeneratorConfig config;
        try {
            GeneratorConfig defaults = GeneratorConfig.defaults(Path.of(args[0]));
            config = new GeneratorConfig(defaults.out(),
                    args.length > 1 ? Integer.parseInt(args[1]) : defaults.sites(),
                    args.length > 2 ? Integer.parseInt(args[2]) : defaults.campagnes(),
                    args.length > 3 ? Long.parseLong(args[3]) : defaults.seed());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        GeneratorSummary summary = new Generator().generate(config);
        System.out.println(summary.describe());
    }
}
