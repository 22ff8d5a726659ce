package news.explainer.analyse.citation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.explainer.load.ArticleParser;
import news.explainer.load.SourceText;
import news.explainer.model.Article;
import news.explainer.model.Block;
import org.junit.jupiter.api.Test;

/**
 * Cited passages found in the story text: retyped white space and quote marks still match, words never do, and the
 * range found is where the passage stands in the original, against a finder that keeps one offset per character.
 */
class PassageFinderTest {
    private static final String[] PIECES = {"the", "cold", "Kyiv", "“week”", "‘pause’", "Putin's", "—", "said,", "-12",
        "°C", "don’t", "\"until", "February\"", "1."};
    private static final String[] SPACES = {" ", " ", " ", "  ", "\t", " \n", "\u00A0", " \u00A0 "};

    @Test
    void aRetypedPassageIsFoundAtItsPlaceInTheOriginal() {
        Article article = article("Headline\n\nTrump said:  “I asked  him not to fire\u00A0 on Kyiv for a week.”\n\n"
                + "Peskov said it was ‘until February 1’.\n");
        PassageFinder finder = new PassageFinder(article);
        String text = article.source().text();

        int[] range = finder.find("\"I asked him not to fire on Kyiv").orElseThrow();
        assertEquals("“I asked  him not to fire\u00A0 on Kyiv", text.substring(range[0], range[1]));
        int[] quoted = finder.find(" 'until February 1' ").orElseThrow();
        assertEquals("‘until February 1’", text.substring(quoted[0], quoted[1]));
        assertEquals(Optional.empty(), finder.find("I asked him not to strike Kyiv"), "a word changed");
        assertEquals(Optional.empty(), finder.find("for a week.” Peskov said"), "no passage spans two paragraphs");
    }

    /** Random paragraphs with every kind of white space and quote mark; passages cut anywhere and retyped. */
    @Test
    void findsWhatAFinderWithAnOffsetPerCharacterFinds() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("Headline\n\n");
            int paragraphs = 1 + random.nextInt(5);
            for (int p = 0; p < paragraphs; p++) {
                int words = 1 + random.nextInt(40);
                for (int w = 0; w < words; w++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]).append(SPACES[random.nextInt(SPACES.length)]);
                }
                text.append(random.nextBoolean() ? "\n\n" : "\n");
            }
            Article article = article(text.toString());
            PassageFinder finder = new PassageFinder(article);
            Reference reference = new Reference(article);
            String original = article.source().text();
            for (int probe = 0; probe < 20; probe++) {
                int start = random.nextInt(original.length());
                int end = Math.min(original.length(), start + 1 + random.nextInt(80));
                String passage = retyped(original.substring(start, end), random);
                Optional<int[]> found = finder.find(passage);
                Optional<int[]> expected = reference.find(passage);
                assertEquals(expected.isPresent(), found.isPresent(), passage);
                if (found.isPresent()) {
                    assertArrayEquals(expected.get(), found.get(), passage);
                    String at = original.substring(found.get()[0], found.get()[1]);
                    assertEquals(PassageFinder.normalise(passage).strip(), PassageFinder.normalise(at), passage);
                }
            }
        }
    }

    /**
     * A finder is shared between cores and normalises its paragraphs as searches reach them, without a lock: finders
     * searched from several threads at once, each fresh, find what the reference finds.
     */
    @Test
    void findersSearchedFromManyThreadsAtOnceFindWhatTheReferenceFinds() throws Exception {
        Random random = new Random(29);
        StringBuilder text = new StringBuilder("Headline\n\n");
        for (int p = 0; p < 60; p++) {
            for (int w = 0; w < 30; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(SPACES[random.nextInt(SPACES.length)]);
            }
            text.append("\n\n");
        }
        Article article = article(text.toString());
        Reference reference = new Reference(article);
        String original = article.source().text();
        List<String> passages = new ArrayList<>();
        for (int probe = 0; probe < 200; probe++) {
            int start = random.nextInt(original.length());
            passages.add(retyped(original.substring(start, Math.min(original.length(), start + 1 + random.nextInt(60))),
                    random));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                PassageFinder finder = new PassageFinder(article);
                List<Future<?>> searches = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int offset = t * 50;
                    searches.add(threads.submit(() -> {
                        for (int i = 0; i < passages.size(); i++) {
                            String passage = passages.get((i + offset) % passages.size());
                            Optional<int[]> expected = reference.find(passage);
                            Optional<int[]> found = finder.find(passage);
                            assertEquals(expected.isPresent(), found.isPresent(), passage);
                            expected.ifPresent(range -> assertArrayEquals(range, found.get(), passage));
                        }
                    }));
                }
                for (Future<?> search : searches) {
                    search.get();
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The passage as an editor might type it: white space changed, curly marks straight. */
    private static String retyped(String passage, Random random) {
        String out = passage.replaceAll("\\s+", random.nextBoolean() ? " " : "  ");
        return random.nextBoolean() ? out.replace('“', '"').replace('’', '\'') : out;
    }

    private static Article article(String text) {
        return new Article("a", new SourceText("articles/a.txt", text, 0), new ArticleParser().parse(text),
                "Outlet", true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", Optional.empty());
    }

    /** The finder as it was: the normalised text and the original offset of each of its characters. */
    private static final class Reference {
        private final List<Integer> origin = new ArrayList<>();
        private final StringBuilder normalised = new StringBuilder();

        Reference(Article article) {
            String text = article.source().text();
            for (Block block : article.parsed().textBlocks()) {
                boolean space = false;
                for (int i = block.start(); i < block.end(); i++) {
                    char c = text.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00A0') {
                        space = true;
                        continue;
                    }
                    if (space && normalised.length() > 0 && normalised.charAt(normalised.length() - 1) != '\u0000') {
                        normalised.append(' ');
                        origin.add(i);
                    }
                    space = false;
                    normalised.append(PassageFinder.normalise(String.valueOf(c)));
                    origin.add(i);
                }
                normalised.append('\u0000');
                origin.add(block.end());
            }
            assertTrue(normalised.length() == origin.size());
        }

        Optional<int[]> find(String passage) {
            String wanted = PassageFinder.normalise(passage).strip();
            int at = wanted.isEmpty() ? -1 : normalised.indexOf(wanted);
            return at < 0 ? Optional.empty()
                    : Optional.of(new int[] {origin.get(at), origin.get(at + wanted.length() - 1) + 1});
        }
    }
}
