package fr.ush.vigie.reports;

import fr.ush.vigie.io.FileNames;
import fr.ush.vigie.io.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code vigie livrer} (CONTRACT section 7): copies a campaign's reports into one folder per recipient,
 * {@code DEST/<campagne>/<recipient>/}, each with its page, the page's PDF when present, the CSV annexes its page
 * links to (paths kept as in the reports folder, so that the page's links to its annexes still work) and a
 * {@code MANIFEST.csv} ({@code fichier;octets;sha256}); then {@code DEST/<campagne>/livraison.csv}
 * ({@code destinataire;dossier;nb_fichiers}, files of the folder without its manifest).
 *
 * <p>Atomic per campaign: everything is written in a folder beside it, then swapped in with renames, so a reader of
 * {@code DEST/<campagne>} sees the previous delivery or the new one, never a part. Idempotent: the same reports give
 * the same files, byte for byte (no date is written).
 */
public final class Delivery {
    private static final String MANIFEST = "MANIFEST.csv";
    private static final String SUMMARY = "livraison.csv";
    private static final String BOM = "\uFEFF";
    private static final String EOL = "\r\n";

    /**
     * What a delivery wrote.
     *
     * @param folder     {@code DEST/<campagne>}
     * @param campagne   the campaign delivered
     * @param recipients the recipients' folders, in the order of {@code livraison.csv}
     * @param files      the files delivered, manifests excluded
     */
    public record Summary(Path folder, String campagne, List<String> recipients, int files) {
        public Summary {
            recipients = List.copyOf(recipients);
        }
    }

    private Delivery() {
    }

    /**
     * @param reports     the reports folder ({@code --out})
     * @param destination the delivery folder ({@code --livraison}), created when missing
     * @param campagne    the campaign; when empty, the latest campaign of the reports folder
     * @throws IllegalArgumentException in French, when the campaign has no report (or the folder no campaign), or a
     *         page or an annex is not as Vigie writes them
     */
    public static Summary deliver(Path reports, Path destination, Optional<String> campagne) throws IOException {
        Path root = reports.toAbsolutePath().normalize();
        String chosen = campagne.orElseGet(() -> latestCampaign(root));
        Path campaign = root.resolve(FileNames.segment(chosen));
        List<Recipient> recipients = Files.isDirectory(campaign) ? DeliveryPlan.of(campaign) : List.of();
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("campagne « " + chosen + " » : aucun rapport dans " + campaign
                    + " ; attendu : les rapports de vigie run ou vigie report (--out " + reports + ")");
        }
        Path target = destination.toAbsolutePath().normalize().resolve(FileNames.segment(chosen));
        Files.createDirectories(target.getParent());
        Path work = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        boolean swapped = false;
        try {
            StringBuilder summary = new StringBuilder(BOM).append(CsvFile.line(
                    List.of("destinataire", "dossier", "nb_fichiers"))).append(EOL);
            int delivered = 0;
            for (Recipient recipient : recipients) {
                Path folder = work.resolve(recipient.folder());
                StringBuilder manifest = new StringBuilder(BOM).append(CsvFile.line(
                        List.of("fichier", "octets", "sha256"))).append(EOL);
                for (Path file : recipient.files().stream().sorted(Comparator.comparing(Delivery::slashed)).toList()) {
                    Path copy = folder.resolve(file);
                    Files.createDirectories(copy.getParent());
                    Files.copy(campaign.resolve(file), copy);
                    manifest.append(CsvFile.line(List.of(CsvFile.inert(slashed(file)), Long.toString(Files.size(copy)),
                            sha256(copy)))).append(EOL);
                }
                Files.writeString(folder.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
                delivered += recipient.files().size();
                summary.append(CsvFile.line(List.of(CsvFile.inert(recipient.label()), recipient.folder(),
                        Integer.toString(recipient.files().size())))).append(EOL);
            }
            Files.writeString(work.resolve(SUMMARY), summary, StandardCharsets.UTF_8);
            swapIn(work, target);
            swapped = true;
            return new Summary(target, chosen, recipients.stream().map(Recipient::folder).toList(), delivered);
        } finally {
            if (!swapped) {
                Trees.deleteRecursively(work);
            }
        }
    }

    /** The newest campaign folder of the reports folder that holds a report, else the message of exit code 2. */
    private static String latestCampaign(Path root) {
        List<Path> campaigns = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> dirs = Files.list(root)) {
                dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                        .sorted(Comparator.reverseOrder()).forEach(campaigns::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path campaign : campaigns) {
            try {
                if (!DeliveryPlan.of(campaign).isEmpty()) {
                    return campaign.getFileName().toString();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException(root + " : aucune campagne avec des rapports ; attendu : le dossier "
                + "--out de vigie run ou vigie report");
    }

    /** Replaces {@code target} with {@code work}: the old delivery is renamed away, then deleted. */
    private static void swapIn(Path work, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
        boolean hadOld = Files.exists(target);
        if (hadOld) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        if (hadOld) {
            Trees.deleteRecursively(old);
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
