package fr.ush.vigie.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * One recipient of a campaign's delivery and what it receives, as paths relative to the campaign's reports folder:
 * its page, the page's PDF when there is one, and the CSV annexes its page links to.
 *
 * @param kind   who receives it
 * @param code   the file-name segment of the region, famille or organisme (as {@code io.FileNames} wrote it);
 *               empty for the Commission
 * @param files  the files to deliver, page first
 */
record Recipient(Kind kind, String code, List<Path> files) {

    enum Kind {
        COMMISSION("commission", "Commission Qualité de service"),
        REGION("region", "Association régionale — région "),
        FAMILLE("famille", "Fédération — famille "),
        ORGANISME("organisme", "Organisme ");

        private final String folderPrefix;
        private final String label;

        Kind(String folderPrefix, String label) {
            this.folderPrefix = folderPrefix;
            this.label = label;
        }
    }

    Recipient {
        files = List.copyOf(files);
    }

    /**
     * The recipient's folder: {@code commission}, or {@code region-<code>}, {@code famille-<code>},
     * {@code organisme-<id>} with the code's segment as {@code io.FileNames} made it (letters, digits, {@code -},
     * {@code _}, {@code %XX}), so that it never leaves the delivery folder.
     */
    String folder() {
        return kind == Kind.COMMISSION ? kind.folderPrefix : kind.folderPrefix + "-" + code;
    }

    /** Who it is, in French, for {@code livraison.csv}: the code as the data spells it. */
    String label() {
        return kind == Kind.COMMISSION ? kind.label : kind.label + decode(code);
    }

    /** The value a segment was made from: each {@code %XX} back to its byte. */
    private static String decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length() && HexFormat.isHexDigit(segment.charAt(i + 1))
                    && HexFormat.isHexDigit(segment.charAt(i + 2))) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
