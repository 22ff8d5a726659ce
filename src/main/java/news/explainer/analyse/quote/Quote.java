package news.explainer.analyse.quote;

import java.util.Optional;

/**
 * One direct quote in one article.
 *
 * @param id {@code articleId + "-q" + n}, n counting from 1 in text order
 * @param start offset into {@code article.source().text()} of the first character inside the quote marks
 * @param end offset just past the last character inside the quote marks
 * @param text the original characters between {@code start} and {@code end}; a quote that runs over several
 *     paragraphs keeps the paragraph break and the re-opening mark, as the file has them
 * @param fragment true for a few words (fewer than five) or a quote that starts in lower case, which continues the
 *     reporter's own sentence rather than giving a whole one
 * @param speakerId the speaker's person id; empty when the text does not say for sure who spoke
 * @param speakerName the speaker's name as the site spells it, or {@code ""} when unattributed
 */
public record Quote(
        String id,
        String articleId,
        int start,
        int end,
        String text,
        boolean fragment,
        Optional<String> speakerId,
        String speakerName) {}
