package news.explainer.analyse.quote;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import news.explainer.analyse.Analyser;
import news.explainer.analyse.StepTimes;
import news.explainer.load.ContentLoader;
import news.explainer.load.Utf8Reader;
import news.explainer.model.Article;
import news.explainer.model.Content;
import news.explainer.problem.Problems;

/**
 * The quote steps on their own, for {@link StepTimes}: extraction, the names (cast), attribution, the whole quote
 * analysis, and matching its quotes across outlets.
 */
public final class QuoteStepTimes {
    private QuoteStepTimes() {}

    public static void run(Content content, StringBuilder out) {
        List<Article> articles = content.articles();
        QuoteMemo memo = QuoteMemo.off();
        QuoteExtractor extractor = new QuoteExtractor();
        var found = StepTimes.time(out, "extract", () -> articles.parallelStream()
                .map(a -> extractor.extract(a.parsed().textBlocks())).toList());
        Cast cast = StepTimes.time(out, "cast", () -> Cast.of(content.people(), articles, found, memo));
        SpeakerAttributor attributor = new SpeakerAttributor(cast);
        StepTimes.time(out, "attribute", () -> IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> attributor.attribute(articles.get(i).parsed().textBlocks(), found.get(i))).toList());
        var quotes = StepTimes.time(out, "whole-quotes", () -> new QuoteAnalyser()
                .analyse(articles, content.people(), content.quoteAttributions(), new Problems()).quotes());
        StepTimes.time(out, "match", () -> new QuoteMatcher().match(quotes, Set.of()));
    }

    /** {@code Words.of} over every quote's text on one thread; the best round's CPU. Usage: CONTENT ROUNDS. */
    public static void main(String[] args) {
        Content content = new ContentLoader(new Utf8Reader(Path.of(""))).load(Path.of(args[0]), new Problems());
        List<String> texts = new Analyser().analyse(content, new Problems()).quotes().quotes().stream()
                .map(Quote::text).toList();
        var thread = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long words = 0;
        for (int round = 0; round < Integer.parseInt(args[1]); round++) {
            long c0 = thread.getCurrentThreadCpuTime();
            for (String text : texts) {
                words += Words.of(text).size();
            }
            best = Math.min(best, thread.getCurrentThreadCpuTime() - c0);
        }
        System.out.printf("Words.of over %d quotes: best %d ms of CPU (%d words in all rounds)%n", texts.size(),
                best / 1_000_000, words);
    }
}
