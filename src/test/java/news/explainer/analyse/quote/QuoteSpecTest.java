package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.explainer.model.Person;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example of {@code src/test/resources/spec/quotes.md}. */
class QuoteSpecTest {
    private static final String NO_PEOPLE = "people: none";

    /** The people the spec's prose lists. */
    static final List<Person> CAST = List.of(
            new Person("donald-trump", "Donald Trump", List.of(), "President of the United States", "", ""),
            new Person("volodymyr-zelenskyy", "Volodymyr Zelenskyy", List.of("Zelensky", "Zelenskiy"),
                    "President of Ukraine", "", ""),
            new Person("dmitry-peskov", "Dmitry Peskov", List.of(), "Kremlin spokesman", "", ""),
            new Person("steve-witkoff", "Steve Witkoff", List.of(), "US special envoy", "", ""));

    @TestFactory
    Stream<DynamicTest> everyExampleOfTheSpecPasses() throws IOException {
        return SpecReader.read(Path.of("src/test/resources/spec/quotes.md")).stream()
                .map(example -> DynamicTest.dynamicTest(example.name(), () -> check(example)));
    }

    private static void check(SpecReader.Example example) {
        boolean noPeople = example.input().startsWith(NO_PEOPLE + "\n");
        String text = noPeople ? example.input().substring(NO_PEOPLE.length() + 1) : example.input();
        // A headline first, so that the example's first paragraph is never taken for one.
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(
                List.of(RealContent.article("spec", "Spec example\n\n" + text + "\n")),
                noPeople ? List.of() : CAST, List.of(), new Problems());
        assertEquals(example.expected(), render(analysis.quotes()), () -> example.name() + "\n" + text);
    }

    static String render(List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        for (Quote q : quotes) {
            out.append("quote: ").append(q.text().replaceAll("\\s*\\n\\s*", " ¶ ")).append('\n');
            out.append("speaker: ").append(q.speakerId().orElse("none")).append('\n');
            if (q.fragment()) {
                out.append("fragment: true\n");
            }
        }
        return out.toString();
    }
}
