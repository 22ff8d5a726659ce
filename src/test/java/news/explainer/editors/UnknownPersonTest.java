package news.explainer.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import news.explainer.analyse.quote.AttributionOverride;
import news.explainer.analyse.quote.QuoteAnalyser;
import news.explainer.load.ContentLoader;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Content;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * A person id that names nobody, with the nearest id that does. No content file names person ids yet: the only
 * place is an attribution override, which the quote stage takes from its caller; so this case is not in
 * {@code bad-input.md} and runs on the real content through the quote stage itself.
 */
class UnknownPersonTest {

    @Test
    void anAttributionOverrideNamingAnUnknownPersonGetsTheNearestId() {
        Content content = new ContentLoader(new Utf8Reader(Path.of(""))).load(Path.of("content"), new Problems());
        SourceRef where = new SourceRef("content/sources/cnn.md", 7, 3);
        Problems problems = new Problems();
        new QuoteAnalyser().analyse(content.articles(), content.people(),
                List.of(new AttributionOverride("cnn", "I personally asked", "donald-trum", where)), problems);
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), found::toString);
        assertEquals("""
                content/sources/cnn.md:7:3: error: attribution override names no known person: 'donald-trum'
                    = did you mean 'donald-trump'? known people (or none): dmitry-peskov, donald-trump, marco-rubio, \
                steve-witkoff, vladimir-putin, volodymyr-zelenskyy, yury-ushakov""", found.get(0).format());
    }
}
