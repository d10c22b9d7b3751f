package fr.ush.vigie.reports;

import java.util.List;

/**
 * One section of a report: it opens with sentences generated from the figures, then shows its key figures, figures,
 * tables and notes, in that order. Every report is a list of these, so one template renders them all.
 */
public record Section(String id, String title, List<String> sentences, List<KeyFigure> keyFigures,
        List<Figure> figures, List<DataTable> tables, List<String> notes) {
    public Section {
        sentences = List.copyOf(sentences);
        keyFigures = List.copyOf(keyFigures);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** Every table of the section, the figures' data included: what goes to {@code donnees/}. */
    public List<DataTable> allTables() {
        return java.util.stream.Stream.concat(figures.stream().map(Figure::data), tables.stream()).toList();
    }
}
