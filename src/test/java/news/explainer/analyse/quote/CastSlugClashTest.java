package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * Names that an id made of a-z and 0-9 alone would make alike without being one name (a name in another alphabet
 * would have none, {@code ""}), and two people's files that spell one name two ways. A text name joins a known
 * person, or an earlier text name, only when it is that name.
 */
class CastSlugClashTest {

    /** Two names in Cyrillic are two people, each with an id of their own, each saying their own words. */
    @Test
    void twoNamesInAnotherAlphabetAreTwoPeople() {
        Article text = RealContent.article("t", "Talks resume\n\n"
                + "“We will not stop the talks while the cold lasts,” Дмитрий Песков said on Tuesday.\n\n"
                + "“The city is ready for the winter,” Сергей Лавров said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), QuoteSpecTest.CAST, List.of(),
                new Problems());

        Quote second = analysis.quotes().get(1);
        assertNotEquals("Дмитрий Песков", second.speakerName(), "Лавров's words are not Песков's");
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

        assertNotEquals(Optional.of("sergey-shoigu"), analysis.quotes().get(0).speakerId());
    }

    /**
     * Two person files, two people, whose names differ only in an accent: "Ana Kováč" in the text could be either,
     * so it is neither (the people reader only refuses spellings equal but for case).
     */
    @Test
    void aNameThatSlugsLikeTwoPersonFilesIsNeither() {
        List<Person> people = new ArrayList<>(QuoteSpecTest.CAST);
        people.add(new Person("ana-kovac", "Ana Kovač", List.of(), "Mayor of Split", "", "content/people/ana-kovac.md"));
        people.add(new Person("ana-kovac-nurse", "Ana Kovac", List.of(), "Nurse in Zagreb", "",
                "content/people/ana-kovac-nurse.md"));
        Article text = RealContent.article("t", "Talks resume in Split\n\n"
                + "“The city is ready for the winter,” Ana Kováč said.\n");
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(List.of(text), people, List.of(), new Problems());

        assertEquals(Optional.empty(), analysis.quotes().get(0).speakerId(), "either Ana: a guess");
    }
}
