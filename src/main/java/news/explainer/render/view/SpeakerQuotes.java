package news.explainer.render.view;

import java.util.List;

/**
 * One speaker's section of the quotes page.
 *
 * @param anchor the fragment id of the section
 * @param name the speaker's name, or "" for the quotes whose speaker the articles do not establish
 * @param href the speaker's page, or "" when there is none
 * @param utterances whole sentences, the most widely carried first
 * @param fragments a few words, or phrases taken into the reporter's own sentence
 */
public record SpeakerQuotes(String anchor, String name, String href, String role, List<UtteranceView> utterances,
        List<UtteranceView> fragments) {}
