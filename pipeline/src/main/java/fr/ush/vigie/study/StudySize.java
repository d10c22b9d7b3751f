package fr.ush.vigie.study;

/**
 * One programme size of the coverage study: {@code tirages} national datasets of {@code sites} sites over
 * {@code campagnes} half-year campaigns, as {@code vigie generate} writes them, one per seed.
 *
 * @param name label in the results (« petit », « grand »)
 */
public record StudySize(String name, int sites, int campagnes, int tirages) {
    public StudySize {
        if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("taille : nom en lettres, chiffres, - ou _ attendu, lu « " + name
                    + " »");
        }
        if (sites < 1 || campagnes < 1 || tirages < 1) {
            throw new IllegalArgumentException("taille " + name + " : sites, campagnes et tirages au moins 1");
        }
    }

    /** {@code nom:sites:campagnes:tirages}, e.g. {@code petit:2000:4:200}. */
    public static StudySize parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--taille : nom:sites:campagnes:tirages attendu, lu « " + text + " »");
        }
        try {
            return new StudySize(parts[0], Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[2].strip()),
                    Integer.parseInt(parts[3].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--taille : nombres entiers attendus, lu « " + text + " »", e);
        }
    }
}
