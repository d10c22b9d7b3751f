package fr.ush.vigie.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Who receives what of one campaign's reports folder: the Commission its national report, each region, famille and
 * organisme its own page. A recipient's CSV annexes are exactly those its page links to in {@code donnees/} (each
 * page links every table and chart it shows), so no recipient receives an annex of another scope.
 */
final class DeliveryPlan {
    /** A page's name as {@code io.FileNames} writes it: a segment, then {@code .html}. */
    private static final Pattern PAGE = Pattern.compile("[A-Za-z0-9_%-]+\\.html");

    private DeliveryPlan() {
    }

    /**
     * @param campaign the campaign's folder in the reports folder
     * @return the recipients, Commission first, then regions, familles and organismes in the order of their folders
     * @throws IllegalArgumentException when a page's name is not one Vigie writes, or a page links to an annex that
     *         is missing or outside {@code donnees/}
     */
    static List<Recipient> of(Path campaign) throws IOException {
        List<Recipient> recipients = new ArrayList<>();
        Path national = campaign.resolve("national.html");
        if (Files.isRegularFile(national)) {
            recipients.add(recipient(campaign, Recipient.Kind.COMMISSION, "", Path.of("national.html")));
        }
        addEach(recipients, campaign, "regions", Recipient.Kind.REGION);
        addEach(recipients, campaign, "familles", Recipient.Kind.FAMILLE);
        addEach(recipients, campaign, "organismes", Recipient.Kind.ORGANISME);
        return recipients;
    }

    private static void addEach(List<Recipient> recipients, Path campaign, String folder, Recipient.Kind kind)
            throws IOException {
        Path dir = campaign.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString();
            if (!PAGE.matcher(name).matches()) {
                throw new IllegalArgumentException(page + " : nom de rapport inattendu ; attendu : lettres, "
                        + "chiffres, -, _ ou %XX, puis .html, comme Vigie les écrit");
            }
            String code = name.substring(0, name.length() - ".html".length());
            recipients.add(recipient(campaign, kind, code, Path.of(folder, name)));
        }
    }

    private static Recipient recipient(Path campaign, Recipient.Kind kind, String code, Path page) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(page);
        Path pdf = ReportWriter.pdfOf(page);
        if (Files.isRegularFile(campaign.resolve(pdf))) {
            files.add(pdf);
        }
        files.addAll(annexes(campaign, page));
        return new Recipient(kind, code, files);
    }

    /** The CSV files of {@code donnees/} the page links to, in the order of the page. */
    private static Set<Path> annexes(Path campaign, Path page) throws IOException {
        Path donnees = campaign.resolve("donnees").normalize();
        Set<Path> annexes = new LinkedHashSet<>();
        Path file = campaign.resolve(page);
        for (Element link : Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).select("a[href$=.csv]")) {
            // Links are io.FileNames.href of segments: only % is escaped, as %25.
            String href = link.attr("href").replace("%25", "%");
            Path csv = file.getParent().resolve(href).normalize();
            if (!csv.startsWith(donnees) || !Files.isRegularFile(csv)) {
                throw new IllegalArgumentException(file + " : l'annexe liée « " + link.attr("href")
                        + " » est introuvable ; attendu : un fichier CSV de " + donnees);
            }
            annexes.add(campaign.normalize().relativize(csv));
        }
        return annexes;
    }
}
