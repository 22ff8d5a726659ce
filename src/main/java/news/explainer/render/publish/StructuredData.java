package news.explainer.render.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.explainer.model.Article;
import news.explainer.model.Comparison;
import news.explainer.model.Person;
import news.explainer.model.Story;

/**
 * Schema.org data for search engines and aggregators: the explainer as a {@code NewsArticle} citing its sources,
 * and a {@code ClaimReview} on the page of each point whose answers settle a claim. Only what the pages show.
 */
public final class StructuredData {
    private static final String CONTEXT = "https://schema.org";

    private final Story story;

    public StructuredData(Story story) {
        this.story = story;
    }

    /**
     * The explainer: a news article whose citations are the articles it compares, or none when {@code articles} is
     * empty (a page that does not list its thousands of articles does not carry them in its head either).
     */
    public String explainer(List<Article> articles, String imageHref) {
        Map<String, Object> data = root("NewsArticle");
        data.put("headline", story.title());
        data.put("description", story.summary());
        data.put("inLanguage", story.language());
        story.updates().stream().map(Story.Update::date).min(java.time.LocalDate::compareTo)
                .or(story::lastUpdated).ifPresent(d -> data.put("datePublished", d.toString()));
        story.lastUpdated().ifPresent(d -> data.put("dateModified", d.toString()));
        publisher().ifPresent(p -> {
            data.put("author", p);
            data.put("publisher", p);
        });
        data.put("image", imageHref);
        story.baseUrl().ifPresent(url -> data.put("mainEntityOfPage", url));
        if (!articles.isEmpty()) {
            data.put("citation", articles.stream().map(StructuredData::citation).toList());
        }
        return JsonLd.write(data);
    }

    /** A claim, its author, and the verdict the point's answers support. */
    public String claimReview(Comparison.Claim claim, Person author, String pagePath) {
        Map<String, Object> claimed = object("Claim");
        Map<String, Object> person = object("Person");
        person.put("name", author.name());
        claimed.put("author", person);
        claimed.put("datePublished", claim.date().toString());
        Map<String, Object> rating = object("Rating");
        rating.put("alternateName", claim.rating());
        Map<String, Object> data = root("ClaimReview");
        story.baseUrl().ifPresent(url -> data.put("url", url + pagePath));
        data.put("claimReviewed", claim.text());
        data.put("itemReviewed", claimed);
        data.put("reviewRating", rating);
        data.put("reviewBody", claim.verdict());
        publisher().ifPresent(p -> data.put("author", p));
        story.lastUpdated().ifPresent(d -> data.put("datePublished", d.toString()));
        return JsonLd.write(data);
    }

    private Optional<Map<String, Object>> publisher() {
        if (story.publisher().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> organisation = object("Organization");
        organisation.put("name", story.publisher());
        return Optional.of(organisation);
    }

    /** A source as cited: its outlet only when the text names it; we never publish a guess as a publisher. */
    private static Map<String, Object> citation(Article a) {
        Map<String, Object> cited = object("NewsArticle");
        cited.put("headline", a.title());
        if (a.outletNamed()) {
            Map<String, Object> outlet = object("Organization");
            outlet.put("name", a.outlet());
            cited.put("publisher", outlet);
        }
        a.published().ifPresent(d -> cited.put("datePublished", d.toString()));
        a.url().ifPresent(u -> cited.put("url", u));
        return cited;
    }

    private static Map<String, Object> object(String type) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", type);
        return map;
    }

    private static Map<String, Object> root(String type) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@context", CONTEXT);
        map.put("@type", type);
        return map;
    }
}
