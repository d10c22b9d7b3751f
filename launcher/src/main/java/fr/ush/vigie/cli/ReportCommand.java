package fr.ush.vigie.cli;

import fr.ush.vigie.job.UsageException;
import fr.ush.vigie.job.VigieJob;
import fr.ush.vigie.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Produit les rapports HTML d'une campagne à partir de l'entrepôt publié.")
final class ReportCommand extends JobCommand {
    @Option(names = "--warehouse", paramLabel = "DIR", required = true,
            description = "Entrepôt Parquet (chemin local ou URI Hadoop : file://, hdfs://, s3a://).")
    private String warehouse;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Dossier des rapports.")
    private Path out;

    @Option(names = "--campagne", paramLabel = "C", description = "Campagne (défaut : la dernière).")
    private String campagne;

    @Option(names = "--scope", paramLabel = "S", defaultValue = "all",
            description = "all (défaut), national, region:CODE, famille:CODE ou organisme:ID (retour qualité des données d'un organisme).")
    private String scope;

    @Option(names = "--pdf", description = "Écrit aussi le PDF accessible de chaque rapport à côté de sa page "
            + "(A4, PDF/UA).")
    private boolean pdf;

    @Override
    int run(VigieJob job) throws Exception {
        if (published(job).isEmpty()) {
            throw new UsageException("entrepôt " + warehouse + " : aucune version publiée (lancer vigie run)");
        }
        Reports.render(job.spark(), warehouse, out, Optional.ofNullable(campagne), Reports.scope(scope), pdf);
        return 0;
    }

    private Optional<String> published(VigieJob job) throws Exception {
        try {
            return new Warehouse(warehouse, job.spark().sparkContext().hadoopConfiguration()).publishedRunId();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--warehouse : " + e.getMessage());
        }
    }
}
