package news.explainer.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.explainer.analyse.Analysis;
import news.explainer.analyse.citation.Cited;
import news.explainer.analyse.citation.Evidence;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.compare.Discrepancy;
import news.explainer.analyse.timeline.CheckedEntry;
import news.explainer.model.Article;
import news.explainer.model.TimelineEntry;
import news.explainer.render.view.ComparisonView;
import news.explainer.render.view.Link;
import news.explainer.render.view.TimelineView;
import news.explainer.reuse.Memo;

/** Views of the comparisons and the timeline, for the explainer page. */
final class ExplainerViews {
    private final Map<String, Article> articles;
    private final Views views;
    private final Markdown markdown;
    private final String from;

    private final List<Article> ordered;
    private final Memo<Shown, ComparisonView> shown;

    /**
     * Views over {@code ordered} articles, also given by id (the explainer and every point page share one map),
     * that take a comparison's view from {@code shown} while what it shows is the same.
     */
    ExplainerViews(List<Article> ordered, Map<String, Article> articles, Views views, Markdown markdown, String from,
            Memo<Shown, ComparisonView> shown) {
        this.ordered = ordered;
        this.articles = articles;
        this.views = views;
        this.markdown = markdown;
        this.from = from;
        this.shown = shown;
    }

    /**
     * What a comparison's view is made from: the checked comparison (the last build's object while its answers are
     * the same), the page, the site's views, of each article what a list shows of it ({@link ListedArticles}), and
     * whether only the articles that report the point get cells.
     */
    record Shown(CheckedComparison comparison, String from, Views views, List<Article> articles,
            boolean reportingOnly) {
        Object slot() {
            return List.of(comparison.comparison().id(), from, reportingOnly);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shown s && s.comparison.equals(comparison) && s.from.equals(from)
                    && s.views.equals(views) && ListedArticles.same(s.articles, articles)
                    && s.reportingOnly == reportingOnly;
        }

        @Override
        public int hashCode() {
            return slot().hashCode();
        }
    }

    static Map<String, Article> articlesById(Analysis analysis) {
        return analysis.content().articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    List<ComparisonView> comparisons(List<CheckedComparison> comparisons) {
        return comparisons.stream().map(this::comparison).toList();
    }

    private ComparisonView comparison(CheckedComparison c) {
        return shown.get(new Shown(c, from, views, ordered, false), in -> newComparison(c, false));
    }

    /**
     * The comparison with cells only for the articles that report the point, in the articles' order, and no column
     * headings: a big story's point page shows no other article, and no table.
     */
    ComparisonView reporting(CheckedComparison c) {
        return shown.get(new Shown(c, from, views, ordered, true), in -> newComparison(c, true));
    }

    /**
     * The comparisons without their cells, for a story with more articles than a table can show at a glance: how
     * many articles report each point, and the flags. The cells are on each point's page.
     */
    List<ComparisonView> summaries(List<CheckedComparison> comparisons) {
        return comparisons.stream().map(c -> view(c, List.of())).toList();
    }

    /**
     * A cell for every article, in the articles' order, so that each row lines up with the columns: an article the
     * editors have not answered for yet has a cell that says so. Or, {@code reportingOnly}, a cell for each article
     * whose answer reports the point, with no column heading.
     */
    private ComparisonView newComparison(CheckedComparison c, boolean reportingOnly) {
        List<CheckedComparison.Answer> byArticle = c.byArticle(ordered.stream().map(Article::id).toList());
        List<ComparisonView.Cell> cells = new ArrayList<>();
        if (reportingOnly) {
            for (CheckedComparison.Answer answer : byArticle) {
                if (answer != null && answer.reported()) {
                    cells.add(cell(answer, ""));
                }
            }
        } else {
            List<String> columns = columns();
            for (int i = 0; i < ordered.size(); i++) {
                CheckedComparison.Answer answer = byArticle.get(i);
                cells.add(answer == null ? unchecked(ordered.get(i), columns.get(i)) : cell(answer, columns.get(i)));
            }
        }
        return view(c, List.copyOf(cells));
    }

    private ComparisonView view(CheckedComparison c, List<ComparisonView.Cell> cells) {
        long unchecked = ordered.size() - c.answeredCount();
        return new ComparisonView(c.comparison().id(), Links.relative(from, OutputPath.point(c.comparison().id())),
                c.comparison().question(), c.comparison().shortLabel(),
                markdown.toHtml(c.comparison().summary()), cells,
                Plural.count(c.reportingCount()) + " of " + Plural.of(ordered.size(), "article")
                        + (unchecked > 0 ? "; " + Plural.count(unchecked) + " not yet checked" : ""),
                c.discrepancies().stream().map(this::flag).toList());
    }

    private ComparisonView.Cell cell(CheckedComparison.Answer a, String column) {
        Article article = articles.get(a.article());
        return new ComparisonView.Cell(article.outlet(), column, article.title(), views.dateNote(article), a.answer(),
                a.reported(), true, a.evidence().stream().map(this::link).toList());
    }

    private ComparisonView.Cell unchecked(Article article, String column) {
        return new ComparisonView.Cell(article.outlet(), column, article.title(), views.dateNote(article), "", false,
                false, List.of());
    }

    /**
     * Each article's column heading, in the articles' order: its outlet; with its date when two articles share the
     * outlet ("CNN, 29 Jan"); and numbered when they share the date too ("CNN, 29 Jan (2)").
     */
    private List<String> columns() {
        Map<String, Long> outlets = ordered.stream().collect(Collectors.groupingBy(Article::outlet,
                Collectors.counting()));
        List<String> dated = ordered.stream().map(a -> {
            String date = outlets.get(a.outlet()) > 1 ? views.dates().brief(a.published()) : "";
            return date.isEmpty() ? a.outlet() : a.outlet() + ", " + date;
        }).toList();
        Map<String, Long> same = dated.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        Map<String, Integer> seen = new HashMap<>();
        return dated.stream().map(c -> same.get(c) > 1 ? c + " (" + seen.merge(c, 1, Integer::sum) + ")" : c)
                .toList();
    }

    private Link link(Evidence e) {
        return new Link(Links.relative(from, OutputPath.source(e.article())) + "#" + e.anchor(),
                quoted(e.passage()));
    }

    /** The passage in quotation marks, unless the article's own marks already open and close it. */
    static String quoted(String passage) {
        boolean own = "“\"".indexOf(passage.charAt(0)) >= 0 && "”\"".indexOf(passage.charAt(passage.length() - 1)) >= 0;
        return own ? passage : "“" + passage + "”";
    }

    /**
     * "The outlets give different temperatures: −28 °C (HuffPost UK: “-28C”); −20 °C (NBC News: …)." When two
     * articles share an outlet, each value also says how many articles give it, and names each outlet once.
     */
    private String flag(Discrepancy d) {
        boolean counted = SourceNoun.of(ordered).equals(SourceNoun.ARTICLE);
        String values = d.values().stream().map(v -> withMinusSign(v.value())
                + (counted ? " in " + Plural.of(v.articles().size(), "article") : "") + " ("
                + v.articles().stream().map(id -> articles.get(id).outlet()).distinct()
                        .collect(Collectors.joining(", "))
                + ": “" + String.join("”, “", v.asWritten()) + "”)").collect(Collectors.joining("; "));
        String kind = switch (d.kind()) {
            case "temperature" -> "different temperatures";
            case "date" -> "different dates";
            case "duration" -> "different lengths of time";
            case "end" -> "the end differently (a date, or only a length)";
            default -> "different figures";
        };
        return "The outlets give " + kind + ": " + values + ".";
    }

    /**
     * A normalised value as a reader sees it: "−28 °C" with a minus sign, not the hyphen the data export keeps for
     * programs ("-28 °C"). A hyphen is shorter than the figure's dash and a screen reader may call it "dash". The
     * outlets' own words, quoted after it, stay as they wrote them.
     */
    static String withMinusSign(String value) {
        return value.length() > 1 && value.charAt(0) == '-' && Character.isDigit(value.charAt(1))
                ? "\u2212" + value.substring(1) : value;
    }

    TimelineView timeline(List<CheckedEntry> entries) {
        Map<LocalDate, List<TimelineView.Event>> days = new LinkedHashMap<>();
        List<TimelineView.Event> background = new ArrayList<>();
        for (CheckedEntry e : entries) {
            TimelineEntry entry = e.entry();
            if (entry.background()) {
                background.add(event(e, views.dates().full(entry.date()), entry.date().toString()));
            } else {
                String when = entry.time().map(t -> t + entry.timezone().map(z -> " " + z).orElse("")).orElse("");
                String datetime = entry.date() + entry.time().map(t -> "T" + t).orElse("");
                days.computeIfAbsent(entry.date(), d -> new ArrayList<>()).add(event(e, when, datetime));
            }
        }
        List<TimelineView.Day> dayViews = days.entrySet().stream().map(d -> new TimelineView.Day(
                d.getKey().toString(), views.dates().full(d.getKey()), List.copyOf(d.getValue()))).toList();
        return new TimelineView(dayViews, List.copyOf(background));
    }

    private TimelineView.Event event(CheckedEntry e, String when, String datetime) {
        List<TimelineView.Source> sources = new ArrayList<>();
        for (Cited cited : e.sources()) {
            Article article = articles.get(cited.article());
            String reported = views.dates().full(article.published());
            List<Link> passages = cited.evidence().stream().map(this::link).toList();
            if (!passages.isEmpty()) {
                sources.add(new TimelineView.Source(article.outlet(), passages.get(0).href(), passages, reported,
                        views.dates().brief(article.published()), views.dateNote(article)));
            }
        }
        return new TimelineView.Event(e.entry().id(), e.entry().title(), when, datetime,
                markdown.toHtml(e.entry().note()), List.copyOf(sources));
    }

    /** Every cited passage, grouped by article, for highlighting on the source pages. */
    static Map<String, List<Evidence>> evidenceByArticle(Analysis analysis) {
        Map<String, List<Evidence>> marks = new LinkedHashMap<>();
        analysis.comparisons().forEach(c -> c.answers().forEach(a -> a.evidence().forEach(
                e -> marks.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e))));
        analysis.timeline().forEach(t -> t.sources().forEach(s -> s.evidence().forEach(
                e -> marks.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e))));
        return marks;
    }
}
