package news.explainer.render.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One utterance: the same words as each outlet carried them, the fullest variant first.
 *
 * @param id the cluster id, also the fragment id on the quotes page
 * @param href the link to this utterance on the quotes page, relative to the page that shows it
 * @param speaker the speaker's name, or "" when the articles do not say for sure
 * @param speakerHref the speaker's page, or "" when there is none
 * @param carriedBy "Carried by 4 of 5 outlets, in full or in part", or "Carried by 1 of 5 outlets"
 * @param outlets how many outlets carried it
 * @param outletNames the outlets that carried it, each once, the fullest's first
 * @param fragment true for a few words or a phrase taken into the reporter's own sentence
 * @param wordings the variants after the fullest, grouped by {@link #wordings(List)}
 */
public record UtteranceView(String id, String href, String speaker, String speakerHref, String text, String carriedBy,
        int outlets, List<String> outletNames, boolean fragment, List<Variant> variants, List<Wording> wordings) {

    public UtteranceView {
        outletNames = List.copyOf(outletNames);
        variants = List.copyOf(variants);
        wordings = List.copyOf(wordings);
    }

    /**
     * The variants after the fullest, those worded alike together, in the order of the first of each: a quote
     * carried by hundreds of articles in a dozen wordings is a dozen comparisons, each with its outlets, where it
     * was hundreds of the same ones.
     */
    public static List<Wording> wordings(List<Variant> variants) {
        Map<List<Object>, List<Variant>> alike = new LinkedHashMap<>();
        for (Variant v : variants.subList(Math.min(1, variants.size()), variants.size())) {
            // Words the same as the fullest's are not shown, so variants that differ from it only in spelling or
            // quotation marks are worded alike.
            alike.computeIfAbsent(List.of(v.identical() ? List.of() : v.words(), v.identical(), v.cutBefore(),
                    v.cutAfter(), v.editorTag(), v.editorNoteHtml()), k -> new ArrayList<>()).add(v);
        }
        return alike.values().stream().map(Wording::new).toList();
    }

    /**
     * Variants worded alike: the same words against the fullest, cut the same way, with the same editors' note.
     *
     * @param carriers the variants so worded, each with its outlet and link; at least one
     */
    public record Wording(List<Variant> carriers) {

        public Wording {
            carriers = List.copyOf(carriers);
        }

        /** The one whose words, cuts and note the others share. */
        public Variant first() {
            return carriers.get(0);
        }
    }

    /** The fullest variant: the text the others are compared with. */
    public Variant fullest() {
        return variants.get(0);
    }

    /**
     * How one outlet carried the utterance.
     *
     * @param href the quote, highlighted on the source page
     * @param identical true when the words are the fullest variant's words (spelling and quote marks aside)
     * @param words the variant's words in runs, each marked same, added or removed against the fullest, from the first
     *     word it shares with the fullest to the last: the fullest's words before and after are left out
     * @param cutBefore true when the variant starts later than the fullest (its earlier words are left out)
     * @param cutAfter true when the variant stops earlier than the fullest
     * @param editorNoteHtml the editors' reason when they set the speaker, or ""
     * @param editorTag when the editors, not the article's words, decided the speaker, what readers are told
     *     ("attributed by the editors", or that the editors name no speaker); otherwise ""
     */
    public record Variant(String quoteId, String outlet, String href, String text, boolean identical,
            List<Word> words, boolean cutBefore, boolean cutAfter, String editorTag, String editorNoteHtml) {

        public Variant {
            words = List.copyOf(words);
        }
    }

    /** A run of words of a word diff; {@code kind} is {@code same}, {@code added} or {@code removed}. */
    public record Word(String text, String kind) {}
}
