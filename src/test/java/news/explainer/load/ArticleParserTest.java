package news.explainer.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.explainer.model.Block;
import news.explainer.model.BlockRole;
import news.explainer.model.ParsedArticle;
import org.junit.jupiter.api.Test;

/** Every quirk of the five seed articles, asserted on the real files. */
class ArticleParserTest {
    private final ArticleParser parser = new ArticleParser();

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("content/articles", name));
    }

    private static List<String> texts(ParsedArticle article, BlockRole role) {
        return article.blocks(role).stream().map(Block::text).toList();
    }

    @Test
    void huffPostHeadlineLineAndGluedParagraphsAreSeparated() throws IOException {
        ParsedArticle a = parser.parse(seed("000_8a847a2ecf02cf71.txt"));
        assertEquals(Optional.of("Trump Claims Putin Personally Agreed Not To Attack Kyiv Amid Plummeting Temperatures"),
                a.headline());
        assertEquals(Optional.empty(), a.headerDate());
        assertEquals(Optional.empty(), a.byline());
        assertEquals(List.of("President Donald Trump speaks during a cabinet meeting at the White House, Thursday,"
                + " Jan. 29, 2026, in Washington. (AP Photo/Evan Vucci)"), texts(a, BlockRole.CAPTION));
        List<String> paragraphs = texts(a, BlockRole.PARAGRAPH);
        assertEquals(15, paragraphs.size());
        // "…at the height of winter.Temperatures across Ukraine…" was one run of text in the file.
        assertTrue(paragraphs.get(1).endsWith("at the height of winter."), paragraphs.get(1));
        assertTrue(paragraphs.get(2).startsWith("Temperatures across Ukraine"), paragraphs.get(2));
        // The caption's credit ran straight into the first paragraph: "(AP Photo/Evan Vucci)Donald Trump claims".
        assertEquals("Donald Trump claims to have convinced Vladimir Putin to stop the Russian bombardments on Kyiv"
                + " for one week amid freezing conditions.", paragraphs.get(0));
        assertEquals("He claimed Putin has “agreed to that”.", paragraphs.get(5));
        List<String> boilerplate = texts(a, BlockRole.BOILERPLATE);
        assertEquals(1, boilerplate.size());
        assertTrue(boilerplate.get(0).startsWith("Related…Chinese President Xi"));
        assertTrue(boilerplate.get(0).endsWith("Read More"));
    }

    @Test
    void nbcRepeatedTitleFusedBylineCaptionsAndTrailerAreSetApart() throws IOException {
        ParsedArticle a = parser.parse(seed("001_772144a5bb11708c.txt"));
        assertEquals(Optional.of("Confusion in Kyiv and Moscow after Trump says Putin agreed to pause attacks for a week"),
                a.headline());
        assertEquals(Optional.of("Yuliya Talmazan"), a.byline());
        assertEquals(Optional.of("January 31, 2026 at 1:02 AM"), a.bylineDate());
        assertEquals(List.of(
                "- - Confusion in Kyiv and Moscow after Trump says Putin agreed to pause attacks for a week",
                "1",
                "Source: “AOL Breaking”"), texts(a, BlockRole.BOILERPLATE));
        List<String> captions = texts(a, BlockRole.CAPTION);
        assertEquals(4, captions.size());
        assertEquals("Fallout from a Russian Shahed drone attack in Zaporizhzhia, Ukraine, on Thursday."
                + " (Jose Colon / Anadolu via Getty Images) (Jose Colon)", captions.get(0));
        assertEquals("Russian President Vladimir Putin. (Maxim Shipenkov / POOL / AFP via Getty Images)"
                + " (Maxim Shipenkov)", captions.get(2));
        assertEquals(21, texts(a, BlockRole.PARAGRAPH).size());
    }

    @Test
    void dateHeaderRunIntoFirstParagraphIsSplitOffAndMidParagraphCaptionIsFound() throws IOException {
        ParsedArticle a = parser.parse(seed("002_326063e2ab43072f.txt"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 30)), a.headerDate());
        assertEquals(Optional.empty(), a.headline());
        List<String> paragraphs = texts(a, BlockRole.PARAGRAPH);
        assertTrue(paragraphs.get(0).startsWith("The Kremlin on Friday said"), paragraphs.get(0));
        assertTrue(paragraphs.get(0).endsWith("Moscow had accepted the proposal."), paragraphs.get(0));
        assertEquals(List.of("Firefighters work at the site of a private enterprise hit by an overnight Russian"
                + " missile strike, amid Russia's attack on Ukraine, in Kharkiv, Ukraine, January 30, 2026."
                + " (via REUTERS)"), texts(a, BlockRole.CAPTION));
        assertEquals(13, paragraphs.size());
    }

    @Test
    void editorNamedSubheadingsAreSplitFromTheParagraphTheyWereRunInto() throws IOException {
        ParsedArticle a = parser.parse(seed("002_326063e2ab43072f.txt"), List.of("Talks to resume on Sunday"));
        assertEquals(List.of("Talks to resume on Sunday"), texts(a, BlockRole.HEADING));
        assertTrue(texts(a, BlockRole.PARAGRAPH).contains("On Sunday, the US-aided peace talks between Ukraine and"
                + " Russia will resume in Abu Dhabi amid Donald Trump’s efforts to put an end to the nearly"
                + " four-year-long war with his peace plan. Ahead of the peace negotiations, Putin met the UAE’s"
                + " President, Mohamed bin Zayed Al Nahyan, in Moscow on Thursday."));
    }

    @Test
    void wrongDateHeaderIsKeptAsWritten() throws IOException {
        ParsedArticle a = parser.parse(seed("003_b4756198388809a9.txt"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), a.headerDate());
        assertEquals(10, texts(a, BlockRole.PARAGRAPH).size());
        assertTrue(texts(a, BlockRole.CAPTION).isEmpty());
        assertTrue(texts(a, BlockRole.BOILERPLATE).isEmpty());
    }

    @Test
    void cnnBylineHeadingAndTrailersAreRecognised() throws IOException {
        ParsedArticle a = parser.parse(seed("004_e58917d5e258b20f.txt"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 29)), a.headerDate());
        assertEquals(Optional.of("Donald Judd, Kevin Liptak, Hira Humayun, CNN"), a.byline());
        assertEquals(List.of("Status of peace talks"), texts(a, BlockRole.HEADING));
        assertEquals(List.of(
                "The-CNN-Wire",
                "™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.",
                "Sebastian Shukla, Daria Tarasova-Markina, Jennifer Hansler and Moriah Thomas contributed to this"
                        + " report."), texts(a, BlockRole.BOILERPLATE));
        assertEquals(18, texts(a, BlockRole.PARAGRAPH).size());
    }

    @Test
    void everyBlockPointsAtItsOwnWordsInTheOriginal() throws IOException {
        for (String name : List.of("000_8a847a2ecf02cf71.txt", "001_772144a5bb11708c.txt",
                "002_326063e2ab43072f.txt", "003_b4756198388809a9.txt", "004_e58917d5e258b20f.txt")) {
            String text = seed(name);
            for (Block block : parser.parse(text).blocks()) {
                assertEquals(text.substring(block.start(), block.end()).replace('\u00A0', ' '), block.text(), name);
            }
        }
    }

    @Test
    void noBreakSpacesReadAsSpacesInTheCleanedText() throws IOException {
        ParsedArticle a = parser.parse(seed("000_8a847a2ecf02cf71.txt"));
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().indexOf('\u00A0') >= 0));
    }

    @Test
    void abbreviationsDoNotEndACaptionEarly() {
        ParsedArticle a = parser.parse("Body text here.\nMr. Smith arrives in Washington on Jan. 5. (AP Photo/Jane Doe)\n");
        assertEquals(List.of("Mr. Smith arrives in Washington on Jan. 5. (AP Photo/Jane Doe)"),
                texts(a, BlockRole.CAPTION));
    }
}
