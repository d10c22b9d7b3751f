package fr.ush.vigie.cli;

import fr.ush.vigie.job.VigieJob;
import fr.ush.vigie.warehouse.Restoration;
import fr.ush.vigie.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restaurer", mixinStandardHelpOptions = true,
        description = "Republie une version conservée (voir vigie versions), d'un coup et sous le verrou de "
                + "l'entrepôt, avec son propre journal de run ; aucune version n'est supprimée.")
final class RestoreCommand extends JobCommand {
    @Option(names = "--warehouse", paramLabel = "DIR", required = true,
            description = "Entrepôt Parquet (chemin local ou URI Hadoop : file://, hdfs://, s3a://).")
    private String warehouse;

    @Option(names = "--run", paramLabel = "RUN_ID", required = true,
            description = "Le run dont la version est à republier.")
    private String run;

    @Override
    int run(VigieJob job) throws Exception {
        Warehouse opened = VersionsCommand.open(job, warehouse);
        Restoration.Outcome outcome = new Restoration(opened, VersionProvider.version()).restore(run);
        err().println(outcome.restorationRunId()
                .map(restoration -> "vigie : version du run " + run + " republiée (run " + restoration + ")")
                .orElse("vigie : la version du run " + run + " est déjà la version publiée : rien à faire"));
        err().flush();
        return 0;
    }
}
