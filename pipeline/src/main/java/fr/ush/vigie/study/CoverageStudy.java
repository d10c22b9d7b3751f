package fr.ush.vigie.study;

import fr.ush.vigie.spark.SparkSessions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * The simulation study of the provider effects of {@code efficacite_prestataires}: for each programme size and
 * each seed, a programme is generated with its planted effects and computed by the job's own stages
 * ({@link ProgrammeDraw}); the estimates and intervals are set against the planted effects (bias, RMSE, coverage,
 * false positives: {@link CoverageSummary}). One JVM, one SparkSession for every draw.
 *
 * <p>Writes {@code tirages.csv} (a line per draw and provider, appended as each draw ends, so that an interrupted
 * study keeps its draws) and {@code synthese.csv} (a line per size and provider) into the output folder.
 *
 * <pre>
 * CoverageStudy [--sortie DIR] [--taille NOM:SITES:CAMPAGNES:TIRAGES]... [--graine-initiale S] [--realise]
 * </pre>
 * Defaults: {@code target/couverture}, {@code petit:2000:4:200} and {@code grand:10000:6:200}, seeds from 1.
 * {@code --realise} also measures the effect each draw's treated sites really got (the programme is computed a
 * second time, without mission effects: twice the time).
 */
public final class CoverageStudy {
    public static final String DRAWS_FILE = "tirages.csv";
    public static final String SUMMARY_FILE = "synthese.csv";
    static final List<StudySize> DEFAULT_SIZES = List.of(new StudySize("petit", 2000, 4, 200),
            new StudySize("grand", 10000, 6, 200));
    /** Few partitions: the tables of one programme are small, and adaptive execution merges the rest. */
    private static final int SHUFFLE_PARTITIONS = 4;

    /**
     * @param sortie         output folder
     * @param tailles        the programme sizes, in order
     * @param graineInitiale the first seed; draw k of every size uses seed {@code graineInitiale + k}
     * @param realise        also measure the realised effects
     */
    public record Options(Path sortie, List<StudySize> tailles, long graineInitiale, boolean realise) {
        public Options {
            tailles = List.copyOf(tailles);
        }

        /** @throws IllegalArgumentException on an unknown option or a malformed value */
        public static Options parse(String[] args) {
            Path sortie = Path.of("target", "couverture");
            List<StudySize> tailles = new ArrayList<>();
            long graine = 1;
            boolean realise = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--sortie" -> sortie = Path.of(value(args, ++i));
                    case "--taille" -> tailles.add(StudySize.parse(value(args, ++i)));
                    case "--graine-initiale" -> graine = Long.parseLong(value(args, ++i));
                    case "--realise" -> realise = true;
                    default -> throw new IllegalArgumentException("option inconnue : " + args[i]);
                }
            }
            return new Options(sortie, tailles.isEmpty() ? DEFAULT_SIZES : tailles, graine, realise);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " : valeur attendue");
            }
            return args[i];
        }
    }

    private CoverageStudy() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("étude de couverture : " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = session();
        run(spark, options, System.out);
        spark.stop();
    }

    /** The study's SparkSession: embedded, quiet. */
    public static SparkSession session() {
        SparkSession spark = SparkSessions.create(Optional.empty(), SHUFFLE_PARTITIONS);
        spark.sparkContext().setLogLevel("ERROR");
        return spark;
    }

    /**
     * Runs every draw and writes both files. The draws already in the folder's {@code tirages.csv} (same sizes'
     * names, seeds in range) are kept, not computed again: an interrupted study goes on where it stopped, a longer
     * one adds only its new draws. {@code synthese.csv} is rewritten after every draw.
     *
     * @param progress a line per draw computed: size, seed, seconds
     * @return the summaries, by size then prestataire
     */
    public static List<CoverageSummary> run(SparkSession spark, Options options, PrintStream progress)
            throws Exception {
        Files.createDirectories(options.sortie());
        Path drawsFile = options.sortie().resolve(DRAWS_FILE);
        Map<String, List<ProviderDraw>> done = previousDraws(drawsFile);
        ProgrammeDraw programme = new ProgrammeDraw(spark, options.sortie().resolve("travail"));
        Map<String, List<ProviderDraw>> byProvider = new LinkedHashMap<>();
        List<CoverageSummary> summaries = List.of();
        try (BufferedWriter draws = Files.newBufferedWriter(drawsFile, StandardCharsets.UTF_8)) {
            draws.write(StudyCsv.DRAWS_HEADER);
            draws.newLine();
            int most = options.tailles().stream().mapToInt(StudySize::tirages).max().orElse(0);
            // Sizes take turns, draw by draw: however far an interrupted study went, every size has its draws.
            for (int k = 0; k < most; k++) {
                for (StudySize size : options.tailles()) {
                    if (k >= size.tirages()) {
                        continue;
                    }
                    long seed = options.graineInitiale() + k;
                    long start = System.nanoTime();
                    List<ProviderDraw> previous = done.get(size.name() + "/" + seed);
                    boolean computed = previous == null
                            || options.realise() && previous.stream().allMatch(d -> d.veriteRealisee() == null);
                    for (ProviderDraw draw : computed ? programme.run(size, seed, options.realise()) : previous) {
                        draws.write(StudyCsv.line(draw));
                        draws.newLine();
                        byProvider.computeIfAbsent(size.name() + "/" + draw.prestataireId(), key -> new ArrayList<>())
                                .add(draw);
                    }
                    draws.flush();
                    summaries = byProvider.values().stream().map(CoverageSummary::of).toList();
                    writeSummary(options.sortie().resolve(SUMMARY_FILE), summaries);
                    if (computed) {
                        progress.printf(Locale.ROOT, "%s graine %d : %.1f s%n", size.name(), seed,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
            }
        }
        return summaries;
    }

    /** The draws of an earlier study in the same folder, by size name and seed; none without one. */
    private static Map<String, List<ProviderDraw>> previousDraws(Path file) throws IOException {
        Map<String, List<ProviderDraw>> bySizeAndSeed = new HashMap<>();
        if (!Files.exists(file)) {
            return bySizeAndSeed;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(StudyCsv.DRAWS_HEADER)) {
            throw new IllegalArgumentException(file + " : en-tête d'une autre version de l'étude ; "
                    + "changer de --sortie");
        }
        for (String line : lines.subList(1, lines.size())) {
            ProviderDraw draw = StudyCsv.draw(line);
            bySizeAndSeed.computeIfAbsent(draw.taille() + "/" + draw.graine(), key -> new ArrayList<>()).add(draw);
        }
        return bySizeAndSeed;
    }

    private static void writeSummary(Path file, List<CoverageSummary> summaries) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(StudyCsv.SUMMARY_HEADER);
        summaries.forEach(s -> lines.add(StudyCsv.line(s)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
