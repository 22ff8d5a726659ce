package news.explainer.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The front matter of a comparison point, {@code content/comparisons/<id>.md}.
 *
 * @param figures the kinds of figure whose differences are flagged on this point (temperature, date, duration,
 *     end); absent means all, an empty list means none
 * @param claim a claim the answers settle, published as a claim review; absent for most points
 */
public record ComparisonFields(
        String question, @JsonProperty("short") String shortLabel, List<String> figures, List<AnswerFields> answers,
        ClaimFields claim) {

    /** A claim someone made, and what the articles show about it. */
    public record ClaimFields(String text, String by, LocalDate date, String rating, String verdict) {}

    /** How one article answers the question, with the passages that show it. */
    public record AnswerFields(String article, String answer, String status, List<String> evidence) {}
}
