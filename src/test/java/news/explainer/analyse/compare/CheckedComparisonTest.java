package news.explainer.analyse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each article's answer (the share image's rows and the comparison table's columns): the walk along the answers,
 * which counts on their coming in the articles' order, against looking each article up, on answers in that order and
 * in any other.
 */
class CheckedComparisonTest {

    @Test
    void theWalkAlongTheAnswersGivesWhatLookingEachArticleUpGives() {
        Random random = new Random(7);
        int walked = 0;
        for (int round = 0; round < 3_000; round++) {
            List<String> articles = IntStream.range(0, random.nextInt(12)).mapToObj(i -> "a" + i).toList();
            List<CheckedComparison.Answer> answers = new ArrayList<>();
            for (String article : articles) {
                int copies = random.nextInt(8) == 0 ? 2 : random.nextInt(3) == 0 ? 0 : 1; // duplicates and gaps
                for (int c = 0; c < copies; c++) {
                    answers.add(new CheckedComparison.Answer(article, "", random.nextBoolean(), List.of()));
                }
            }
            if (random.nextInt(6) == 0) {
                answers.add(random.nextInt(answers.size() + 1),
                        new CheckedComparison.Answer("not an article", "", true, List.of()));
            }
            if (random.nextInt(4) == 0) {
                Collections.shuffle(answers, random);
            } else {
                walked++;
            }
            CheckedComparison point = new CheckedComparison(null, answers, List.of());
            assertEquals(lookedUp(answers, articles), point.byArticle(articles), answers.toString());
        }
        assertEquals(true, walked > 1_000, "most rounds in the articles' order: " + walked);
    }

    /**
     * On answers as the checker keeps them (one per article at most, in the articles' order), the counts the pages
     * print agree with the cells they show: as many answered as cells with an answer, as many reporting as those that
     * report the point.
     */
    @Test
    void theCountsAgreeWithTheCells() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<String> articles = IntStream.range(0, random.nextInt(30)).mapToObj(i -> "a" + i).toList();
            List<CheckedComparison.Answer> answers = articles.stream().filter(a -> random.nextInt(4) != 0)
                    .map(a -> new CheckedComparison.Answer(a, "", random.nextBoolean(), List.of())).toList();
            CheckedComparison point = new CheckedComparison(null, answers, List.of());
            List<CheckedComparison.Answer> cells = point.byArticle(articles);
            assertEquals(cells.stream().filter(a -> a != null).count(), point.answeredCount(), answers.toString());
            assertEquals(cells.stream().filter(a -> a != null && a.reported()).count(), point.reportingCount(),
                    answers.toString());
        }
    }

    /** Each article's first answer, looked up by article; null for an article without one. */
    private static List<CheckedComparison.Answer> lookedUp(List<CheckedComparison.Answer> answers,
            List<String> articles) {
        Map<String, CheckedComparison.Answer> byArticle = answers.stream()
                .collect(Collectors.toMap(CheckedComparison.Answer::article, Function.identity(), (a, b) -> a));
        return articles.stream().map(byArticle::get).toList();
    }
}
