package fr.ush.vigie.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormatAndScopeTest {
    @Test
    void frenchNumbers() {
        assertEquals("12\u202F345,7", FrenchFormat.number(12345.678, 1));
        assertEquals("23,4\u202F%", FrenchFormat.percent(0.234));
        assertEquals("\u22120,8", FrenchFormat.signed(-0.8, 1));
        assertEquals("0,0", FrenchFormat.signed(-0.04, 1));
        assertEquals("+1,2", FrenchFormat.signed(1.2, 1));
    }

    @Test
    void scopes() {
        assertEquals(ReportScope.all(), ReportScope.parse("all"));
        assertEquals(ReportScope.national(), ReportScope.parse("National"));
        assertEquals(ReportScope.region("84"), ReportScope.parse("region:84"));
        assertEquals(ReportScope.famille("OPH"), ReportScope.parse("famille:oph"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportScope.parse("pays:FR"));
        assertTrue(e.getMessage().contains("region:CODE") && e.getMessage().contains("famille:CODE"));
        assertThrows(IllegalArgumentException.class, () -> ReportScope.parse("region:"));
    }

    @Test
    void escapingHandlerLetsOnlyTrustedHtmlThrough() {
        EscapingInsertionHandler handler = new EscapingInsertionHandler();
        assertEquals("&lt;b&gt; &amp; &quot;", handler.referenceInsert(null, "$x", "<b> & \""));
        TrustedHtml svg = new TrustedHtml("<svg></svg>");
        assertEquals(svg, handler.referenceInsert(null, "$x", svg));
    }
}
