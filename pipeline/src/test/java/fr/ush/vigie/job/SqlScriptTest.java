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

    @Test
    void aNotebookRunsOnlyItsSqlCells() {
        String notebook = """
                # Carnet

                Le nombre de sites ; pas du SQL.

                ```sql
                select count(*) from sites
                ```

                ````markdown
                ```sql
                select 'un exemple montré, pas une cellule'
                ```
                ````

                ~~~~ SQL titre ignoré
                select '```' as x
                ~~~~
                ```sql
                select 2 -- non fermé : court jusqu'à la fin""";
        assertEquals(List.of("select count(*) from sites\n", "select '```' as x\n",
                "select 2 -- non fermé : court jusqu'à la fin\n"), SqlScript.notebookCells(notebook));
    }

    @Test
    void aCellEndingWithACommentStillEndsItsStatement() {
        String notebook = "```sql\nselect 1\n-- attendu : lignes\n```\n```sql\nselect 2\n```\n";
        assertEquals(List.of("select 1", "select 2"), SqlScript.statements(SqlScript.notebookScript(notebook)));
    }
}
