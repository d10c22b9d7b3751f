package fr.ush.vigie.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;

/**
 * Marks the cells of tiling patterns as artifacts. A chart's or a map's fill pattern (the hatching of « n < 5 »)
 * becomes a PDF tiling pattern whose cell is drawn by its own content stream, outside the page's tagged content;
 * PDF/UA wants every content either tagged or an artifact. The pattern is decoration of a figure that is tagged as
 * a whole with its text alternative, so each cell's content is enclosed in {@code /Artifact BMC … EMC}; what it
 * draws does not change.
 */
final class PatternArtifacts {
    private static final byte[] BEGIN = "/Artifact BMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\nEMC\n".getBytes(StandardCharsets.US_ASCII);

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private PatternArtifacts() {
    }

    static void mark(PDDocument document) throws IOException {
        PatternArtifacts marker = new PatternArtifacts();
        for (PDPage page : document.getPages()) {
            marker.visit(page.getResources());
        }
    }

    private void visit(PDResources resources) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getPatternNames()) {
            PDAbstractPattern pattern = resources.getPattern(name);
            if (pattern instanceof PDTilingPattern tiling && seen.add(tiling.getCOSObject())) {
                enclose(tiling.getContentStream().getCOSObject());
                visit(tiling.getResources());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                visit(form.getResources());
            }
        }
    }

    private static void enclose(COSStream stream) throws IOException {
        byte[] content;
        try (InputStream in = stream.createInputStream()) {
            content = in.readAllBytes();
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(BEGIN);
            out.write(content);
            out.write(END);
        }
    }
}
