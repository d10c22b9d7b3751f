package fr.ush.vigie.cli;

import fr.ush.vigie.job.UsageException;
import fr.ush.vigie.job.VigieJob;
import fr.ush.vigie.warehouse.KeptVersion;
import fr.ush.vigie.warehouse.RunLedger;
import fr.ush.vigie.warehouse.Warehouse;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "Les versions conservées de l'entrepôt, de la plus récemment publiée à la plus ancienne : "
                + "run, date de publication, statut, commande, lignes des indicateurs ; * marque la version publiée.")
final class VersionsCommand extends JobCommand {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Option(names = "--warehouse", paramLabel = "DIR", required = true,
            description = "Entrepôt Parquet (chemin local ou URI Hadoop : file://, hdfs://, s3a://).")
    private String warehouse;

    @Override
    int run(VigieJob job) throws Exception {
        Warehouse opened = open(job, warehouse);
        List<KeptVersion> kept = opened.keptVersions();
        PrintWriter out = out();
        if (kept.isEmpty()) {
            throw new UsageException("entrepôt " + warehouse + " : aucune version publiée (lancer vigie run)");
        }
        out.println(format(opened, kept));
        out.flush();
        return 0;
    }

    static Warehouse open(VigieJob job, String location) throws UsageException {
        try {
            return new Warehouse(location, job.spark().sparkContext().hadoopConfiguration());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--warehouse : " + e.getMessage());
        }
    }

    /** One block per version: its line, then its restoration if any, then its marts' rows. */
    static String format(Warehouse warehouse, List<KeptVersion> kept) {
        StringBuilder text = new StringBuilder();
        text.append("Entrepôt ").append(warehouse).append(" : ").append(kept.size())
                .append(kept.size() == 1 ? " version conservée" : " versions conservées")
                .append(", la plus récemment publiée d'abord (* : la version publiée)\n");
        for (KeptVersion version : kept) {
            Optional<RunLedger> ledger = version.ledger();
            text.append('\n').append(version.published() ? "* " : "  ").append(version.runId())
                    .append("  publiée le ").append(version.publishedAt().map(TIME::format).orElse("?"))
                    .append("  ").append(ledger.map(l -> l.status().name()).orElse("journal absent"))
                    .append("  ").append(ledger.map(RunLedger::commandName).orElse("?")).append('\n');
            version.restoredBy().ifPresent(restoration -> text.append("    restaurée le ")
                    .append(restoration.publicationTime().map(TIME::format).orElse("?"))
                    .append(" par le run ").append(restoration.runId()).append('\n'));
            ledger.map(RunLedger::message).ifPresent(message -> text.append("    note : ").append(message)
                    .append('\n'));
            ledger.map(RunLedger::marts).filter(marts -> !marts.isEmpty())
                    .ifPresent(marts -> text.append("    lignes : ").append(rows(marts)).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    private static String rows(Map<String, Long> marts) {
        return marts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
