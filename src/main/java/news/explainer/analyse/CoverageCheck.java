package news.explainer.analyse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import news.explainer.analyse.compare.CheckedComparison;
import news.explainer.analyse.compare.Figure;
import news.explainer.analyse.compare.FigureExtractor;
import news.explainer.analyse.timeline.CheckedEntry;
import news.explainer.concurrent.AcrossCores;
import news.explainer.model.Article;
import news.explainer.model.Block;
import news.explainer.model.Content;
import news.explainer.problem.Named;
import news.explainer.problem.Problems;
import news.explainer.problem.SourceRef;
import news.explainer.reuse.Memo;

/**
 * Warns about what the annotations leave out: articles that no comparison point cites, and days within the story's
 * window that articles mention and no timeline entry covers. Relative days ("on Thursday") are resolved against
 * the article's publication date: backwards, unless the sentence looks ahead ("will", "expected", "forecast").
 */
final class CoverageCheck {
    static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    static final Pattern FUTURE = Pattern.compile("\\b(will|expected|forecast|forecasters|next|ahead)\\b");
    /**
     * The same expressions tried only where one of their words stands: most paragraphs hold none, and a search
     * with the expression alone tries its alternatives at every character.
     */
    static final WordStarts WEEKDAYS = new WordStarts(WEEKDAY,
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"));
    static final WordStarts LOOKS_AHEAD =
            new WordStarts(FUTURE, List.of("will", "expected", "forecast", "next", "ahead"));

    private final Content content;
    private final FigureExtractor figures = new FigureExtractor();
    private final Memo<Article, Map<LocalDate, SourceRef>> kept;

    CoverageCheck(Content content, Memo<Article, Map<LocalDate, SourceRef>> kept) {
        this.content = content;
        this.kept = kept;
    }

    void report(List<CheckedComparison> comparisons, List<CheckedEntry> timeline, Problems problems) {
        if (!comparisons.isEmpty()) {
            reportUncitedArticles(comparisons, problems);
        }
        if (!timeline.isEmpty()) {
            reportUncoveredDays(timeline, problems);
        }
    }

    private void reportUncitedArticles(List<CheckedComparison> comparisons, Problems problems) {
        Set<String> cited = new HashSet<>();
        comparisons.forEach(c -> c.answers().stream().filter(a -> !a.evidence().isEmpty())
                .forEach(a -> cited.add(a.article())));
        List<Article> uncited = content.articles().stream().filter(a -> !cited.contains(a.id())).toList();
        if (uncited.size() == 1) {
            Article article = uncited.get(0);
            problems.warning(SourceRef.file(article.annotation().orElse(article.source().path())),
                    "no comparison point cites this article");
        } else if (uncited.size() > 1) {
            // One warning for them all, at the points' folder: thousands of lines, one per article, would bury the
            // other messages of a big story whose points answer for the articles checked so far.
            String points = comparisons.get(0).comparison().annotation();
            problems.warning(SourceRef.file(points.substring(0, Math.max(points.lastIndexOf('/'), 0))),
                    "no comparison point cites " + Named.count(uncited.size()) + " of the "
                            + Named.count(content.articles().size()) + " articles: "
                            + Named.shortened(uncited.stream().map(Article::id).toList()));
        }
    }

    private void reportUncoveredDays(List<CheckedEntry> timeline, Problems problems) {
        Set<LocalDate> covered = new HashSet<>();
        timeline.forEach(e -> covered.add(e.entry().date()));
        // Each article's days on their own core, merged in the articles' order: the first mention still wins.
        List<Article> articles = content.articles();
        List<Map<LocalDate, SourceRef>> perArticle =
                AcrossCores.map(articles.size(), a -> kept.get(articles.get(a), this::daysIn));
        TreeMap<LocalDate, SourceRef> firstMention = new TreeMap<>();
        perArticle.forEach(days -> days.forEach(firstMention::putIfAbsent));
        firstMention.forEach((day, where) -> {
            if (content.story().inWindow(day) && !covered.contains(day)) {
                problems.warning(where, "the article mentions " + day.format(DateTimeFormatter.ofPattern(
                        "EEEE d MMMM", Locale.ENGLISH)) + " and no timeline entry is dated that day");
            }
        });
    }

    /** The days an article mentions, each with where it first does, in the order they are mentioned. */
    private Map<LocalDate, SourceRef> daysIn(Article article) {
        Map<LocalDate, SourceRef> days = new LinkedHashMap<>();
        if (article.published().isPresent()) {
            for (Block block : article.parsed().textBlocks()) {
                mentions(article, block, days);
            }
        }
        return days;
    }

    private void mentions(Article article, Block block, Map<LocalDate, SourceRef> first) {
        LocalDate published = article.published().orElseThrow();
        // Every weekday's name ends in "day": a paragraph without those letters needs no search for each name.
        List<MatchResult> weekdays = block.text().contains("day") ? WEEKDAYS.in(block.text()) : List.of();
        // The same for every weekday in the paragraph: looked for once, and only in a paragraph that names one.
        boolean ahead = !weekdays.isEmpty() && LOOKS_AHEAD.anyIn(block.text());
        for (MatchResult weekday : weekdays) {
            LocalDate day = resolve(published, DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT)), ahead);
            first.putIfAbsent(day, article.source().refAt(block.start() + weekday.start()));
        }
        for (Figure f : figures.dates(block.text())) {
            if (f.kind().equals("date")) {
                MonthDay md = MonthDay.parse(f.value(), DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
                LocalDate day = md.atYear(published.getYear());
                first.putIfAbsent(day, article.source().refAt(block.start() + block.text().indexOf(f.asWritten())));
            }
        }
    }

    private static LocalDate resolve(LocalDate published, DayOfWeek day, boolean ahead) {
        LocalDate date = published;
        if (ahead) {
            while (date.getDayOfWeek() != day) {
                date = date.plusDays(1);
            }
        } else {
            while (date.getDayOfWeek() != day) {
                date = date.minusDays(1);
            }
        }
        return date;
    }
}
