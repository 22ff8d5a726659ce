package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The words a synthetic story is made of: speakers' names, the sentences reporters write and the sentences speakers
 * say. Everything is drawn from a seeded {@link Random}, so the same seed always gives the same text.
 */
final class Lexis {
    static final String[] FIRST = {"Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hanna", "Igor",
        "Jonas", "Katya", "Lukas", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamara", "Viktor", "Wanda",
        "Yuri", "Zofia", "Arman", "Bianca", "Cyril", "Daria", "Emil", "Freya", "Gustav", "Ilona", "Jakub", "Kira",
        "Leon", "Mila", "Nadia"};
    static final boolean[] FEMALE = {true, false, true, false, true, false, true, true, false, false, true, false,
        true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true,
        false, true, false, true, false, true, true};
    private static final String[] STEM = {"Kaval", "Dorem", "Tasin", "Belor", "Morav", "Sokol", "Petren", "Lisov",
        "Vadim", "Horak", "Zelin", "Marek"};
    /** Each ending and the other spelling some outlets use for it: the people files list it as an alias. */
    private static final String[][] ENDING = {{"enko", "enco"}, {"ski", "sky"}, {"ova", "owa"}};
    static final String[] ROLES = {"harbour minister", "transport minister", "city spokesperson",
        "union leader", "chief engineer", "regional governor", "council spokesman", "port authority spokeswoman",
        "finance minister"};

    static final String[] NOUNS = {"bridge", "harbour", "ferry service", "council", "union", "port", "river",
        "flood barrier", "tunnel", "rail line", "toll plaza", "workforce", "budget", "inspection", "contract",
        "eastern span", "night shift", "cargo terminal", "detour", "traffic plan", "repair crew", "riverbank"};
    static final String[] VERBS = {"closed", "reopened", "inspected", "delayed", "funded", "blocked", "repaired",
        "debated", "extended", "reviewed", "rerouted", "postponed"};
    static final String[] PREPS = {"near", "behind", "beside", "after", "before", "despite", "around", "beyond"};
    static final String[] ADJS = {"busy", "quiet", "crowded", "flooded", "narrow", "fragile", "temporary",
        "costly", "uncertain", "overdue"};
    static final String[] SAY_VERBS = {"want", "need", "expect", "will not accept", "cannot support",
        "have asked for", "are ready for", "will fight for"};
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private Lexis() {}

    static String surname(int i) {
        return STEM[i % STEM.length] + ENDING[i / STEM.length % ENDING.length][0];
    }

    static String surnameAlias(int i) {
        return STEM[i % STEM.length] + ENDING[i / STEM.length % ENDING.length][1];
    }

    static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    /** A reporter's sentence: plain, lower-case subjects, no speech verbs, so it never looks like a quote frame. */
    static String reporterSentence(Random r) {
        String s = switch (r.nextInt(4)) {
            case 0 -> "the " + pick(r, NOUNS) + " was " + pick(r, VERBS) + " " + pick(r, PREPS) + " the "
                    + pick(r, NOUNS);
            case 1 -> "a " + pick(r, ADJS) + " " + pick(r, NOUNS) + " " + pick(r, VERBS) + " the " + pick(r, NOUNS)
                    + " " + pick(r, PREPS) + " the " + pick(r, ADJS) + " " + pick(r, NOUNS);
            case 2 -> "residents near the " + pick(r, NOUNS) + " found the " + pick(r, NOUNS) + " " + pick(r, ADJS)
                    + " on " + pick(r, DAYS);
            default -> "by evening the " + pick(r, NOUNS) + " had been " + pick(r, VERBS) + " twice, and the "
                    + pick(r, NOUNS) + " looked " + pick(r, ADJS);
        };
        return capitalise(s) + ".";
    }

    /** What a speaker says: first person, 12 to 24 words, no quote marks and no full stop inside. */
    static List<String> utterance(Random r) {
        List<String> words = new ArrayList<>();
        words.add("We");
        add(words, pick(r, SAY_VERBS) + " the " + pick(r, NOUNS) + " to be " + pick(r, VERBS));
        add(words, pick(r, PREPS) + " the " + pick(r, ADJS) + " " + pick(r, NOUNS));
        add(words, "and we " + pick(r, SAY_VERBS) + " a plan for the " + pick(r, NOUNS));
        if (r.nextBoolean()) {
            add(words, "that keeps the " + pick(r, NOUNS) + " " + pick(r, ADJS) + " on the " + pick(r, NOUNS));
        }
        return words;
    }

    private static void add(List<String> words, String phrase) {
        words.addAll(List.of(phrase.split(" ")));
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
