package fr.ush.vigie.generate;

/**
 * A fictitious organisme Hlm.
 *
 * @param homeCommune  the city its name is built on, in its home region (index in {@link GeoCatalog})
 * @param nbLogements  its whole housing stock, at least the sum of its monitored sites
 */
record Organisme(String id, String nom, String famille, String codeRegion, int homeCommune, int nbLogements) {

    Organisme withNbLogements(int stock) {
        return new Organisme(id, nom, famille, codeRegion, homeCommune, stock);
    }
}
