package fr.ush.vigie.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- sites; en QPV
                select 'a;b' as x;
                select "c;d", `e;f` from t -- fin; de ligne
                ;

                select 1
                """;
        assertEquals(List.of("select 'a;b' as x", "select \"c;d\", `e;f` from t", "select 1"),
                SqlScript.statements(script));
    }

    @Test
    void anEmptyScriptHasNoStatement() {
        assertEquals(List.of(), SqlScript.statements(" ;\n-- rien\n;"));
    }
}
