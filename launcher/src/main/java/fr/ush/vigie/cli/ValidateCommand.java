package fr.ush.vigie.cli;

import fr.ush.vigie.job.ExitCode;
import fr.ush.vigie.job.ValidationReport;
import fr.ush.vigie.job.VigieJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Contrôle les fichiers d'entrée sans rien écrire : rapprochement par source, rejets par motif.")
final class ValidateCommand extends JobCommand {
    @Option(names = "--input", paramLabel = "DIR", required = true, description = "Dossier d'entrée.")
    private String input;

    @Mixin
    private RejectRateOption rejectRate;

    @Override
    int run(VigieJob job) throws Exception {
        ValidationReport report = job.validate(input, rejectRate.value());
        out().print(report.format());
        out().flush();
        return (report.overLimit().isEmpty() ? ExitCode.SUCCESS : ExitCode.REJECT_LIMIT).code();
    }
}
