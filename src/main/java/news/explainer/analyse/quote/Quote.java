package news.explainer.analyse.quote;

import java.util.Optional;
import news.explainer.model.Person;

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
 * @param editorNote present when an editor set or confirmed the speaker: the reason given, in Markdown (may be
 *     empty)
 */
public record Quote(
        String id,
        String articleId,
        int start,
        int end,
        String text,
        boolean fragment,
        Optional<String> speakerId,
        String speakerName,
        Optional<String> editorNote) {

    /** The same quote, said by someone else (or by nobody known), on an editor's word. */
    Quote attributedBy(Optional<Person> speaker, String note) {
        return new Quote(id, articleId, start, end, text, fragment, speaker.map(Person::id),
                speaker.map(Person::name).orElse(""), Optional.of(note));
    }
}
