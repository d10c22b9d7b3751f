package fr.ush.vigie.ingest;

import fr.ush.vigie.model.Source;

/**
 * The reconciliation of one input file: {@code lignes_lues = lignes_acceptees + lignes_rejetees}.
 *
 * @param fichier path relative to the input folder
 * @param source  its kind
 * @param sha256  digest of its bytes
 * @param lues    rows read (a wide autodiagnostics row counts one per filled indicator cell)
 * @param acceptees rows accepted
 * @param rejetees  rows rejected
 */
public record FileCounts(String fichier, Source source, String sha256, long lues, long acceptees, long rejetees) {
}
