package fr.ush.vigie.cli;

import fr.ush.vigie.generate.AutodiagnosticFormat;
import fr.ush.vigie.generate.Generator;
import fr.ush.vigie.generate.GeneratorConfig;
import fr.ush.vigie.job.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Écrit un jeu de données national synthétique dans la disposition des entrées.")
final class GenerateCommand implements Callable<Integer> {
    private static final GeneratorConfig DEFAULTS = GeneratorConfig.defaults(Path.of("sample-data"));

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Dossier à écrire.")
    private Path out;

    @Option(names = "--sites", paramLabel = "N", description = "Nombre de sites (défaut : 400).")
    private Integer sites;

    @Option(names = "--campagnes", paramLabel = "K", description = "Nombre de campagnes (défaut : 6).")
    private Integer campagnes;

    @Option(names = "--seed", paramLabel = "S", description = "Graine (défaut : 2017).")
    private Long seed;

    @Option(names = "--format", paramLabel = "F", description = {
            "Forme des autodiagnostics, toujours un fichier par organisme et campagne : wide (CSV large UTF-8),",
            "long (CSV long), xlsx (classeurs), mixed (défaut : chaque organisme garde l'une des six formes,",
            "surtout du CSV large, pour éprouver la lecture ; c'est la forme de sample-data). Pour les mesures",
            "de performance à grande échelle : --format wide."})
    private String format;

    @Option(names = "--bad-rows", paramLabel = "R", description = {
            "Part R (0 à 1, défaut : 0) de lignes fautives ajoutées à chaque source, chacune enfreignant une",
            "règle de validation possible pour cette source ; 0 laisse les fichiers identiques octet pour octet."})
    private Double badRows;

    @Override
    public Integer call() throws IOException, UsageException {
        GeneratorConfig config;
        try {
            config = new GeneratorConfig(out, sites == null ? DEFAULTS.sites() : sites,
                    campagnes == null ? DEFAULTS.campagnes() : campagnes, seed == null ? DEFAULTS.seed() : seed,
                    format == null ? DEFAULTS.format() : AutodiagnosticFormat.fromCode(format),
                    badRows == null ? DEFAULTS.badRows() : badRows);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        System.err.println("vigie · generate · " + out + System.lineSeparator()
                + new Generator().generate(config).describe());
        return 0;
    }
}
