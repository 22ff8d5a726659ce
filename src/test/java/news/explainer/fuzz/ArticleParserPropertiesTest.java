package news.explainer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.explainer.load.ArticleParser;
import news.explainer.model.Block;
import news.explainer.model.ParsedArticle;
import org.junit.jupiter.api.Test;

/**
 * The article parser on arbitrary text: it never throws, never hangs, and never loses text. Every block is a stretch
 * of the original whose cleaned text is the original's characters with no-break spaces read as spaces (the one
 * normalisation documented on {@link Block}); blocks come in order without overlapping; and every visible character
 * of the file is in some block, so nothing an outlet printed can silently vanish from the site.
 */
class ArticleParserPropertiesTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void everyBlockIsAStretchOfTheOriginalAndNoVisibleCharacterIsLost() {
        Fuzz.check("ArticleParser keeps every character in place", 1000, Inputs.anyArticle(), this::holds);
    }

    @Test
    void editorsSubheadingsAnywhereKeepTheSameGuarantees() {
        Fuzz.check("ArticleParser with editors' subheadings", 300,
                Inputs.anyArticle().zip(Inputs.newsText(), WithHeading::new),
                in -> check(in.text(), parser.parse(in.text(), List.of(in.heading(), "Talks to resume on Sunday"))));
    }

    private record WithHeading(String text, String heading) {
        @Override
        public String toString() {
            return "text " + Fuzz.show(text) + " with subheading " + Fuzz.show(heading);
        }
    }

    private void holds(String text) {
        check(text, parser.parse(text));
    }

    static void check(String text, ParsedArticle parsed) {
        int previousEnd = 0;
        boolean[] covered = new boolean[text.length()];
        for (Block block : parsed.blocks()) {
            assertTrue(block.start() >= previousEnd && block.start() < block.end() && block.end() <= text.length(),
                    () -> "block out of order or out of the text: " + block);
            assertEquals(text.substring(block.start(), block.end()).replace('\u00A0', ' '), block.text(),
                    () -> "block text differs from the original at " + block.start());
            for (int i = block.start(); i < block.end(); i++) {
                covered[i] = true;
            }
            previousEnd = block.end();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = i;
            assertTrue(covered[i] || Character.isWhitespace(c) || c == '\u00A0',
                    () -> "character " + Fuzz.show(String.valueOf(c)) + " at " + at + " is in no block");
        }
    }
}
