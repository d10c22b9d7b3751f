package fr.ush.vigie.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ush.vigie.generate.GeneratedDataset.IndicatorRow;
import fr.ush.vigie.generate.GeneratedDataset.Table;
import fr.ush.vigie.model.ColumnSpec;
import fr.ush.vigie.model.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Asserts that every row of a generated dataset passes the rules of reference.md sections 2 and 3. */
final class ContractChecks {
    private final GeneratedDataset dataset;

    private ContractChecks(GeneratedDataset dataset) {
        this.dataset = dataset;
    }

    static void assertValid(GeneratedDataset dataset) {
        ContractChecks checks = new ContractChecks(dataset);
        checks.headers();
        checks.typesAndRequired();
        checks.uniqueKeys();
        checks.geography();
        checks.organismesAndSites();
        checks.autodiagnostics();
        checks.appui();
    }

    private void headers() {
        for (Source source : Source.values()) {
            if (source.singleFile()) {
                Table table = dataset.tables.get(source);
                assertTrue(table.header().containsAll(source.headerColumns()), table.fichier() + " " + table.header());
            }
        }
        Set<String> codes = keys(Source.GRILLE, "code_indicateur");
        for (Table table : dataset.autodiagnosticFiles) {
            if (table.header().contains("code_indicateur")) {
                assertTrue(table.header().containsAll(Source.AUTODIAGNOSTICS.headerColumns()), table.fichier());
            } else {
                assertEquals(Source.WIDE_FIXED_COLUMNS, table.header().subList(0, 4), table.fichier());
                for (String column : table.header().subList(4, table.header().size())) {
                    assertTrue(codes.contains(column.toUpperCase(Locale.ROOT)), table.fichier() + " " + column);
                }
            }
        }
    }

    /** Rules 1 and 2: every value reads as its type, every required value is there. */
    private void typesAndRequired() {
        for (Map.Entry<Source, Table> entry : dataset.tables.entrySet()) {
            for (Map<String, String> row : entry.getValue().rows()) {
                for (ColumnSpec column : entry.getKey().columns()) {
                    String value = row.get(column.name());
                    String where = entry.getValue().fichier() + " " + column.name() + " " + row;
                    if (value == null || value.isEmpty()) {
                        assertFalse(column.required(), "required: " + where);
                        continue;
                    }
                    assertReadable(column, value, where);
                }
            }
        }
        for (Table table : dataset.autodiagnosticFiles) {
            for (Map<String, String> row : table.rows()) {
                for (String fixed : Source.WIDE_FIXED_COLUMNS) {
                    assertFalse(row.get(fixed).isEmpty(), table.fichier() + " " + fixed);
                }
                assertNotNull(GeneratedDataset.date(row.get("date_autodiagnostic")));
            }
        }
    }

    private static void assertReadable(ColumnSpec column, String value, String where) {
        switch (column.type()) {
            case DATE -> assertNotNull(GeneratedDataset.date(value), where);
            case INTEGER -> assertTrue(value.matches("-?\\d+"), where);
            case DECIMAL -> assertTrue(value.matches("-?\\d+([.,]\\d+)?"), where);
            case BOOLEAN -> GeneratedDataset.bool(value);
            case ENUM -> assertTrue(column.allowed().stream().anyMatch(a -> a.equalsIgnoreCase(value)), where);
            case TEXT -> assertEquals(value.trim(), value, where);
            default -> throw new IllegalStateException(column.type().toString());
        }
    }

    /** Rule 6: no key seen twice. */
    private void uniqueKeys() {
        for (Map.Entry<Source, Table> entry : dataset.tables.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (Map<String, String> row : entry.getValue().rows()) {
                String key = String.join("|", entry.getKey().keyColumns().stream().map(row::get).toList());
                assertTrue(seen.add(key), entry.getValue().fichier() + " duplicate " + key);
            }
        }
        Set<String> seen = new HashSet<>();
        for (IndicatorRow row : dataset.indicators) {
            assertTrue(seen.add(row.autodiagnosticId() + "|" + row.code()), "duplicate " + row);
        }
    }

    private void geography() {
        Set<String> regions = keys(Source.REGIONS, "code_region");
        Set<String> departements = keys(Source.DEPARTEMENTS, "code_departement");
        for (Map<String, String> row : dataset.rows(Source.DEPARTEMENTS)) {
            assertTrue(regions.contains(row.get("code_region")), row.toString());
        }
        for (Map<String, String> row : dataset.rows(Source.COMMUNES)) {
            assertTrue(departements.contains(row.get("code_departement")), row.toString());
            assertTrue(regions.contains(row.get("code_region")), row.toString());
        }
        Set<String> communes = keys(Source.COMMUNES, "code_commune");
        for (Map<String, String> row : dataset.rows(Source.QPV)) {
            assertTrue(communes.contains(row.get("code_commune")), row.toString());
            assertTrue(row.get("code_qpv").matches("QN[0-9AB]{3}\\d{2}M"), row.toString());
        }
    }

    private void organismesAndSites() {
        Set<String> regions = keys(Source.REGIONS, "code_region");
        Set<String> organismes = keys(Source.ORGANISMES, "organisme_id");
        Map<String, String> qpvCommune = map(Source.QPV, "code_qpv", "code_commune");
        Set<String> communes = keys(Source.COMMUNES, "code_commune");
        for (Map<String, String> row : dataset.rows(Source.ORGANISMES)) {
            assertTrue(regions.contains(row.get("code_region")), row.toString());
            assertTrue(Integer.parseInt(row.get("nb_logements")) > 0, row.toString());
        }
        for (Map<String, String> row : dataset.rows(Source.SITES)) {
            assertTrue(organismes.contains(row.get("organisme_id")), row.toString());
            assertTrue(communes.contains(row.get("code_commune")), row.toString());
            if (!row.get("code_qpv").isEmpty()) {
                assertEquals(row.get("code_commune"), qpvCommune.get(row.get("code_qpv")), row.toString());
            }
            int logements = Integer.parseInt(row.get("nb_logements"));
            assertTrue(logements >= 20 && logements <= 400, row.toString());
            LocalDate sortie = GeneratedDataset.date(row.get("date_sortie"));
            LocalDate entree = GeneratedDataset.date(row.get("date_entree"));
            assertTrue(sortie == null || !sortie.isBefore(entree), row.toString());
        }
    }

    private void autodiagnostics() {
        Set<String> sites = keys(Source.SITES, "site_id");
        Set<String> grid = new HashSet<>();
        for (Map<String, String> row : dataset.rows(Source.GRILLE)) {
            grid.add(row.get("version_grille") + "|" + row.get("code_indicateur"));
        }
        for (IndicatorRow row : dataset.indicators) {
            assertTrue(sites.contains(row.siteId()), row.toString());
            assertTrue(row.niveau() >= 0 && row.niveau() <= 3, row.toString());
            assertTrue(grid.contains(row.version() + "|" + row.code()), row.toString());
            assertTrue(row.fichier().startsWith("autodiagnostics/" + ContractScores.campagne(row.date()) + "/"),
                    row.toString());
        }
    }

    private void appui() {
        Set<String> organismes = keys(Source.ORGANISMES, "organisme_id");
        Map<String, String> siteOrganisme = map(Source.SITES, "site_id", "organisme_id");
        Map<String, Map<String, String>> demandes = new HashMap<>();
        for (Map<String, String> d : dataset.rows(Source.DEMANDES)) {
            demandes.put(d.get("demande_id"), d);
            assertTrue(organismes.contains(d.get("organisme_id")), d.toString());
            if (!d.get("site_id").isEmpty()) {
                assertEquals(d.get("organisme_id"), siteOrganisme.get(d.get("site_id")), d.toString());
            }
            LocalDate commission = GeneratedDataset.date(d.get("date_commission"));
            assertTrue(commission != null || "EN_ATTENTE".equals(d.get("decision")), d.toString());
            if (commission != null) {
                long days = ChronoUnit.DAYS.between(GeneratedDataset.date(d.get("date_reception")), commission);
                assertTrue(days >= 14 && days <= 56, "2 to 8 weeks: " + d);
            }
        }
        Map<String, String> poles = map(Source.PRESTATAIRES, "prestataire_id", "pole");
        Map<String, Map<String, String>> missions = new HashMap<>();
        for (Map<String, String> m : dataset.rows(Source.MISSIONS)) {
            missions.put(m.get("mission_id"), m);
            Map<String, String> d = demandes.get(m.get("demande_id"));
            assertNotNull(d, m.toString());
            assertEquals("ACCEPTEE", d.get("decision"), m.toString());
            assertEquals(d.get("volet"), poles.get(m.get("prestataire_id")), m.toString());
            LocalDate debut = GeneratedDataset.date(m.get("date_debut"));
            LocalDate fin = GeneratedDataset.date(m.get("date_fin"));
            assertTrue(debut != null && !debut.isBefore(GeneratedDataset.date(d.get("date_reception"))), m.toString());
            long delay = ChronoUnit.DAYS.between(GeneratedDataset.date(d.get("date_commission")), debut);
            assertTrue(delay >= 14 && delay <= 70, "2 to 10 weeks: " + m);
            assertTrue(fin == null || !fin.isBefore(debut), m.toString());
            assertEquals("TERMINEE".equals(m.get("statut")), fin != null, m.toString());
            int jours = Integer.parseInt(m.get("jours_finances"));
            assertTrue(jours >= 3 && jours <= 5, m.toString());
            assertTrue(Integer.parseInt(m.get("jours_prolongation")) >= 0, m.toString());
            double tarif = GeneratedDataset.decimal(m.get("tarif_jour_eur"));
            assertTrue(tarif >= 900 && tarif <= 1400, m.toString());
        }
        for (Map<String, String> e : dataset.rows(Source.EVALUATIONS)) {
            Map<String, String> m = missions.get(e.get("mission_id"));
            assertNotNull(m, e.toString());
            assertEquals("TERMINEE", m.get("statut"), e.toString());
            LocalDate date = GeneratedDataset.date(e.get("date_evaluation"));
            assertFalse(date.isBefore(GeneratedDataset.date(m.get("date_debut"))), e.toString());
            assertFalse(date.isBefore(GeneratedDataset.date(m.get("date_fin"))), e.toString());
            int satisfaction = Integer.parseInt(e.get("satisfaction"));
            assertTrue(satisfaction >= 1 && satisfaction <= 5, e.toString());
            int preconisations = Integer.parseInt(e.get("nb_preconisations"));
            int misesEnOeuvre = Integer.parseInt(e.get("nb_preconisations_mises_en_oeuvre"));
            assertTrue(misesEnOeuvre >= 0 && misesEnOeuvre <= preconisations, e.toString());
        }
    }

    private Set<String> keys(Source source, String column) {
        Set<String> keys = new HashSet<>();
        for (Map<String, String> row : dataset.rows(source)) {
            keys.add(row.get(column));
        }
        return keys;
    }

    private Map<String, String> map(Source source, String key, String value) {
        Map<String, String> map = new HashMap<>();
        for (Map<String, String> row : dataset.rows(source)) {
            map.put(row.get(key), row.get(value));
        }
        return map;
    }
}
