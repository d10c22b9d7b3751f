package fr.ush.vigie.cli;

import fr.ush.vigie.job.VigieJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Recalcule tous les indicateurs (marts) à partir des tables de staging publiées.")
final class ComputeCommand extends JobCommand {
    @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "Entrepôt Parquet.")
    private String warehouse;

    @Mixin
    private KeepOption keep;

    @Override
    int run(VigieJob job) throws Exception {
        job.compute(warehouse, keep.value());
        return 0;
    }
}
