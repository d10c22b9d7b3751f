package fr.ush.vigie.reports;

import fr.ush.vigie.marts.Thresholds;
import java.util.ArrayList;
import java.util.List;

/**
 * The method section, the same in every report: the glossary of acronyms, definitions and the thresholds in force.
 */
final class Methode {
    private static final List<String> DEFINITIONS = List.of("def.glossaire", "def.score", "def.satisfaction",
            "def.delais", "def.situations", "def.complexe", "def.panel", "def.veille", "def.did", "def.couverture",
            "def.intervalle", "def.ratio", "def.indicatif", "def.limites", "def.secret", "def.complementaire");

    private Methode() {
    }

    static Section section(Labels labels, Thresholds thresholds, String csvPrefix) {
        List<List<Cell>> rows = new ArrayList<>();
        thresholds.asProperties().forEach((key, value) -> rows.add(List.of(Cell.text(labels.code("seuil", key)),
                new Cell(value.replace('.', ','), value.replace('.', ','), true))));
        DataTable table = new DataTable(labels.get("tab.seuils.titre"), List.of(labels.get("col.seuil"),
                labels.get("col.valeur")), rows, csvPrefix + "seuils.csv");
        return new Section("methode", labels.get("section.methode"),
                List.of(labels.get("phrase.methode")), List.of(), List.of(), List.of(table),
                DEFINITIONS.stream().map(labels::get).toList());
    }
}
