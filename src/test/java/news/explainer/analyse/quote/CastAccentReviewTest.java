package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * Review of c507ebc: a text name that differs from a person file's name only in accents is that person (Cast's
 * class comment), even when one of its words is another person's surname.
 */
class CastAccentReviewTest {

    /**
     * Person files "Ana Kovač" and "Marko Kovac"; the text's "Ana Kovac" is Ana Kovač's name without its accent, but
     * its surname is Marko's, so the name is never collected and the surname gives her words to Marko.
     */
    @Test
    void aNameWithoutItsAccentsIsItsPersonEvenWhenItsSurnameIsAnothers() {
        List<Person> people = new ArrayList<>(QuoteSpecTest.CAST);
        people.add(new Person("ana-kovac", "Ana Kovač", List.of(), "Mayor of Split", "", "content/people/ana-kovac.md"));
        people.add(new Person("marko-kovac", "Marko Kovac", List.of(), "Port director", "",
                "content/people/marko-kovac.md"));
        Article text = RealContent.article("t", "Talks resume in Split\n\n"
                + "“The city is ready for the winter, we are sure,” Ana Kovac said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), people, List.of(), new Problems());

        assertEquals(Optional.of("ana-kovac"), analysis.quotes().get(0).speakerId(), "not Marko Kovac's words");
    }

    /**
     * "A name that differs from another only in accents, case or punctuation is the same person" (content/README.md):
     * O'Brien and OBrien differ only in an apostrophe, but the id turns it into a hyphen, so OBrien is a
     * second person, who splits the speaker's quotes.
     */
    @Test
    void aNameWithoutItsApostropheIsThatName() {
        Article text = RealContent.article("t", "Talks resume in Cork\n\n"
                + "“The city is ready for the winter, we are sure,” Sean O'Brien said.\n\n"
                + "“The port is ready for the winter, we are sure,” Sean OBrien said.\n\n"
                + "“The farm is ready for the winter, we are sure,” O'Brien said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), QuoteSpecTest.CAST, List.of(),
                new Problems());

        List<Optional<String>> ids = analysis.quotes().stream().map(Quote::speakerId).toList();
        assertEquals(3, ids.size());
        assertTrue(ids.get(0).isPresent() && ids.stream().distinct().count() == 1, ids.toString());
    }
}
