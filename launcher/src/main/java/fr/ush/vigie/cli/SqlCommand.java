package fr.ush.vigie.cli;

import fr.ush.vigie.job.ResultFormat;
import fr.ush.vigie.job.SqlQuery;
import fr.ush.vigie.job.VigieJob;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Spark SQL sur l'entrepôt publié (ou, avec --run, une version conservée) : chaque table de "
                + "staging, chaque indicateur (mart) et les rejets sont des vues à leur nom.")
final class SqlCommand extends JobCommand {
    @Option(names = "--warehouse", paramLabel = "DIR", required = true, description = "Entrepôt Parquet.")
    private String warehouse;

    @Option(names = "--run", paramLabel = "RUN_ID",
            description = "Lit la version conservée de ce run au lieu de la version publiée (voir vigie versions).")
    private String run;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Query query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (défaut, alignée) ou csv.")
    private String format;

    static final class Query {
        @Option(names = "-e", paramLabel = "SQL", required = true, description = "Requête(s) à exécuter.")
        String sql;

        @Option(names = "-f", paramLabel = "FILE", required = true,
                description = "Fichier de requêtes séparées par ; ou carnet Markdown .md (ses blocs ```sql).")
        String file;
    }

    @Override
    int run(VigieJob job) throws Exception {
        ResultFormat resultFormat = ResultFormats.parse(format);
        SqlQuery sql = job.sql();
        sql.registerViews(warehouse, Optional.ofNullable(run));
        List<Dataset<Row>> results = sql.run(query.sql != null ? query.sql : SqlQuery.readFile(query.file));
        PrintWriter out = out();
        for (Dataset<Row> result : results) {
            if (result.columns().length > 0) {
                out.print(resultFormat.format(result));
            }
        }
        out.flush();
        return 0;
    }
}
