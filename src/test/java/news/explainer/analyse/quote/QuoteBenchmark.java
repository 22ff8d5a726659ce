package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.explainer.model.Article;
import news.explainer.model.Person;
import news.explainer.problem.Problems;

/**
 * Not a test: measures extraction, attribution and matching on a synthetic story of many articles, the same on
 * every run (seeded). Forty speakers repeat two hundred utterances, each outlet cutting, eliding or rewording them
 * a little, in the frames real articles use.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=news.explainer.analyse.quote.QuoteBenchmark</pre>
 */
public final class QuoteBenchmark {
    private static final String[] FIRST = {"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hiro",
        "Irina", "Jonas", "Kofi", "Lena", "Marek", "Nadia", "Oleg", "Priya", "Quentin", "Rosa", "Stefan", "Tamar"};
    private static final String[] LAST = {"Adler", "Brandt", "Castillo", "Dumont", "Eriksen", "Fischer", "Gallo",
        "Horvat", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist",
        "Rossi", "Schmidt", "Tanaka"};
    private static final String[] ROLES = {"foreign minister", "defence minister", "spokesman", "envoy", "aide"};
    private static final String[] WORDS = ("we will not accept any agreement that ignores the people who live there "
            + "and the talks must continue until every side can see real progress on energy security prisoners "
            + "borders trade sanctions winter grain ports the ceasefire has to hold before anything else can move "
            + "forward our partners know exactly what is at stake this week").split(" ");
    private static final String[] FILLER = {
        "Talks are expected to resume next week in a neutral capital.",
        "Temperatures are forecast to fall sharply across the region.",
        "Officials gave no date for the next round of negotiations.",
        "The statement came hours after a fresh wave of strikes on power plants."};

    public static void main(String[] args) {
        run(200, false); // warm-up, not reported
        run(1_000, true);
        run(10_000, true);
    }

    private static void run(int articles, boolean report) {
        Random random = new Random(42);
        List<Person> people = people();
        List<String> utterances = utterances(random);
        List<Article> story = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            story.add(RealContent.article("a" + a, article(random, people, utterances)));
        }
        long started = System.nanoTime();
        QuoteAnalysis analysis = new QuoteAnalyser().analyse(story, people, List.of(), new Problems());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (report) {
            long attributed = analysis.quotes().stream().filter(q -> q.speakerId().isPresent()).count();
            System.out.printf("%,d articles, %,d quotes (%,d attributed), %,d clusters: %.2f s, %,.0f articles/s%n",
                    articles, analysis.quotes().size(), attributed, analysis.clusters().size(), seconds,
                    articles / seconds);
        }
    }

    private static List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length];
            people.add(new Person(Cast.id(name), name, List.of(), ROLES[i % ROLES.length], "", ""));
        }
        return people;
    }

    private static List<String> utterances(Random random) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < 200; u++) {
            StringBuilder s = new StringBuilder();
            int words = 10 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
        }
        return out;
    }

    private static String article(Random random, List<Person> people, List<String> utterances) {
        StringBuilder text = new StringBuilder("Synthetic headline about the talks\n\n");
        int paragraphs = 6 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (random.nextInt(3) == 0) {
                text.append(FILLER[random.nextInt(FILLER.length)]).append("\n\n");
                continue;
            }
            int u = random.nextInt(utterances.size());
            Person speaker = people.get(u % people.size()); // each utterance has one speaker
            text.append(frame(random, speaker, variant(random, utterances.get(u)))).append("\n\n");
        }
        return text.toString();
    }

    /** An outlet's version: cut at either end, elided in the middle, or one word changed. */
    private static String variant(Random random, String utterance) {
        List<String> words = new ArrayList<>(List.of(utterance.split(" ")));
        switch (random.nextInt(4)) {
            case 0 -> words = new ArrayList<>(words.subList(0, Math.max(6, words.size() - random.nextInt(5))));
            case 1 -> words.set(words.size() / 2, "…");
            case 2 -> words.set(random.nextInt(words.size()), WORDS[random.nextInt(WORDS.length)]);
            default -> { }
        }
        return String.join(" ", words);
    }

    private static String frame(Random random, Person speaker, String words) {
        String surname = speaker.name().substring(speaker.name().indexOf(' ') + 1);
        return switch (random.nextInt(4)) {
            case 0 -> "“" + words + ",” " + speaker.name() + " said.";
            case 1 -> "The " + speaker.role() + " " + speaker.name() + " said: “" + words + ".”";
            case 2 -> speaker.name() + " spoke to reporters on Friday. “" + words + ",” " + surname + " added.";
            default -> "“" + words + ",” said " + speaker.name() + ".";
        };
    }
}
