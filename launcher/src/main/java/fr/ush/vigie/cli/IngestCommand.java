package fr.ush.vigie.cli;

import fr.ush.vigie.job.RunConfig;
import fr.ush.vigie.job.VigieJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Valide les fichiers d'entrée et publie les tables de staging et les rejets dans l'entrepôt.")
final class IngestCommand extends JobCommand {
    @Option(names = "--input", paramLabel = "DIR", required = true, description = "Dossier d'entrée.")
    private String input;

    @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "Entrepôt Parquet.")
    private String warehouse;

    @Mixin
    private RejectRateOption rejectRate;

    @Mixin
    private KeepOption keep;

    @Override
    int run(VigieJob job) throws Exception {
        job.ingest(RunConfig.ingest(input, warehouse, rejectRate.value()), keep.value());
        return 0;
    }
}
