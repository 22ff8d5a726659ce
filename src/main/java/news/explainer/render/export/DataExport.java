package news.explainer.render.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.explainer.analyse.citation.Evidence;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.timeline.CheckedEntry;
import news.explainer.model.TimelineEntry;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.quote.Quote;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.analyse.quote.QuoteRun;
import news.explainer.load.SourceText;
import news.explainer.model.Article;
import news.explainer.model.Content;
import news.explainer.model.Person;
import news.explainer.model.Story;
import news.explainer.write.Utf8Writer;

/** Turns the analysis into the data export's records and writes them as stable, indented JSON. */
public final class DataExport {
    private final ObjectWriter writer;

    public DataExport() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        writer = new ObjectMapper().writer(printer);
    }

    /**
     * The JSON as UTF-8, ending with a newline: encoded as it is written, not held as a string first, which at 10,000
     * articles would be tens of megabytes twice over. Written as text, then encoded, as a string's bytes would be:
     * Jackson's own byte output writes a character beyond the 16-bit range (an emoji) as two escaped halves.
     */
    public byte[] toJson(ExplainerData data) {
        Utf8Writer out = new Utf8Writer();
        try {
            writer.writeValue(out, data);
        } catch (IOException e) {
            throw new IllegalStateException("the data export's records must always serialise", e);
        }
        out.write('\n');
        return out.bytes();
    }

    /** The export's records, each quote's and answer's reused from {@code memo} when made from the same input. */
    public ExplainerData data(Analysis analysis, ExportMemo memo) {
        Content content = analysis.content();
        Map<String, SourceText> sources = content.articles().stream()
                .collect(Collectors.toMap(Article::id, Article::source));
        return new ExplainerData(ExplainerData.VERSION, story(content.story()),
                content.articles().stream().map(DataExport::article).toList(),
                content.people().stream().map(DataExport::person).toList(),
                quotes(analysis, memo), clusters(analysis),
                analysis.timeline().stream().map(e -> timeline(e, sources)).toList(),
                analysis.comparisons().stream().map(c -> comparison(c, sources, memo)).toList());
    }

    /** The quotes' records, article by article (each article's quotes stand together, in the articles' order). */
    private static List<ExplainerData.QuoteData> quotes(Analysis analysis, ExportMemo memo) {
        List<QuoteCluster> clusters = analysis.quotes().clusters();
        Map<String, String> clusterOf = memo.clusterOf.get(clusters, DataExport::clusterOf);
        List<ExplainerData.QuoteData> out = new ArrayList<>(analysis.quotes().quotes().size());
        for (QuoteRun run : analysis.quotes().runs()) {
            out.addAll(memo.quotes.get(new QuoteRun.With<>(run, clusters), in -> in.run().quotes().stream()
                    .map(q -> quote(q, in.run().source(), clusterOf.get(q.id()))).toList()));
        }
        return out;
    }

    /** Each quote's cluster, by the quote's id. */
    private static Map<String, String> clusterOf(List<QuoteCluster> clusters) {
        Map<String, String> clusterOf = new HashMap<>();
        clusters.forEach(c -> c.quoteIds().forEach(q -> clusterOf.put(q, c.id())));
        return clusterOf;
    }

    private static ExplainerData.QuoteData quote(Quote q, SourceText source, String cluster) {
        return new ExplainerData.QuoteData(q.id(), q.articleId(), q.speakerId().orElse(null), attributedBy(q),
                q.editorNote().orElse(null), q.text(), q.fragment(), cluster, source.byteOffset(q.start()),
                source.byteOffset(q.end()));
    }

    /** A passage with its offsets into the article file's bytes, as the export gives them. */
    private static ExplainerData.EvidenceData evidence(Evidence e, SourceText source) {
        return new ExplainerData.EvidenceData(e.passage(), source.byteOffset(e.start()), source.byteOffset(e.end()),
                e.anchor());
    }

    private static String attributedBy(Quote q) {
        return q.editorNote().isPresent() ? "editor" : q.speakerId().isPresent() ? "text" : null;
    }

    private static List<ExplainerData.ClusterData> clusters(Analysis analysis) {
        return analysis.quotes().clusters().stream().map(c -> new ExplainerData.ClusterData(c.id(),
                c.speakerId().orElse(null), c.quoteIds())).toList();
    }

    private static ExplainerData.TimelineData timeline(CheckedEntry e, Map<String, SourceText> sources) {
        TimelineEntry t = e.entry();
        return new ExplainerData.TimelineData(t.id(), t.date().toString(), t.time().orElse(null),
                t.timezone().orElse(null), t.title(), t.background(),
                e.sources().stream().map(s -> new ExplainerData.SourceData(s.article(),
                        s.evidence().stream().map(v -> evidence(v, sources.get(v.article()))).toList())).toList());
    }

    private static ExplainerData.ComparisonData comparison(CheckedComparison c, Map<String, SourceText> sources,
            ExportMemo memo) {
        return new ExplainerData.ComparisonData(c.comparison().id(), c.comparison().question(),
                c.answers().stream().map(a -> memo.answers.get(
                        new ExportMemo.AnswerIn(c.comparison().id(), a, sources.get(a.article())), DataExport::answer))
                        .toList(),
                c.discrepancies().stream().map(d -> new ExplainerData.DiscrepancyData(d.kind(), d.values().stream()
                        .map(v -> new ExplainerData.ValueData(v.value(), v.articles(), v.asWritten())).toList()))
                        .toList(),
                c.comparison().claim().map(k -> new ExplainerData.ClaimData(k.text(), k.by(), k.date().toString(),
                        k.rating(), k.verdict())).orElse(null));
    }

    /** An answer's record: its evidence stands in its own article, whose text {@code in} holds. */
    private static ExplainerData.AnswerData answer(ExportMemo.AnswerIn in) {
        CheckedComparison.Answer a = in.answer();
        return new ExplainerData.AnswerData(a.article(), a.answer(), a.reported() ? "reported" : "not-reported",
                a.evidence().stream().map(e -> evidence(e, in.source())).toList());
    }

    private static ExplainerData.StoryData story(Story s) {
        return new ExplainerData.StoryData(s.title(), s.summary(),
                s.windowStart().map(LocalDate::toString).orElse(null), s.windowEnd().map(LocalDate::toString).orElse(null),
                s.updates().stream().map(u -> new ExplainerData.UpdateData(u.date().toString(), u.note())).toList());
    }

    private static ExplainerData.ArticleData article(Article a) {
        return new ExplainerData.ArticleData(a.id(), a.fileName(), a.outlet(), a.outletNamed(), a.headline().orElse(null),
                a.published().map(LocalDate::toString).orElse(null), a.datelineAsGiven().orElse(null),
                a.dateCorrection().orElse(null), a.byline().orElse(null), a.url().orElse(null));
    }

    private static ExplainerData.PersonData person(Person p) {
        return new ExplainerData.PersonData(p.id(), p.name(), p.aliases(), p.role().isEmpty() ? null : p.role());
    }
}
