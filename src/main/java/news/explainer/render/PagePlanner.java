package news.explainer.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.explainer.analyse.citation.Evidence;
import news.explainer.analyse.Analysis;
import news.explainer.model.Article;
import news.explainer.model.Content;
import news.explainer.model.Person;
import news.explainer.render.view.IndexPage;
import news.explainer.render.view.ListPage;
import news.explainer.render.view.PersonPage;
import news.explainer.render.view.SourcePage;

/** Decides which pages exist, where they go and what each shows, before anything is rendered. */
public final class PagePlanner {
    private final Markdown markdown;

    public PagePlanner(Markdown markdown) {
        this.markdown = markdown;
    }

    public List<PageSpec> plan(Analysis analysis) {
        Content content = analysis.content();
        Views views = new Views(content.story());
        List<PageSpec> pages = new ArrayList<>();
        pages.add(index(analysis, views));
        pages.add(sourceList(content, views));
        Map<String, List<Evidence>> marks = ExplainerViews.evidenceByArticle(analysis);
        for (Article article : content.articles()) {
            pages.add(source(article, views, marks.getOrDefault(article.id(), List.of())));
        }
        if (!content.people().isEmpty()) {
            pages.add(peopleList(content, views));
        }
        List<List<Article>> namedIn = new Mentions(content.people()).namedIn(content.articles());
        for (int p = 0; p < content.people().size(); p++) {
            pages.add(person(content.people().get(p), namedIn.get(p), views));
        }
        return List.copyOf(pages);
    }

    private PageSpec index(Analysis analysis, Views views) {
        String path = OutputPath.INDEX;
        Content content = analysis.content();
        var story = content.story();
        ExplainerViews explainer = new ExplainerViews(analysis, views, markdown, path);
        return new PageSpec(path, "index.ftlh", new IndexPage(
                views.page(path, story.title(), story.summary(), "explainer"),
                story.title(), story.summary(), markdown.toHtml(story.lead()),
                views.articles(content.articles(), path), views.people(content.people(), path),
                explainer.comparisons(analysis.comparisons()), explainer.timeline(analysis.timeline())));
    }

    private PageSpec sourceList(Content content, Views views) {
        String path = OutputPath.SOURCES;
        return new PageSpec(path, "sources.ftlh", new ListPage(
                views.page(path, "Sources", "The " + content.articles().size() + " articles this explainer is built on,"
                        + " with their outlets, dates and full text.", "sources"),
                views.articles(content.articles(), path), views.people(content.people(), path)));
    }

    private PageSpec source(Article article, Views views, List<Evidence> marks) {
        String path = OutputPath.source(article.id());
        String description = article.outlet() + ": " + article.title();
        return new PageSpec(path, "source.ftlh", new SourcePage(
                views.page(path, article.title(), description, "sources"),
                views.article(article, path), markdown.toHtml(article.note()), Views.blocks(article.parsed().blocks(), marks)));
    }

    private PageSpec peopleList(Content content, Views views) {
        String path = OutputPath.PEOPLE;
        return new PageSpec(path, "people.ftlh", new ListPage(
                views.page(path, "People", "Who is who in this story, and the spellings the outlets use.", "people"),
                views.articles(content.articles(), path), views.people(content.people(), path)));
    }

    private PageSpec person(Person person, List<Article> namedIn, Views views) {
        String path = OutputPath.person(person.id());
        String description = person.role().isEmpty() ? person.name() : person.name() + ", " + person.role();
        return new PageSpec(path, "person.ftlh", new PersonPage(
                views.page(path, person.name(), description, "people"),
                views.person(person, path), markdown.toHtml(person.bio()), views.articles(namedIn, path)));
    }
}
