package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        QuoteAnalysis analysis = analysed("Talks resume\n\n"
                + "“We will not stop the talks while the cold lasts,” Дмитрий Песков said on Tuesday.\n\n"
                + "“The city is ready for the winter,” Сергей Лавров said.\n");

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
        QuoteAnalysis analysis = analysed("Talks resume\n\n"
                + "“The city is ready for the winter,” Сергей Лавров said.\n",
                person("sergey-shoigu", "Sergei Shoigu", "Шойгу"));

        assertEquals("Сергей Лавров", analysis.quotes().get(0).speakerName(), "not Sergei Shoigu's words");
    }

    /**
     * Two person files, two people, whose names differ only in an accent: "Ana Kováč" in the text could be either,
     * so it is neither (the people reader only refuses spellings equal but for case).
     */
    @Test
    void aNameThatCouldBeEitherOfTwoPersonFilesIsNeither() {
        QuoteAnalysis analysis = analysed("Talks resume in Split\n\n"
                + "“The city is ready for the winter,” Ana Kováč said.\n",
                person("ana-kovac", "Ana Kovač"), person("ana-kovac-nurse", "Ana Kovac"));

        assertEquals(Optional.empty(), analysis.quotes().get(0).speakerId(), "either Ana: a guess");
    }

    /**
     * Person files "Ana Kovač" and "Marko Kovac": the text's "Ana Kovac" is Ana Kovač's name without its accent,
     * though its surname, as written, is Marko's (it once gave her words to Marko).
     */
    @Test
    void aNameWithoutItsAccentsIsItsPersonEvenWhenItsSurnameIsAnothers() {
        QuoteAnalysis analysis = analysed("Talks resume in Split\n\n"
                + "“The city is ready for the winter, we are sure,” Ana Kovac said.\n",
                person("ana-kovac", "Ana Kovač"), person("marko-kovac", "Marko Kovac"));

        assertEquals(Optional.of("ana-kovac"), analysis.quotes().get(0).speakerId(), "not Marko Kovac's words");
    }

    /** O'Brien and OBrien differ only in an apostrophe: one person, whose quotes are not split between two. */
    @Test
    void aNameWithoutItsApostropheIsThatName() {
        QuoteAnalysis analysis = analysed("Talks resume in Cork\n\n"
                + "“The city is ready for the winter, we are sure,” Sean O'Brien said.\n\n"
                + "“The port is ready for the winter, we are sure,” Sean OBrien said.\n\n"
                + "“The farm is ready for the winter, we are sure,” O'Brien said.\n");

        List<Optional<String>> ids = analysis.quotes().stream().map(Quote::speakerId).toList();
        assertEquals(3, ids.size());
        assertTrue(ids.get(0).isPresent() && ids.stream().distinct().count() == 1, ids.toString());
    }

    /** The quotes of one article with the test cast and these person files. */
    private static QuoteAnalysis analysed(String text, Person... files) {
        List<Person> people = new ArrayList<>(QuoteSpecTest.CAST);
        people.addAll(List.of(files));
        return new QuoteAnalyser().analyse(List.of(RealContent.article("t", text)), people, List.of(), new Problems());
    }

    private static Person person(String id, String name, String... aliases) {
        return new Person(id, name, List.of(aliases), "", "", "content/people/" + id + ".md");
    }
}
