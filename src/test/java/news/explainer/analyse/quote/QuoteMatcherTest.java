package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;

/** Cross-outlet matching on the five real articles. */
class QuoteMatcherTest {
    private final QuoteAnalysis analysis = RealContent.analysed();

    @Test
    void trumpsRequestNotToFireOnKyivIsOneClusterAcrossFourOutlets() {
        QuoteCluster cluster = clusterOf("cnn", "I personally asked President (Vladimir) Putin");
        assertTrue(cluster.quoteIds().size() >= 4, cluster.toString());
        assertEquals(Set.of("huffpost-uk", "unnamed-outlet-a", "unnamed-outlet-b", "cnn", "nbc-news"),
                articlesOf(cluster));
        assertEquals(clusterOf("huffpost-uk", "I personally asked President Putin not to fire on Kyiv"), cluster);
        assertEquals(clusterOf("unnamed-outlet-b", "I personally asked President Putin not to fire into"), cluster);
        assertEquals(clusterOf("unnamed-outlet-a", "Because of the extreme cold"), cluster);
        assertEquals(Optional.of("donald-trump"), cluster.speakerId());
    }

    @Test
    void peskovsFavourableAndFavorableConditionsAreOneCluster() {
        QuoteCluster cluster = clusterOf("unnamed-outlet-a", "I can say that President Trump");
        assertEquals(cluster, clusterOf("nbc-news", "in order to create favorable conditions"));
        assertEquals(Set.of("unnamed-outlet-a", "nbc-news"), articlesOf(cluster));
    }

    @Test
    void dontWasteTheCallIsOneClusterInThreeOutlets() {
        QuoteCluster cluster = clusterOf("nbc-news", "A lot of people said");
        assertEquals(cluster, clusterOf("huffpost-uk", "A lot of people said"));
        assertEquals(cluster, clusterOf("unnamed-outlet-a", "A lot of people said"));
        assertTrue(articlesOf(cluster).containsAll(Set.of("huffpost-uk", "nbc-news", "unnamed-outlet-a")));
    }

    @Test
    void witkoffsHopefulAndExpectantIsOneUtteranceButHisOtherWordsStayApart() {
        QuoteCluster hopeful = clusterOf("unnamed-outlet-b", "And I think the people of Ukraine");
        assertEquals(hopeful, clusterOf("cnn", "the people of Ukraine are now hopeful"));
        assertNotEquals(hopeful, clusterOf("unnamed-outlet-a", "And I think that he (Donald Trump)"));
        assertNotEquals(hopeful, clusterOf("unnamed-outlet-b", "We have a security protocol"));
        assertNotEquals(hopeful, clusterOf("cnn", "making a lot of progress"));
    }

    @Test
    void quotesSharingAPhraseButSaidByDifferentPeopleStayApart() {
        assertNotEquals(clusterOf("cnn", "making a lot of progress"), clusterOf("unnamed-outlet-a", "lot of progress"));
        assertNotEquals(clusterOf("nbc-news", "Yes, of course. It was a personal request"),
                clusterOf("unnamed-outlet-a", "I can say that President Trump"));
    }

    @Test
    void everyQuoteIsInExactlyOneClusterAndTheFullestComesFirst() {
        List<String> all = analysis.clusters().stream().flatMap(c -> c.quoteIds().stream()).sorted().toList();
        assertEquals(analysis.quotes().stream().map(Quote::id).sorted().toList(), all);
        QuoteCluster trump = clusterOf("cnn", "I personally asked President (Vladimir) Putin");
        assertEquals(quote("unnamed-outlet-a", "Because of the extreme cold").id(), trump.fullestQuoteId());
    }

    @Test
    void theSameInputGivesTheSameIdsAndOrder() {
        QuoteAnalysis again = new QuoteAnalyser().analyse(RealContent.load().articles(), RealContent.load().people(),
                List.of(), new Problems());
        assertEquals(analysis, again);
    }

    private QuoteCluster clusterOf(String article, String startsWith) {
        String id = quote(article, startsWith).id();
        return analysis.clusters().stream().filter(c -> c.quoteIds().contains(id)).findFirst().orElseThrow();
    }

    private Quote quote(String article, String startsWith) {
        return analysis.quotes().stream()
                .filter(q -> q.articleId().equals(article) && q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote in " + article + " starting " + startsWith));
    }

    private Set<String> articlesOf(QuoteCluster cluster) {
        Set<String> out = new TreeSet<>();
        for (String id : cluster.quoteIds()) {
            out.add(analysis.quotes().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow().articleId());
        }
        return out;
    }
}
