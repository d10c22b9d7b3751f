package fr.ush.vigie.cli;

import fr.ush.vigie.job.UsageException;
import fr.ush.vigie.reports.Delivery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigie livrer}: one folder per recipient of a campaign's reports, with manifests (CONTRACT section 7). */
@Command(name = "livrer", mixinStandardHelpOptions = true,
        description = "Prépare l'envoi des rapports d'une campagne : un dossier par destinataire (commission, "
                + "région, famille, organisme) avec sa page, son PDF, ses annexes CSV et un MANIFEST.csv.")
final class LivrerCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Dossier des rapports.")
    private Path out;

    @Option(names = "--livraison", paramLabel = "DEST", required = true,
            description = "Dossier de livraison : la campagne y est écrite dans DEST/<campagne>/, "
                    + "remplacée d'un bloc.")
    private Path livraison;

    @Option(names = "--campagne", paramLabel = "C", description = "Campagne (défaut : la dernière du dossier).")
    private String campagne;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, UsageException {
        Delivery.Summary summary;
        try {
            summary = Delivery.deliver(out, livraison, Optional.ofNullable(campagne));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getErr().println("vigie · livrer · " + summary.campagne() + " → " + summary.folder()
                + " : " + summary.recipients().size() + " destinataires, " + summary.files() + " fichiers");
        return 0;
    }
}
