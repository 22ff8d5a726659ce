package news.explainer.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import news.explainer.analyse.citation.Evidence;
import news.explainer.render.view.SegmentView;
import java.util.Locale;
import news.explainer.model.Article;
import news.explainer.model.Block;
import news.explainer.model.BlockRole;
import news.explainer.model.BlockSpans;
import news.explainer.model.Person;
import news.explainer.model.Story;
import news.explainer.render.view.ArticleView;
import news.explainer.render.view.BlockView;
import news.explainer.render.view.Link;
import news.explainer.render.view.PageMeta;
import news.explainer.render.view.PersonView;
import news.explainer.reuse.Memo;

/** Builds view records for one page: labels formatted, hrefs relative to that page. */
final class Views {
    private final Story story;
    private final Dates dates;
    private final String imageAlt;
    private final boolean hasFeed;
    private final List<String> sections;
    /**
     * Where article lines are kept while an article is the same, one per way from a listing page to the sources
     * folder (every person page shares one).
     */
    private final Memo<Listed, ArticleView> listed;
    /** Where a page's whole list of articles is kept while what it shows of them is the same. */
    private final Memo<Listing, List<ArticleView>> lists;

    /**
     * @param imageAlt what the share image shows
     * @param hasFeed whether the site has an Atom feed to link to
     * @param sections the optional sections the site has pages for, so that navigation never links to a missing one
     * @param listed where each article's line in a list is kept: within a one-off build, or between the preview's
     *     builds
     * @param lists where each page's list of articles is kept between builds
     */
    Views(Story story, String imageAlt, boolean hasFeed, List<String> sections, Memo<Listed, ArticleView> listed,
            Memo<Listing, List<ArticleView>> lists) {
        this.listed = listed;
        this.lists = lists;
        this.story = story;
        this.dates = new Dates(story.language());
        this.imageAlt = imageAlt;
        this.hasFeed = hasFeed;
        this.sections = List.copyOf(sections);
    }

    Dates dates() {
        return dates;
    }

    /** Views made from the same story, image text, feed and sections make the same records: pages keep by it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Views v && v.story.equals(story) && v.imageAlt.equals(imageAlt) && v.hasFeed == hasFeed
                && v.sections.equals(sections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(story, imageAlt, hasFeed, sections);
    }

    /**
     * An article's line in a list, on the pages whose link to the sources folder is {@code toSources}, in the story's
     * language. Its links lead there and depend on nothing else of the page: the line made for one person page
     * serves every other.
     */
    record Listed(Article article, String toSources, String language) {
        Object slot() {
            return List.of(article.id(), toSources);
        }
    }

    /**
     * A page's list of articles, in the story's language: while it shows the same of each article
     * ({@link ListedArticles}), the last build's list, which an edit of one article's text leaves as it was.
     */
    record Listing(List<Article> articles, String from, String language) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Listing l && l.from.equals(from) && l.language.equals(language)
                    && ListedArticles.same(l.articles, articles);
        }

        @Override
        public int hashCode() {
            return from.hashCode();
        }
    }

    PageMeta page(String path, String title, String description, String section) {
        String fullTitle = path.equals(OutputPath.INDEX) ? title : title + " · " + story.title();
        String canonical = story.baseUrl().map(base -> OutputPath.address(base, path)).orElse("");
        String image = story.baseUrl().map(base -> base + OutputPath.SHARE_IMAGE)
                .orElse(Links.relative(path, OutputPath.SHARE_IMAGE));
        return new PageMeta(path, fullTitle, description, Links.toRoot(path), story.language(), story.title(),
                section, canonical, path.equals(OutputPath.INDEX) ? "article" : "website",
                story.language().replace('-', '_'), image, imageAlt,
                hasFeed ? Links.relative(path, OutputPath.FEED) : "", "", sections);
    }

    ArticleView article(Article a, String from) {
        return new ArticleView(
                a.id(),
                Links.relative(from, OutputPath.source(a.id())),
                a.outlet(),
                a.outletNamed(),
                a.title(),
                a.headline().isPresent(),
                dates.full(a.published()),
                a.published().map(LocalDate::toString).orElse(""),
                a.datelineAsGiven().orElse(""),
                a.dateCorrection().orElse(""),
                a.byline().orElse(""),
                a.url().orElse(""),
                Links.relative(from, OutputPath.original(a.id())));
    }

    List<ArticleView> articles(List<Article> articles, String from) {
        String toSources = Links.relative(from, OutputPath.SOURCES);
        return lists.get(new Listing(articles, from, story.language()), in -> articles.stream()
                .map(a -> listed.get(new Listed(a, toSources, story.language()), l -> article(a, from))).toList());
    }

    PersonView person(Person p, String from) {
        return new PersonView(p.id(), Links.relative(from, OutputPath.person(p.id())), p.name(), p.aliases(),
                p.role());
    }

    List<PersonView> people(List<Person> people, String from) {
        return people.stream().map(p -> person(p, from)).toList();
    }

    /** The blocks of a source page, with cited passages marked and quotes set apart, both anchored. */
    static List<BlockView> blocks(List<Block> blocks, List<Evidence> marks, List<QuoteViews.QuoteMark> quotes) {
        List<BlockView> views = new ArrayList<>();
        // Each block with only the passages and quotes that touch it: an article of a megabyte has thousands of each.
        List<List<Evidence>> marksIn = BlockSpans.perBlock(blocks, marks, Evidence::start, Evidence::end);
        List<List<QuoteViews.QuoteMark>> quotesIn =
                BlockSpans.perBlock(blocks, quotes, QuoteViews.QuoteMark::start, QuoteViews.QuoteMark::end);
        int paragraph = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String anchor = block.role() == BlockRole.PARAGRAPH ? "p" + (++paragraph) : "";
            // Most paragraphs: nothing marked or quoted, the text printed as it is, without runs.
            boolean plain = marksIn.get(b).isEmpty() && quotesIn.get(b).isEmpty();
            views.add(new BlockView(block.role().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    label(block.role()), anchor, block.text(),
                    plain ? List.of() : segments(block, marksIn.get(b), quotesIn.get(b)), plain));
        }
        return List.copyOf(views);
    }

    /**
     * Splits a block at every edge of a cited passage or a quote; runs inside a passage are marked.
     *
     * @param inside the cited passages that touch the block
     * @param quotes the quotes that touch it
     */
    private static List<SegmentView> segments(Block block, List<Evidence> inside, List<QuoteViews.QuoteMark> quotes) {
        TreeSet<Integer> edges = new TreeSet<>(List.of(block.start(), block.end()));
        for (Evidence e : inside) {
            edges.add(Math.max(block.start(), e.start()));
            edges.add(Math.min(block.end(), e.end()));
        }
        for (QuoteViews.QuoteMark q : quotes) {
            edges.add(Math.max(block.start(), q.start()));
            edges.add(Math.min(block.end(), q.end()));
            edges.add(Math.min(block.end(), q.linkAt()));
        }
        List<SegmentView> segments = new ArrayList<>();
        Integer from = edges.first();
        for (Integer to : edges.tailSet(from, false)) {
            int a = from;
            int b = to;
            boolean marked = false;
            List<String> anchors = new ArrayList<>(); // the quotes', then the passages', each once
            for (Evidence e : inside) {
                marked |= e.start() <= a && e.end() >= b;
            }
            boolean inQuote = false;
            List<Link> ends = new ArrayList<>();
            for (QuoteViews.QuoteMark q : quotes) {
                inQuote |= q.start() <= a && q.end() >= b;
                if (q.start() == a && !anchors.contains(q.id())) {
                    anchors.add(q.id());
                }
                if (q.linkAt() <= block.end() && Math.min(block.end(), q.linkAt()) == b) {
                    ends.add(new Link(q.href(), q.label()));
                }
            }
            for (Evidence e : inside) {
                if (e.start() == a && !anchors.contains(e.anchor())) {
                    anchors.add(e.anchor());
                }
            }
            segments.add(new SegmentView(block.text().substring(a - block.start(), b - block.start()), marked,
                    false, false, inQuote, List.copyOf(anchors), List.copyOf(ends)));
            from = to;
        }
        return joinHighlights(segments);
    }

    /**
     * Touching marked runs (split only where a quote starts or ends) become one highlight, so a screen reader
     * announces one cited passage, not one per run.
     */
    private static List<SegmentView> joinHighlights(List<SegmentView> runs) {
        List<SegmentView> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            SegmentView s = runs.get(i);
            boolean opens = s.marked() && (i == 0 || !runs.get(i - 1).marked());
            boolean closes = s.marked() && (i == runs.size() - 1 || !runs.get(i + 1).marked());
            out.add(new SegmentView(s.text(), s.marked(), opens, closes, s.quoted(), s.anchors(), s.quoteEnds()));
        }
        return List.copyOf(out);
    }

    String dateNote(Article a) {
        return a.dateCorrection().isPresent()
                ? "dated " + dates.full(a.published()) + " by us; the file says " + a.datelineAsGiven().orElse("?")
                : "";
    }

    /** What readers are told a stretch is, when it is not the story's own text. */
    private static String label(BlockRole role) {
        return switch (role) {
            case CAPTION -> "Photo caption";
            case BOILERPLATE -> "Page furniture, not part of the story";
            case DATE_HEADER -> "Date in the saved file";
            case BYLINE -> "Byline";
            default -> "";
        };
    }
}
