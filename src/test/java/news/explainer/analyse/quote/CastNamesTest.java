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
 * Which names are one person: a text name joins a known person, or an earlier text name, when it is that name but
 * for accents, case or punctuation; names in another alphabet are names too (an id of a-z alone would be empty for
 * all of them); a name that could be either of two people is neither's.
 */
class CastNamesTest {

    /** Two names in Cyrillic are two people, each with an id of their own, each saying their own words. */
    @Test
    void twoNamesInAnotherAlphabetAreTwoPeople() {
        Article text = RealContent.article("t", "Talks resume\n\n"
                + "“We will not stop the talks while the cold lasts,” Дмитрий Песков said on Tuesday.\n\n"
                + "“The city is ready for the winter,” Сергей Лавров said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), QuoteSpecTest.CAST, List.of(),
                new Problems());

        assertEquals(List.of("Дмитрий Песков", "Сергей Лавров"),
                analysis.quotes().stream().map(Quote::speakerName).toList());
        List<String> ids = analysis.quotes().stream().map(q -> q.speakerId().orElse("")).toList();
        assertTrue(!ids.get(0).isEmpty() && !ids.get(1).isEmpty() && !ids.get(0).equals(ids.get(1)), ids.toString());
        assertEquals(List.of(), analysis.people().stream().filter(p -> p.aliases().contains("Сергей Лавров")).toList(),
                "nobody is also spelled Сергей Лавров");
    }

    /** A person file with an alias in Cyrillic: another name in Cyrillic is not that person. */
    @Test
    void aNameInAnotherAlphabetIsNotAPersonFileWhoseAliasIsInIt() {
        List<Person> people = new ArrayList<>(QuoteSpecTest.CAST);
        people.add(new Person("sergey-shoigu", "Sergei Shoigu", List.of("Шойгу"), "Secretary of the Security Council",
                "", "content/people/sergey-shoigu.md"));
        Article text = RealContent.article("t", "Talks resume\n\n"
                + "“The city is ready for the winter,” Сергей Лавров said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), people, List.of(), new Problems());

        assertEquals("Сергей Лавров", analysis.quotes().get(0).speakerName(), "not Sergei Shoigu's words");
    }

    /**
     * Two person files, two people, whose names differ only in an accent: "Ana Kováč" in the text could be either,
     * so it is neither (the people reader only refuses spellings equal but for case).
     */
    @Test
    void aNameThatCouldBeEitherOfTwoPersonFilesIsNeither() {
        List<Person> people = new ArrayList<>(QuoteSpecTest.CAST);
        people.add(new Person("ana-kovac", "Ana Kovač", List.of(), "Mayor of Split", "", "content/people/ana-kovac.md"));
        people.add(new Person("ana-kovac-nurse", "Ana Kovac", List.of(), "Nurse in Zagreb", "",
                "content/people/ana-kovac-nurse.md"));
        Article text = RealContent.article("t", "Talks resume in Split\n\n"
                + "“The city is ready for the winter,” Ana Kováč said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), people, List.of(), new Problems());

        assertEquals(Optional.empty(), analysis.quotes().get(0).speakerId(), "either Ana: a guess");
    }

    /**
     * Person files "Ana Kovač" and "Marko Kovac": the text's "Ana Kovac" is Ana Kovač's name without its accent,
     * though its surname, as written, is Marko's (it once gave her words to Marko).
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

    /** O'Brien and OBrien differ only in an apostrophe: one person, whose quotes are not split between two. */
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
