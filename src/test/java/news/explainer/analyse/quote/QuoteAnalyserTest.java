package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.model.QuoteAttribution;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;
import org.junit.jupiter.api.Test;

class QuoteAnalyserTest {
    private static final SourceRef WHERE = SourceRef.at("content/sources/test.md", 7);
    private final Article article = RealContent.article("test",
            "Headline\n\nIn a statement, “We are ready to talk at any time and in any place,” a spokesperson said.\n");

    @Test
    void offsetsPointAtTheWordsInsideTheMarksAndIdsCountFromOne() {
        Quote q = analyse(List.of(), new Problems()).quotes().get(0);
        assertEquals("test-q1", q.id());
        assertEquals(q.text(), article.source().text().substring(q.start(), q.end()));
        assertTrue(q.text().startsWith("We are ready"));
        assertEquals(Optional.empty(), q.speakerId());
        assertEquals("", q.speakerName());
    }

    @Test
    void anOverrideSetsTheSpeaker() {
        Problems problems = new Problems();
        Quote q = analyse(List.of(new QuoteAttribution("a1", "test", "We are  ready to", "dmitry-peskov", "Heard on the tape.", WHERE)),
                problems).quotes().get(0);
        assertEquals(Optional.of("dmitry-peskov"), q.speakerId());
        assertEquals("Dmitry Peskov", q.speakerName());
        assertEquals(Optional.of("Heard on the tape."), q.editorNote());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void anOverrideThatMatchesNoQuoteIsAnErrorNamingTheNearestQuote() {
        Problems problems = new Problems();
        analyse(List.of(new QuoteAttribution("a1", "test", "We were ready", "none", "", WHERE)), problems);
        Problem problem = problems.sorted().get(0);
        assertTrue(problem.isError());
        assertEquals("attribution matches no quote in 'test': “We were ready”", problem.message());
        assertTrue(problem.hint().contains("We are ready"), problem.hint());
    }

    @Test
    void anOverrideNamingNobodyIsAnError() {
        Problems problems = new Problems();
        analyse(List.of(new QuoteAttribution("a1", "test", "We are ready", "nobody-known", "", WHERE)), problems);
        assertEquals(1, problems.errorCount());
        assertEquals("attribution names an unknown person 'nobody-known'", problems.sorted().get(0).message());
    }

    @Test
    void anAttributionForAnUnknownArticleNamesTheNearestSource() {
        Problems problems = new Problems();
        analyse(List.of(new QuoteAttribution("a1", "tesst", "We are ready", "none", "", WHERE)), problems);
        Problem problem = problems.sorted().get(0);
        assertEquals("attribution names an unknown article 'tesst'", problem.message());
        assertEquals(7, problem.where().line());
        assertTrue(problem.hint().startsWith("did you mean 'test'?"), problem.hint());
    }

    @Test
    void speakersKnownOnlyFromTheTextAreAddedToThePeople() {
        Article text = RealContent.article("t", "Headline\n\n“We will answer,” Kremlin aide Yury Ushakov said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), QuoteSpecTest.CAST, List.of(),
                new Problems());
        Person ushakov = analysis.people().get(analysis.people().size() - 1);
        assertEquals("yury-ushakov", ushakov.id());
        assertEquals("Kremlin aide", ushakov.role());
        assertEquals(QuoteSpecTest.CAST.size() + 1, analysis.people().size());
    }

    /** The person file's "Ana Kovač" and the text's "Ana Kovac" are one person: one id, one name, one speaker. */
    @Test
    void aNameSpelledWithoutItsAccentsIsThePersonFilesPerson() {
        List<Person> people = new java.util.ArrayList<>(QuoteSpecTest.CAST);
        people.add(new Person("ana-kovac", "Ana Kovač", List.of(), "Mayor of Split", "",
                "content/people/ana-kovac.md"));
        Article text = RealContent.article("t", "Talks resume in Split\n\n"
                + "Ana Kovac said on Monday that the talks would resume.\n\n"
                + "“We will not stop the talks while the cold lasts,” Ana Kovač said on Tuesday.\n\n"
                + "“The city is ready for the winter,” Ana Kovac said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), people, List.of(), new Problems());

        assertEquals(people, analysis.people(), "nobody added from the text");
        assertEquals(2, analysis.quotes().size());
        for (Quote q : analysis.quotes()) {
            assertEquals(Optional.of("ana-kovac"), q.speakerId(), q.text());
            assertEquals("Ana Kovač", q.speakerName(), q.text());
        }
    }

    /** With no person file, the second spelling is an alias of the person the first one made. */
    @Test
    void twoSpellingsOfOneNameInTheTextAreOnePerson() {
        Article text = RealContent.article("t", "Talks resume in Split\n\n"
                + "“We will not stop the talks while the cold lasts,” Mayor Ana Kovač said on Tuesday.\n\n"
                + "“The city is ready for the winter,” Ana Kovac said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), QuoteSpecTest.CAST, List.of(),
                new Problems());

        assertOneTextPersonSpelledTwoWays(analysis);
    }

    /** The same across two articles: the first article's spelling is the name, the other's its alias. */
    @Test
    void twoSpellingsInTwoArticlesAreOnePerson() {
        Article first = RealContent.article("a", "Talks resume in Split\n\n"
                + "“We will not stop the talks while the cold lasts,” Mayor Ana Kovač said on Tuesday.\n");
        Article second = RealContent.article("b", "Split prepares\n\n"
                + "“The city is ready for the winter,” Ana Kovac said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(first, second), QuoteSpecTest.CAST, List.of(),
                new Problems());

        assertOneTextPersonSpelledTwoWays(analysis);
    }

    /** One person from the text, Ana Kovač, also spelled Ana Kovac, who said both quotes. */
    private static void assertOneTextPersonSpelledTwoWays(QuoteAnalysis analysis) {
        Person kovac = analysis.people().get(analysis.people().size() - 1);
        assertEquals(new Person("ana-kovac", "Ana Kovač", List.of("Ana Kovac"), "Mayor", "", ""), kovac);
        assertEquals(QuoteSpecTest.CAST.size() + 1, analysis.people().size());
        assertEquals(List.of(Optional.of("ana-kovac"), Optional.of("ana-kovac")),
                analysis.quotes().stream().map(Quote::speakerId).toList());
    }

    private QuoteAnalysis analyse(List<QuoteAttribution> overrides, Problems problems) {
        return new QuoteAnalyser().analyse(List.of(article), QuoteSpecTest.CAST, overrides, problems);
    }
}
