package news.explainer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import news.explainer.load.ArticleParser;
import news.explainer.load.FrontMatterReader;
import news.explainer.load.PersonFields;
import news.explainer.load.SourceText;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.model.Block;
import news.explainer.model.BlockRole;
import news.explainer.model.ParsedArticle;
import org.junit.jupiter.api.Test;

/** Inputs the properties found that broke a promise, kept as plain examples so they stay fixed. */
class FoundByFuzzingTest {

    /** {@code date  2026-13-45}: the header block started one character late per extra blank, losing the "d". */
    @Test
    void aDateHeaderWithSeveralBlanksIsKeptWhole() {
        String text = "date  2026-01-30\tThe Kremlin said.";
        ParsedArticle parsed = new ArticleParser().parse(text);
        Block header = parsed.blocks().get(0);
        assertEquals(BlockRole.DATE_HEADER, header.role());
        assertEquals("date  2026-01-30", header.text());
        assertEquals(0, header.start());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 1, 30)), parsed.headerDate());
        assertEquals("date\t\t2026-13-45", new ArticleParser().parse("date\t\t2026-13-45", List.of()).blocks().get(0).text());
    }

    /**
     * A lone carriage return ends a line for YAML but not for the line index: every YAML error after one was
     * reported lines too far down, past the end of the file.
     */
    @Test
    void yamlErrorsAfterALoneCarriageReturnNameTheRightLine() {
        String text = "---\r\r\nname: x\u2028\nrole: y\r\n  bad: indentation\n---\n";
        SourceText source = new SourceText("people/x.md", text, 0);
        Problems problems = new Problems();
        assertEquals(Optional.empty(), new FrontMatterReader().read(source, PersonFields.class, problems));
        Problem problem = problems.sorted().get(0);
        assertEquals("people/x.md:4:6: error: broken YAML: mapping values are not allowed here", problem.headline());
        assertEquals("  bad: indentation", problem.excerpt());
    }
}
