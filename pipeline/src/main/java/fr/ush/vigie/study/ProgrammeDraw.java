package fr.ush.vigie.study;

import static fr.ush.vigie.marts.AppuiColumns.EFFECTIF_SUFFISANT;
import static fr.ush.vigie.marts.AppuiColumns.EFFET_DID;
import static fr.ush.vigie.marts.AppuiColumns.EFFET_IC95_BAS;
import static fr.ush.vigie.marts.AppuiColumns.EFFET_IC95_BAS_GRAPPES;
import static fr.ush.vigie.marts.AppuiColumns.EFFET_IC95_HAUT;
import static fr.ush.vigie.marts.AppuiColumns.EFFET_IC95_HAUT_GRAPPES;
import static fr.ush.vigie.marts.AppuiColumns.NB_MISSIONS_AVEC_SUIVI;
import static fr.ush.vigie.model.Col.PRESTATAIRE_ID;

import fr.ush.vigie.generate.AutodiagnosticFormat;
import fr.ush.vigie.generate.Generator;
import fr.ush.vigie.generate.GeneratorConfig;
import fr.ush.vigie.generate.PlantedEffects;
import fr.ush.vigie.ingest.CheckedRowStore;
import fr.ush.vigie.ingest.InputInventory;
import fr.ush.vigie.ingest.InputValidation;
import fr.ush.vigie.ingest.ValidatedInputs;
import fr.ush.vigie.io.Trees;
import fr.ush.vigie.marts.AppuiMarts;
import fr.ush.vigie.marts.CarriedScores;
import fr.ush.vigie.marts.GridMarts;
import fr.ush.vigie.marts.StagingSource;
import fr.ush.vigie.marts.Thresholds;
import fr.ush.vigie.model.Source;
import fr.ush.vigie.staging.StagingWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One simulated programme: {@code vigie generate} writes a national dataset with its planted provider effects, the
 * job's own stages read it (inventory, validation, staging tables as a full ingestion builds them) and compute
 * {@code scores_sites} then {@code efficacite_prestataires} with the functions {@code vigie run} calls, all in
 * memory: nothing is written but the generated input files, removed afterwards.
 */
final class ProgrammeDraw {
    private final SparkSession spark;
    private final Path work;
    private final Thresholds thresholds = Thresholds.defaults();

    /** @param work a folder for the generated files of one draw at a time */
    ProgrammeDraw(SparkSession spark, Path work) {
        this.spark = spark;
        this.work = work;
    }

    /**
     * The providers' rows of one draw, in prestataire order.
     *
     * @param realised also compute each provider's realised effect ({@link ProviderDraw#veriteRealisee}): the
     *                 same programme is generated and computed a second time, without mission effects
     */
    List<ProviderDraw> run(StudySize size, long seed, boolean realised) throws Exception {
        GeneratorConfig config = new GeneratorConfig(work.resolve("entree"), size.sites(), size.campagnes(), seed)
                .withFormat(AutodiagnosticFormat.WIDE);
        Map<String, Row> treated = efficacite(config, true);
        Map<String, Row> untreated = realised ? efficacite(config, false) : Map.of();
        Map<String, Double> planted = PlantedEffects.onGlobalScore();
        List<ProviderDraw> draws = new ArrayList<>();
        for (Map.Entry<String, Row> entry : treated.entrySet()) {
            Row row = entry.getValue();
            Double effet = row.getAs(EFFET_DID);
            Row without = untreated.get(entry.getKey());
            Double untreatedEffet = without == null ? null : without.getAs(EFFET_DID);
            Double realisedEffect = effet == null || untreatedEffet == null ? null
                    : Math.round((effet - untreatedEffet) * 10) / 10.0;
            draws.add(new ProviderDraw(size.name(), seed, entry.getKey(), planted.getOrDefault(entry.getKey(), 0.0),
                    realisedEffect, row.getAs(NB_MISSIONS_AVEC_SUIVI), effet,
                    new Interval(row.getAs(EFFET_IC95_BAS), row.getAs(EFFET_IC95_HAUT)),
                    new Interval(row.getAs(EFFET_IC95_BAS_GRAPPES), row.getAs(EFFET_IC95_HAUT_GRAPPES)),
                    row.getAs(EFFECTIF_SUFFISANT)));
        }
        return draws;
    }

    /** The rows of {@code efficacite_prestataires} by prestataire_id, the dataset generated with or without effects. */
    private Map<String, Row> efficacite(GeneratorConfig config, boolean withEffects) throws Exception {
        Generator generator = new Generator();
        if (withEffects) {
            generator.generate(config);
        } else {
            generator.generateUntreated(config);
        }
        InputInventory inventory = InputInventory.take(spark, config.out().toString());
        ValidatedInputs inputs = InputValidation.validate(spark, inventory, CheckedRowStore.inMemory(spark),
                "étude de couverture", (source, rows) -> { });
        Dataset<Row> scores = null;
        try {
            StagingSource staging = inMemory(inputs);
            scores = GridMarts.scoresSites(staging, thresholds, CarriedScores.none())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Map<String, Row> rows = new LinkedHashMap<>();
            for (Row row : AppuiMarts.compute(staging, scores, thresholds).get(AppuiMarts.EFFICACITE_PRESTATAIRES)
                    .collectAsList()) {
                rows.put(row.getAs(PRESTATAIRE_ID), row);
            }
            return rows;
        } finally {
            if (scores != null) {
                scores.unpersist();
            }
            inputs.release();
            delete(config.out());
        }
    }

    /** The staging tables of a full ingestion of {@code inputs}, each built once, never written. */
    private static StagingSource inMemory(ValidatedInputs inputs) {
        Map<String, Dataset<Row>> tables = new HashMap<>();
        return name -> tables.computeIfAbsent(name, n -> StagingWriter.table(inputs, Source.fromCode(n)
                .orElseThrow(() -> new IllegalArgumentException("table de staging inconnue : " + n))));
    }

    private static void delete(Path dir) throws IOException {
        Trees.deleteRecursively(dir);
    }
}
