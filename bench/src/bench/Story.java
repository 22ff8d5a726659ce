package bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic story: who speaks, what they say, and what each of N articles reports. Article {@code i} depends only
 * on the seed and {@code i}, so the corpus of 1,000 articles starts with the corpus of 100.
 */
final class Story {
    static final long SEED = 7;
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final int DAYS = 7;
    static final int SPEAKERS = 36;
    static final int UTTERANCES_PER_SPEAKER = 8;

    record Speaker(int n, String id, String name, String surname, String alias, String role, boolean female) {
        String pronoun() {
            return female ? "she" : "he";
        }
    }

    record Utterance(Speaker speaker, List<String> words) {}

    /**
     * A disputed point: each carrying article states one of its variants, word for word, so the evidence the
     * comparison cites really is in the article.
     */
    record Point(String id, String question, String shortLabel, String figures, List<String> variants) {}

    /** A day's event, told in the same words by every article that reports it. */
    record Event(LocalDate date, String id, String title, String sentence, boolean background) {}

    static final List<Point> POINTS = List.of(
            new Point("01-temperature", "How cold would it get on the river?", "Forecast low", "[temperature]",
                    List.of("Temperatures along the river were forecast to drop to minus 12 degrees Celsius",
                            "Temperatures along the river were forecast to drop to -15C",
                            "Temperatures along the river were forecast to drop to minus 9 degrees Celsius")),
            new Point("02-reopening", "When would the bridge reopen?", "Reopening", "[date, duration, end]",
                    List.of("The bridge would stay closed until March 9",
                            "The bridge would stay closed until March 12",
                            "The bridge would stay closed for two weeks")),
            new Point("03-who-ordered", "Who ordered the closure?", "Who ordered it", "[]",
                    List.of("The closure was ordered by the harbour authority",
                            "The closure was ordered by the city engineers",
                            "The closure was ordered by the regional inspectors")),
            new Point("04-cost", "What would the repairs cost?", "Cost", "[]",
                    List.of("The repairs were estimated to cost 40 million",
                            "The repairs were estimated to cost 55 million",
                            "The repairs were estimated to cost more than 60 million")),
            new Point("05-agreement", "Was there a deal with the union?", "Union deal", "[]",
                    List.of("No agreement had been signed by the union",
                            "A provisional agreement had been reached with the union",
                            "Talks with the union had broken down")));

    static final List<Event> EVENTS = List.of(
            new Event(LocalDate.of(1968, 5, 1), "bridge-opens", "The bridge opens",
                    "The bridge first carried traffic in the spring of 1968", true),
            new Event(LocalDate.of(2025, 11, 1), "last-inspection", "The last full inspection",
                    "The last full inspection of the bridge took place in the autumn", true),
            new Event(START, "cracks-found", "Inspectors find cracks in the eastern span",
                    "Inspectors found cracks in the eastern span of the bridge", false),
            new Event(START.plusDays(1), "bridge-closes", "The bridge closes to traffic",
                    "The bridge was shut to all traffic at noon", false),
            new Event(START.plusDays(2), "ferries-double", "Ferries double their crossings",
                    "The ferry service doubled its crossings to cope with the detour", false),
            new Event(START.plusDays(3), "council-meets", "The council meets in closed session",
                    "The harbour council met in closed session to discuss the repairs", false),
            new Event(START.plusDays(4), "union-walkout", "Port workers walk out",
                    "Port workers walked out over the night shift rota", false),
            new Event(START.plusDays(5), "divers-survey", "Divers survey the piers",
                    "Divers surveyed the piers of the bridge for damage", false),
            new Event(START.plusDays(6), "plan-published", "The repair plan is published",
                    "The repair plan was published with a list of contractors", false));

    final List<Speaker> speakers = new ArrayList<>();
    final List<Utterance> utterances = new ArrayList<>();

    Story() {
        for (int s = 0; s < SPEAKERS; s++) {
            String surname = Lexis.surname(s);
            String name = Lexis.FIRST[s] + " " + surname;
            speakers.add(new Speaker(s, slug(name), name, surname, Lexis.surnameAlias(s),
                    Lexis.ROLES[s % Lexis.ROLES.length], Lexis.FEMALE[s]));
        }
        Random r = new Random(SEED);
        for (Speaker speaker : speakers) {
            for (int u = 0; u < UTTERANCES_PER_SPEAKER; u++) {
                utterances.add(new Utterance(speaker, Lexis.utterance(r)));
            }
        }
    }

    /** The points article {@code i} reports: one or two, so that every article is cited by some comparison. */
    static List<Integer> pointsOf(int i) {
        int a = i % POINTS.size();
        int b = (i / POINTS.size() + 2) % POINTS.size();
        return a == b ? List.of(a) : List.of(Math.min(a, b), Math.max(a, b));
    }

    /** Which variant of a point article {@code i} uses: outlets disagree. */
    static int variantOf(int i, int point) {
        return (i * 7 + point * 3) % 3;
    }

    /** The events article {@code i} reports: the day it was published, plus a background event now and then. */
    static List<Integer> eventsOf(int i) {
        int day = 2 + i % DAYS;
        return i % 4 == 0 ? List.of(i % 8 == 0 ? 0 : 1, day) : List.of(day);
    }

    static LocalDate published(int i) {
        return START.plusDays(i % DAYS);
    }

    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
