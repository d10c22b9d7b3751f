package fr.ush.vigie.cli;

import fr.ush.vigie.generate.Generator;
import fr.ush.vigie.generate.GeneratorConfig;
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

    @Override
    public Integer call() throws java.io.IOException {
        GeneratorConfig config = new GeneratorConfig(out, sites == null ? DEFAULTS.sites() : sites,
                campagnes == null ? DEFAULTS.campagnes() : campagnes, seed == null ? DEFAULTS.seed() : seed);
        System.err.println("vigie · generate · " + new Generator().generate(config));
        return 0;
    }
}
