package fr.ush.vigie.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Data quality: completeness of the campaign by region, rejected rows by source and reason, lines read. */
final class QualiteSection {
    private final WarehouseSnapshot data;
    private final Labels labels;
    private final Secrecy secrecy;
    private final String csvPrefix;

    QualiteSection(WarehouseSnapshot data, Labels labels, String csvPrefix) {
        this.data = data;
        this.labels = labels;
        this.secrecy = data.secrecy();
        this.csvPrefix = csvPrefix;
    }

    Section section() {
        List<DataTable> tables = List.of(completeness(), rejects(), inputs(),
                atypicalByReason(data.quality().atypical(), labels, data.campagne(), csvPrefix));
        long rejected = data.rejects().stream().mapToLong(RejectCount::nbLignes).sum();
        long read = data.run().inputs().stream().mapToLong(RunInfo.Input::lignesLues).sum();
        List<String> text = new ArrayList<>();
        data.territory(data.campagne(), fr.ush.vigie.marts.Dimension.NATIONAL.name(), "FR")
                .ifPresent(t -> text.add(new Sentences(labels, secrecy, data.thresholds().tendanceSeuil()).coverage(t)));
        text.add(labels.format("phrase.rejets", FrenchFormat.integer(rejected), FrenchFormat.integer(read),
                read == 0 ? "—" : FrenchFormat.percent((double) rejected / read)));
        return new Section("qualite", labels.get("section.qualite"), text, List.of(), List.of(), tables, List.of());
    }

    private DataTable completeness() {
        List<List<Cell>> rows = new ArrayList<>();
        data.current(fr.ush.vigie.marts.Dimension.REGION.name()).stream()
                .sorted(Comparator.comparing(TerritoryStats::libelle))
                .forEach(t -> rows.add(List.of(Cell.text(t.libelle()), Cell.integer(t.nbAttendus()),
                        Cell.integer(t.nbEvalues()), CategoryData.ValueFormat.PERCENT.cell(
                                Measures.completeness(t), secrecy))));
        return new DataTable(labels.format("tab.completude.titre", data.campagne()), List.of(labels.get("col.region"),
                labels.get("col.attendus"), labels.get("col.evalues"), labels.get("col.completude")), rows,
                csvPrefix + "completude.csv");
    }

    private DataTable rejects() {
        List<List<Cell>> rows = new ArrayList<>();
        data.rejects().stream().sorted(Comparator.comparing(RejectCount::source)
                .thenComparing(RejectCount::codeMotif))
                .forEach(r -> rows.add(List.of(Cell.text(labels.code("source", r.source())),
                        Cell.text(labels.code("motif", r.codeMotif())),
                        Cell.integer(r.nbLignes()))));
        return new DataTable(labels.get("tab.rejets.titre"), List.of(labels.get("col.source"), labels.get("col.motif"),
                labels.get("col.lignes")), rows, csvPrefix + "rejets.csv");
    }

    /** Assessments to confirm, counted by reason (one assessment with both reasons counts under each). */
    static DataTable atypicalByReason(List<AtypicalAssessment> atypical, Labels labels, String campagne,
            String csvPrefix) {
        Map<String, Long> byReason = new TreeMap<>();
        atypical.forEach(a -> a.motifs().forEach(m -> byReason.merge(m, 1L, Long::sum)));
        List<List<Cell>> rows = new ArrayList<>();
        byReason.forEach((motif, n) -> rows.add(List.of(Cell.text(labels.code("atypique", motif)),
                Cell.integer(n))));
        return new DataTable(labels.format("tab.atypiques.titre", campagne), List.of(labels.get("col.a-confirmer"),
                labels.get("col.autodiagnostics")), rows, csvPrefix + "a-confirmer.csv");
    }

    private DataTable inputs() {
        Map<String, long[]> bySource = new TreeMap<>();
        for (RunInfo.Input input : data.run().inputs()) {
            long[] counts = bySource.computeIfAbsent(input.source(), s -> new long[4]);
            counts[0]++;
            counts[1] += input.lignesLues();
            counts[2] += input.lignesAcceptees();
            counts[3] += input.lignesRejetees();
        }
        List<List<Cell>> rows = new ArrayList<>();
        bySource.forEach((source, c) -> rows.add(List.of(Cell.text(labels.code("source", source)),
                Cell.integer(c[0]), Cell.integer(c[1]),
                Cell.integer(c[2]), Cell.integer(c[3]))));
        return new DataTable(labels.get("tab.entrees.titre"), List.of(labels.get("col.source"),
                labels.get("col.fichiers"), labels.get("col.lues"), labels.get("col.acceptees"),
                labels.get("col.rejetees")), rows, csvPrefix + "entrees.csv");
    }
}
