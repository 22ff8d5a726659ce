package news.explainer.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.quote.DiffToken;
import news.explainer.analyse.quote.Quote;
import news.explainer.analyse.quote.QuoteCluster;
import news.explainer.analyse.quote.QuoteRun;
import news.explainer.analyse.quote.WordDiff;
import news.explainer.reuse.Memo;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.render.view.SpeakerQuotes;
import news.explainer.render.view.UtteranceView;

/**
 * Views of the quotes: by speaker for the quotes page, by person, the most widely carried for the explainer, and
 * each quote's place on its source page. One instance per site build; hrefs are made relative per page.
 */
final class QuoteViews {
    private static final String CLOSING = "”\"’'";
    private static final String NO_SPEAKER = "No named speaker";

    private final Map<String, Quote> quotes;
    private final List<QuoteCluster> clusters;
    /** The clusters of each speaker, in the analysis's order: a person page looks up its own. */
    private final Map<String, List<QuoteCluster>> bySpeakerId = new HashMap<>();
    private final Map<String, Article> articles;
    /** " of 5 outlets", " of 10,000 articles": how many there are, after the count of those that carried a quote. */
    private final String ofAll;
    private final Map<String, Person> withPages;
    private final List<Person> speakers;
    private final Markdown markdown;
    private final WordDiff diff = new WordDiff();
    private final Memo<Compared, WordDiff.Part> diffs;
    private final Memo<Utterance, UtteranceView> utterances;
    private final Memo<BadgesIn, Map<String, Badge>> badges;
    private final Memo<QuoteRun.With<Map<String, Badge>>, List<QuoteMark>> articleMarks;
    /** Every quote, articles in order, each article's quotes together in text order. */
    private final List<Quote> quoteList;
    /** The same quotes, article by article. */
    private final List<QuoteRun> runs;
    /** Each cluster's quotes and their outlets, found once: the quotes page, a person page and the explainer ask. */
    private final Map<String, ClusterQuotes> clusterQuotes = new ConcurrentHashMap<>();
    /**
     * Each utterance's variants by the way from the page that shows them to the sources folder: their links lead to
     * source pages, and depend on nothing else of the page. The quotes page and the person pages lead there alike
     * ({@code ../sources/}), so the variants made for one serve the other, where each made its own.
     */
    private final Map<VariantsFrom, Variants> sharedVariants = new ConcurrentHashMap<>();
    /** Most carried first; among equals, the order the analysis gives (earliest quote first). */
    private final Comparator<QuoteCluster> widestFirst = Comparator.comparingInt(this::outlets).reversed();

    /** Two wordings of one utterance, as compared word by word: the diff depends on nothing else. */
    record Compared(String fullest, String variant) {}

    /**
     * Everything an utterance's view is made from: the cluster, its quotes, the outlet of each quote's article, the
     * page it is shown on, how many articles there are and what they are counted as ({@link #ofAll}), and the
     * speaker's page ("" when the speaker has none).
     */
    record Utterance(QuoteCluster cluster, List<Quote> quotes, List<String> outlets, String from, String ofAll,
            String speakerPage) {}

    /**
     * An utterance's variants as a page shows them whose link to the sources folder is {@code toSources} (a
     * cluster's id is unique in one build).
     */
    private record VariantsFrom(String clusterId, String toSources) {}

    /** An utterance's variants, and the same grouped by wording. */
    private record Variants(List<UtteranceView.Variant> each, List<UtteranceView.Wording> wordings) {}

    /** A cluster's quotes, the outlet of each one's article, and how many articles carried it. */
    private record ClusterQuotes(List<Quote> quotes, List<String> outlets, int articles) {}

    /** Where an utterance is kept: one view per cluster id and page. */
    record UtteranceSlot(String clusterId, String from) {}

    /**
     * Views of the analysis's quotes, its articles given by id (the planner's map, not made again), that take each
     * utterance from {@code utterances}, and the labels and each article's marks on source pages from {@code badges}
     * and {@code articleMarks}, while everything they are made from is the same.
     */
    QuoteViews(Analysis analysis, Map<String, Article> articles, Markdown markdown, Memo<Compared, WordDiff.Part> diffs,
            Memo<Utterance, UtteranceView> utterances, Memo<BadgesIn, Map<String, Badge>> badges,
            Memo<QuoteRun.With<Map<String, Badge>>, List<QuoteMark>> articleMarks) {
        this.diffs = diffs;
        this.utterances = utterances;
        this.badges = badges;
        this.articleMarks = articleMarks;
        this.quoteList = analysis.quotes().quotes();
        this.runs = analysis.quotes().runs();
        this.quotes = analysis.quotes().quotes().stream()
                .collect(Collectors.toMap(Quote::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.clusters = analysis.quotes().clusters();
        clusters.forEach(c -> c.speakerId().ifPresent(
                id -> bySpeakerId.computeIfAbsent(id, k -> new ArrayList<>()).add(c)));
        this.articles = articles;
        this.ofAll = " of " + Plural.of(articles.size(), SourceNoun.of(articles.values()));
        this.withPages = analysis.content().people().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        this.speakers = analysis.quotes().people();
        this.markdown = markdown;
    }

    int quoteCount() {
        return quotes.size();
    }

    int utteranceCount() {
        return clusters.size();
    }

    int outletCount() {
        return articles.size();
    }

    /** The quotes page: the most quoted speakers first, the quotes with no named speaker last. */
    List<SpeakerQuotes> bySpeaker(String from) {
        Map<String, List<QuoteCluster>> grouped = new LinkedHashMap<>();
        speakers.forEach(p -> grouped.put(p.id(), new ArrayList<>()));
        List<QuoteCluster> unattributed = new ArrayList<>();
        for (QuoteCluster c : clusters) {
            c.speakerId().map(grouped::get).orElse(unattributed).add(c);
        }
        List<SpeakerQuotes> out = new ArrayList<>();
        speakers.stream().filter(p -> !grouped.get(p.id()).isEmpty())
                .sorted(Comparator.comparingInt((Person p) -> -quotesIn(grouped.get(p.id()))))
                .forEach(p -> out.add(section("speaker-" + p.id(), p, grouped.get(p.id()), from)));
        if (!unattributed.isEmpty()) {
            out.add(section("unattributed", null, unattributed, from));
        }
        return List.copyOf(out);
    }

    /** One person's utterances, the most carried first, then their fragments. */
    List<UtteranceView> of(String personId, String from) {
        return bySpeakerId.getOrDefault(personId, List.of()).stream()
                .sorted(Comparator.comparing(this::isFragment).thenComparing(widestFirst))
                .map(c -> utterance(c, from)).toList();
    }

    /** Whole sentences carried by at least two outlets, the most carried first. */
    List<UtteranceView> key(String from, int limit) {
        return clusters.stream().filter(c -> !isFragment(c) && outlets(c) >= 2).sorted(widestFirst).limit(limit)
                .map(c -> utterance(c, from)).toList();
    }

    /**
     * Where each quote stands in its article, with a link to its utterance, for highlighting on source pages (the
     * links are relative to the sources folder, where every source page is). Made article by article (each article's
     * quotes stand together in the analysis), each kept while the article's text, its quotes and the labels are the
     * same: a save remakes the marks of the article it changed, where making every quote's mark again took a sixth
     * of a 10,000-article save.
     */
    Map<String, List<QuoteMark>> marksByArticle() {
        List<String> names = new ArrayList<>(quoteList.size());
        quoteList.forEach(q -> names.add(q.speakerName()));
        Map<String, Badge> badges = this.badges.get(new BadgesIn(clusters, names, ofAll), this::badges);
        Map<String, List<QuoteMark>> marks = new HashMap<>();
        for (QuoteRun run : runs) {
            List<QuoteMark> own = articleMarks.get(new QuoteRun.With<>(run, badges), this::marks);
            if (!own.isEmpty()) {
                marks.put(run.article(), own);
            }
        }
        return marks;
    }

    /** Just past the closing quotation mark, where the link to the utterance goes. */
    private static int linkAt(Quote q, String text) {
        return q.end() < text.length() && CLOSING.indexOf(text.charAt(q.end())) >= 0 ? q.end() + 1 : q.end();
    }

    /** The marks of one article's quotes that belong to an utterance, in text order. */
    private List<QuoteMark> marks(QuoteRun.With<Map<String, Badge>> in) {
        List<QuoteMark> out = new ArrayList<>();
        for (Quote q : in.run().quotes()) {
            Badge badge = in.same().get(q.id());
            if (badge != null) {
                out.add(new QuoteMark(q.id(), q.articleId(), q.start(), q.end(), linkAt(q, in.run().source().text()),
                        badge.label(), badge.href()));
            }
        }
        out.sort(Comparator.comparingInt(QuoteMark::start));
        return List.copyOf(out);
    }

    /** Each clustered quote's label and link: who said it and how widely it was carried, and its utterance. */
    private Map<String, Badge> badges(BadgesIn in) {
        Map<String, Badge> badges = new HashMap<>();
        for (QuoteCluster c : in.clusters()) {
            Optional<String> speaker = quotesOf(c).quotes().stream().map(Quote::speakerName)
                    .filter(s -> !s.isEmpty()).findFirst();
            Badge badge = new Badge(speaker.orElse(NO_SPEAKER) + " · " + carried(c).toLowerCase(Locale.ROOT),
                    href(c, OutputPath.SOURCES));
            c.quoteIds().forEach(id -> badges.put(id, badge));
        }
        return badges;
    }

    /** A clustered quote's label on its source page, and the link to its utterance. */
    record Badge(String label, String href) {}

    /**
     * What the labels of the marks are made from: the clusters (by identity: the same object while the matcher's
     * result is the same, and with it every quote's id, in order), each quote's speaker's name, in the same order,
     * and how many articles there are, as counted ({@link #ofAll}). The names themselves, not the speakers' ids: a
     * label shows the name, which can change while the id stays (a person file renamed).
     */
    record BadgesIn(List<QuoteCluster> clusters, List<String> speakerNames, String ofAll) {
        @Override
        public boolean equals(Object other) {
            return other instanceof BadgesIn b && b.clusters == clusters && b.ofAll.equals(ofAll)
                    && b.speakerNames.equals(speakerNames);
        }

        @Override
        public int hashCode() {
            return ofAll.hashCode();
        }
    }

    /**
     * A quote on its source page.
     *
     * @param article the article it stands in
     * @param linkAt where the link to the utterance goes: just past the closing quotation mark
     * @param label who said it and how widely it was carried, shown after the quote
     * @param href its utterance on the quotes page
     */
    record QuoteMark(String id, String article, int start, int end, int linkAt, String label, String href) {}

    private SpeakerQuotes section(String anchor, Person person, List<QuoteCluster> group, String from) {
        // On every core: a speaker quoted across thousands of articles has thousands of word diffs to show.
        List<UtteranceView> utterances = group.parallelStream().filter(c -> !isFragment(c)).sorted(widestFirst)
                .map(c -> utterance(c, from)).toList();
        List<UtteranceView> fragments = group.parallelStream().filter(this::isFragment).sorted(widestFirst)
                .map(c -> utterance(c, from)).toList();
        return new SpeakerQuotes(anchor, person == null ? "" : person.name(), person == null ? "" : pageOf(person.id(), from),
                person == null ? "" : person.role(), utterances, fragments);
    }

    private UtteranceView utterance(QuoteCluster c, String from) {
        ClusterQuotes by = quotesOf(c);
        String speakerPage = c.speakerId().map(id -> pageOf(id, from)).orElse("");
        return utterances.get(new Utterance(c, by.quotes(), by.outlets(), from, ofAll, speakerPage),
                key -> newUtterance(c, from, speakerPage));
    }

    /** The view of an utterance on page {@code from}, whose speaker's page is {@code speakerPage} ("" for none). */
    private UtteranceView newUtterance(QuoteCluster c, String from, String speakerPage) {
        Quote fullest = quotes.get(c.fullestQuoteId());
        Variants variants = variants(c, fullest, from);
        String speaker = c.speakerId().map(id -> fullest.speakerName()).orElse("");
        // The variants' outlets, in their order: the quotes', which the variants are made from.
        return new UtteranceView(c.id(), href(c, from), speaker, speakerPage, shown(fullest.text()),
                carriedBy(c, variants.each()), outlets(c), quotesOf(c).outlets().stream().distinct().toList(),
                isFragment(c), variants.each(), variants.wordings());
    }

    /**
     * Made once per way to the sources folder (each view then copies the list, not the variants in it); two pages
     * that ask at once may both make them, and either's are the same (a lock held while they are made would stop the
     * other page's core).
     */
    private Variants variants(QuoteCluster c, Quote fullest, String from) {
        VariantsFrom key = new VariantsFrom(c.id(), Links.relative(from, OutputPath.SOURCES));
        Variants made = sharedVariants.get(key);
        if (made == null) {
            List<UtteranceView.Variant> each = quotesOf(c).quotes().stream().map(q -> variant(fullest, q, from))
                    .toList();
            made = new Variants(each, UtteranceView.wordings(each));
            sharedVariants.putIfAbsent(key, made);
        }
        return made;
    }

    /**
     * The words as a quote standing alone shows them: without the comma that, in the article, hands over to "he
     * said". The export keeps them verbatim.
     */
    private static String shown(String text) {
        return text.strip().replaceFirst(",$", "");
    }

    /** Consecutive words of one kind as one run, so that a cut clause is one deletion, not one per word. */
    private static List<UtteranceView.Word> runs(List<DiffToken> tokens) {
        List<UtteranceView.Word> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder(); // the words of the current run, joined once it ends
        boolean first = true;
        for (int i = 0; i < tokens.size(); i++) {
            DiffToken t = tokens.get(i);
            run.append(first ? "" : " ").append(t.text());
            first = i + 1 == tokens.size() || !tokens.get(i + 1).kind().equals(t.kind());
            if (first) {
                runs.add(new UtteranceView.Word(run.toString(), t.kind()));
                run.setLength(0);
            }
        }
        return List.copyOf(runs);
    }

    private static String editorTag(Quote q) {
        if (q.editorNote().isEmpty()) {
            return "";
        }
        return q.speakerId().isPresent() ? "attributed by the editors" : "no speaker named, on the editors' decision";
    }

    private UtteranceView.Variant variant(Quote fullest, Quote q, String from) {
        WordDiff.Part part = diffs.get(new Compared(fullest.text(), q.text()),
                c -> diff.diffWithin(c.fullest(), c.variant()));
        boolean identical = !part.cutBefore() && !part.cutAfter()
                && part.tokens().stream().allMatch(t -> t.kind().equals(DiffToken.SAME));
        List<UtteranceView.Word> words = runs(part.tokens());
        return new UtteranceView.Variant(q.id(), articles.get(q.articleId()).outlet(),
                Links.relative(from, OutputPath.source(q.articleId())) + "#" + q.id(), q.text(), identical, words,
                part.cutBefore(), part.cutAfter(), editorTag(q),
                q.editorNote().map(markdown::toHtml).orElse(""));
    }

    /** "Carried by 4 of 5 outlets, in full or in part": whether some carried only part of it is said too. */
    private String carriedBy(QuoteCluster c, List<UtteranceView.Variant> variants) {
        boolean part = variants.stream().anyMatch(v -> v.cutBefore() || v.cutAfter());
        return carried(c) + (part ? ", in full or in part" : "");
    }

    /** "Carried by 4 of 5 outlets". */
    private String carried(QuoteCluster c) {
        return "Carried by " + Plural.count(outlets(c)) + ofAll;
    }

    private String pageOf(String personId, String from) {
        return withPages.containsKey(personId) ? Links.relative(from, OutputPath.person(personId)) : "";
    }

    private static String href(QuoteCluster c, String from) {
        return Links.relative(from, OutputPath.QUOTES) + "#" + c.id();
    }

    private boolean isFragment(QuoteCluster c) {
        return quotes.get(c.fullestQuoteId()).fragment();
    }

    private static int quotesIn(List<QuoteCluster> group) {
        return group.stream().mapToInt(c -> c.quoteIds().size()).sum();
    }

    /** How many articles carried it; sorting by it asks again at every comparison. */
    private int outlets(QuoteCluster c) {
        return quotesOf(c).articles();
    }

    private ClusterQuotes quotesOf(QuoteCluster c) {
        return clusterQuotes.computeIfAbsent(c.id(), id -> {
            List<Quote> own = c.quoteIds().stream().map(quotes::get).toList();
            return new ClusterQuotes(own, own.stream().map(q -> articles.get(q.articleId()).outlet()).toList(),
                    (int) own.stream().map(Quote::articleId).distinct().count());
        });
    }
}
