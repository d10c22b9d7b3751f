package fr.ush.vigie.cli;

import fr.ush.vigie.job.RunConfig;
import fr.ush.vigie.job.VigieJob;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Le traitement complet d'une campagne : ingestion, indicateurs, rapports.")
final class RunCommand extends JobCommand {
    @Option(names = "--input", paramLabel = "DIR", defaultValue = "sample-data",
            description = "Dossier d'entrée (défaut : ${DEFAULT-VALUE}).")
    private String input;

    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "target/vigie/warehouse",
            description = "Entrepôt Parquet (défaut : ${DEFAULT-VALUE}).")
    private String warehouse;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/vigie/reports",
            description = "Dossier des rapports (défaut : ${DEFAULT-VALUE}).")
    private String out;

    @Option(names = "--campagne", paramLabel = "C", description = "Campagne des rapports (défaut : la dernière).")
    private String campagne;

    @Option(names = "--pdf", description = "Écrit aussi le PDF accessible de chaque rapport à côté de sa page "
            + "(A4, PDF/UA).")
    private boolean pdf;

    @Mixin
    private RejectRateOption rejectRate;

    @Mixin
    private KeepOption keep;

    @Override
    int run(VigieJob job) throws Exception {
        RunConfig config = RunConfig.run(input, warehouse, out, Optional.ofNullable(campagne), rejectRate.value());
        job.run(config, published -> Reports.render(job.spark(), published, Path.of(out), config.campagne(),
                Reports.scope("all"), pdf), keep.value());
        return 0;
    }
}
