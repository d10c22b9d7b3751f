package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class StylesheetTest {
    @Test
    void theRunningHeaderEscapesPunctuationAndKeepsTheSpacesAfterIt() {
        String css = Stylesheet.runningHeader("OPH (x) — </style>").toString();

        // CSS drops the one space after an escape: a space of the text after one is doubled.
        assertEquals("@media print { @page { @top-left { content: \"OPH \\000028x\\000029  — \\00003C\\00002Fstyle"
                + "\\00003E\"; font: 8pt Arial, sans-serif; color: #4a4a4a; vertical-align: bottom;"
                + " padding-bottom: 3mm; } } }", css);
        assertFalse(css.contains("</style>"));
    }
}
