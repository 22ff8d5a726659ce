package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.explainer.model.Person;
import news.explainer.problem.Problems;
import org.junit.jupiter.api.Test;

/** Measures extraction and attribution on the five real articles against a hand-written key. */
class AnswerKeyTest {

    record Row(String article, String startsWith, String speaker, boolean fragment) {}

    record Score(int keyRows, int quotes, int found, int rightSpeaker, int rightFragment, List<String> wrongSpeakers,
            List<String> report) {
        double recall() {
            return (double) found / keyRows;
        }

        double precision() {
            return quotes == 0 ? 0 : (double) found / quotes;
        }

        double speakerAccuracy() {
            return (double) rightSpeaker / keyRows;
        }
    }

    @Test
    void extractionAndAttributionMatchTheAnswerKey() throws IOException {
        Score score = score(RealContent.analysed(), id -> id);
        score.report().forEach(System.out::println);
        System.out.printf("quotes: key %d, extracted %d, matched %d; recall %.1f%%, precision %.1f%%, "
                        + "speaker accuracy %.1f%%, fragment agreement %d/%d%n",
                score.keyRows(), score.quotes(), score.found(), 100 * score.recall(), 100 * score.precision(),
                100 * score.speakerAccuracy(), score.rightFragment(), score.found());
        assertEquals(List.of(), score.wrongSpeakers(), "no quote may be given a wrong speaker");
        assertTrue(score.recall() >= 0.95, "recall");
        assertTrue(score.precision() >= 0.95, "precision");
        assertTrue(score.speakerAccuracy() >= 0.95, "speaker accuracy");
    }

    @Test
    void withNoPeopleFilesNoQuoteIsGivenSomeoneElsesName() throws IOException {
        QuoteAnalysis analysis =
                new QuoteAnalyser().analyse(RealContent.load().articles(), List.of(), List.of(), new Problems());
        // A speaker found in the text is right when its name, or its surname, is one of the key person's
        // spellings: "Volodymyr Zelensky" is Zelenskyy, spelled as CNN spells him.
        Score score = score(analysis, id -> RealContent.load().people().stream()
                .filter(p -> p.spellings().contains(nameOf(analysis, id))
                        || p.spellings().contains(surname(nameOf(analysis, id))))
                .map(Person::id).findFirst().orElse("not-in-people:" + id));
        System.out.printf("no people files: speaker accuracy %.1f%%, recall %.1f%%%n",
                100 * score.speakerAccuracy(), 100 * score.recall());
        assertEquals(List.of(), score.wrongSpeakers());
        assertTrue(score.speakerAccuracy() >= 0.6, "most speakers are still found from the text alone");
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String nameOf(QuoteAnalysis analysis, String id) {
        return analysis.people().stream().filter(p -> p.id().equals(id)).map(Person::name).findFirst().orElse("");
    }

    static Score score(QuoteAnalysis analysis, java.util.function.UnaryOperator<String> speakerAs)
            throws IOException {
        List<Row> key = key();
        List<Quote> quotes = analysis.quotes();
        Set<String> used = new HashSet<>();
        int found = 0;
        int rightSpeaker = 0;
        int rightFragment = 0;
        List<String> wrong = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Row row : key) {
            Quote hit = quotes.stream().filter(q -> q.articleId().equals(row.article()) && !used.contains(q.id())
                    && q.text().replace('\u00A0', ' ').startsWith(row.startsWith())).findFirst().orElse(null);
            if (hit == null) {
                report.add("MISSED  " + row);
                continue;
            }
            used.add(hit.id());
            found++;
            String speaker = hit.speakerId().map(speakerAs).orElse("none");
            if (speaker.equals(row.speaker())) {
                rightSpeaker++;
            } else if (!speaker.equals("none")) {
                wrong.add(hit.id() + " “" + row.startsWith() + "”: " + speaker + ", key says " + row.speaker());
            } else {
                report.add("UNATTRIBUTED  " + hit.id() + " " + row);
            }
            rightFragment += hit.fragment() == row.fragment() ? 1 : 0;
        }
        quotes.stream().filter(q -> !used.contains(q.id()))
                .forEach(q -> report.add("NOT IN KEY  " + q.id() + " “" + q.text() + "”"));
        return new Score(key.size(), quotes.size(), found, rightSpeaker, rightFragment, wrong, report);
    }

    static List<Row> key() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/quotes/answer-key.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            rows.add(new Row(f[0], f[1], f[2], Boolean.parseBoolean(f[3])));
        }
        return rows;
    }
}
