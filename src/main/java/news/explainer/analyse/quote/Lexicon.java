package news.explainer.analyse.quote;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.explainer.analyse.WordStarts;

/** The words attribution listens for. English only, as the articles are. */
final class Lexicon {
    /**
     * Verbs that report speech. {@code asked} is left out on purpose: in {@code Trump asked his Russian counterpart
     * … for a week "until February 1"} the quoted words are the Kremlin's, not the asker's. {@code offered},
     * {@code declined} and {@code refused} are in for frames such as CNN's {@code Kremlin spokesman Dmitry Peskov
     * offered no clarification, “No, I can’t comment on that yet.”}
     */
    static final String VERBS = "said|says|say|saying|told|tells|telling|added|adds|adding|wrote|writes|writing"
            + "|insisted|insists|confirmed|confirms|replied|replies|claimed|claims|claiming|warned|warns|declared"
            + "|stated|explained|noted|argued|thanked|expressed|offered|declined|refused|responded|posted|tweeted"
            + "|acknowledged|admitted|stressed|urged|announced|quoted";

    /** Words that may stand between a speaker and the verb: {@code was quoted as saying}, {@code said Wednesday}. */
    private static final String GAP = "also|then|has|had|have|was|is|quoted|as|later|earlier|again|separately"
            + "|previously|reportedly|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    static final Pattern VERB = Pattern.compile("(?:" + VERBS + ")");

    /** Looked for right after a mention: the mention is then someone speaking. */
    static final Pattern SPEAKS = Pattern.compile("(?:,?\\s+(?:" + GAP + ")){0,3}\\s+(?:" + VERBS + ")\\b");

    /** The verbs by their first letter (all are ASCII and lower case), for {@link #maySpeak}. */
    private static final String[][] VERBS_BY_FIRST_LETTER = new String[128][];

    static {
        for (char first = 'a'; first <= 'z'; first++) {
            char letter = first;
            String[] verbs = Stream.of(VERBS.split("\\|")).filter(v -> v.charAt(0) == letter).toArray(String[]::new);
            VERBS_BY_FIRST_LETTER[first] = verbs.length == 0 ? null : verbs;
        }
    }

    /**
     * Whether one of the verbs stands right after white space somewhere in the text. Every match of {@link #SPEAKS}
     * holds one, so a paragraph without one has nobody speaking in it: two thirds of a big story's paragraphs, whose
     * names, pronouns and roles attribution then need not look for unless a quote begins or ends there. The verbs
     * are looked for in one pass, only after the characters {@code \s} stands for.
     */
    static boolean maySpeak(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            String[] verbs = c < VERBS_BY_FIRST_LETTER.length ? VERBS_BY_FIRST_LETTER[c] : null;
            if (verbs != null && isSpace(text.charAt(i - 1))) {
                for (String verb : verbs) {
                    if (text.startsWith(verb, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What {@code \s} matches: a space, or one of tab, line feed, vertical tab, form feed and carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");

    static final String ROLE_NOUNS =
            "president|leader|spokesman|spokeswoman|spokesperson|envoy|aide|minister|secretary|chancellor";
    /** The same nouns one by one, for the plain searches that rule the expressions out before they are tried. */
    static final List<String> ROLE_NOUN_LIST = List.of(ROLE_NOUNS.split("\\|"));

    /** {@code the US president}, {@code the Ukrainian leader}: who, by role. */
    static final Pattern ROLE_PHRASE = Pattern.compile(
            "\\b[Tt]he\\s+((?:[\\p{L}’'.-]+\\s+){0,3}?(?i:" + ROLE_NOUNS + "))\\b");

    /** The pronouns and role phrases of a paragraph, looked for only where they can begin. */
    static final WordStarts PRONOUNS = new WordStarts(PRONOUN, List.of("he", "she", "He", "She"));
    static final WordStarts ROLE_PHRASES =
            new WordStarts(ROLE_PHRASE, List.of("the", "The"), ROLE_NOUN_LIST);

    /** A run of capitalised words: a name, possibly with titles in front. */
    static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*)*");

    /** Titles and nationalities that come before a name ({@code US Secretary of State Marco Rubio}). */
    static final Set<String> TITLES = Set.of("president", "prime", "minister", "secretary", "state", "special",
            "envoy", "spokesman", "spokeswoman", "spokesperson", "kremlin", "aide", "us", "u.s.", "uk", "russian",
            "ukrainian", "american", "british", "french", "german", "chinese", "mr", "mrs", "ms", "dr", "chancellor",
            "foreign", "defense", "defence", "general", "senator", "governor", "mayor", "leader", "the", "but", "and",
            "former", "vice", "deputy", "chief", "white", "house");

    /** Words that make a capitalised pair an organisation or a place rather than a person. */
    static final Set<String> NOT_NAMES = Set.of("house", "kremlin", "ministry", "defense", "defence", "service",
            "news", "agency", "office", "department", "embassy", "council", "union", "nations", "force", "forces",
            "army", "navy", "network", "wire", "post", "times", "press", "media", "group", "party", "government",
            "court", "bank", "committee", "commission", "assembly", "parliament", "congress", "senate", "united",
            "states", "kingdom", "republic", "emirates", "arab", "street", "university", "company", "tv", "radio",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "security", "emergency", "novosti", "breaking");

    private Lexicon() {}
}
