package bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * One synthetic article: its paragraphs (with neutral quote marks), then written out in one of five house styles
 * copied from the seed articles' quirks.
 */
final class Article {
    /** Neutral quote marks, replaced by curly or straight ones when the article is written. */
    static final char OPEN = '\u0001';
    static final char CLOSE = '\u0002';
    /** The one word the preview benchmark edits: it stands in no quote and no cited passage. */
    static final String EDIT_WORD = "bulletin";

    private static final String[][] OUTLETS = {
        {"Harbour Post UK", "Evening Ledger", "Morning Wire Online"},
        {"River News (via Aggregator)", "Metro Daily (via Aggregator)"},
        {"Unnamed outlet A"},
        {"Unnamed outlet B"},
        {"CNB", "WNR"}};
    private static final String[] PHOTOGRAPHERS = {"Evan Vucci", "Mara Lind", "Oskar Brenn", "Lena Fisk"};
    private static final String[] REPORTERS = {"Ines Valdez", "Tomas Greer", "Maya Oduya", "Felix Brandt",
        "Sara Lindqvist", "Paolo Ruiz"};

    final int index;
    final int style;
    final String id;
    final String file;
    final String outlet;
    final LocalDate published;
    final LocalDate header;
    final String byline;
    final String headline;
    final List<String> paragraphs = new ArrayList<>();
    final Set<Story.Speaker> quoted = new LinkedHashSet<>();
    private final String caption;

    Article(Story story, int i) {
        Random r = new Random(Story.SEED * 1_000_003L + i);
        index = i;
        style = i % 5;
        String[] outlets = OUTLETS[style];
        outlet = outlets[(i / 5) % outlets.length];
        id = Story.slug(outlet.replace("(via Aggregator)", "")).replaceAll("-+$", "") + "-" + i;
        file = String.format(Locale.ROOT, "%05d_%016x.txt", i, r.nextLong());
        published = Story.published(i);
        header = style == 3 && i % 3 == 0 ? LocalDate.of(2026, 1, 1) : published;
        int reporter = r.nextInt(REPORTERS.length);
        byline = REPORTERS[reporter] + (style == 4 ? ", " + REPORTERS[(reporter + 1) % REPORTERS.length] : "");
        Story.Speaker lead = story.speakers.get(r.nextInt(Story.SPEAKERS));
        headline = lead.name() + " warns the " + Lexis.pick(r, Lexis.NOUNS) + " will stay closed as repair talks drag on";
        caption = "Traffic waits near the closed bridge, " + date(published) + ". ("
                + (style == 0 ? "AP Photo/" + Lexis.pick(r, PHOTOGRAPHERS) : Lexis.pick(r, PHOTOGRAPHERS) + " / Anadolu via Getty Images")
                + ")";
        compose(story, r);
    }

    boolean outletNamed() {
        return style != 2 && style != 3;
    }

    /** The paragraphs: reporting, the points and events this article carries, quotes, and the edit marker. */
    private void compose(Story story, Random r) {
        paragraphs.add(filler(r, 2));
        for (int p : Story.pointsOf(index)) {
            paragraphs.add(Story.POINTS.get(p).variants().get(Story.variantOf(index, p)) + ". " + Lexis.reporterSentence(r));
        }
        int quotes = 3 + r.nextInt(4);
        for (int q = 0; q < quotes; q++) {
            paragraphs.add(quoteParagraph(story, r));
            if (r.nextInt(3) == 0) {
                paragraphs.add(filler(r, 1 + r.nextInt(3)));
            }
        }
        for (int e : Story.eventsOf(index)) {
            paragraphs.add(Story.EVENTS.get(e).sentence() + ". " + Lexis.reporterSentence(r));
        }
        paragraphs.add("Our newsroom " + EDIT_WORD + " was last revised at the desk. " + Lexis.reporterSentence(r));
        for (int f = 2 + r.nextInt(5); f > 0; f--) {
            paragraphs.add(filler(r, 2 + r.nextInt(3)));
        }
    }

    private static String filler(Random r, int sentences) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            out.append(s == 0 ? "" : " ").append(Lexis.reporterSentence(r));
        }
        return out.toString();
    }

    /**
     * A quote in one of the frames the attributor knows, from a small set of often-repeated utterances most of the
     * time (so outlets quote the same words), with the small changes outlets make: a word changed, a cut, an
     * ellipsis.
     */
    private String quoteParagraph(Story story, Random r) {
        int pool = r.nextInt(5) < 3 ? 40 : story.utterances.size();
        Story.Utterance u = story.utterances.get(r.nextInt(pool));
        Story.Speaker s = u.speaker();
        quoted.add(s);
        String q = variant(u.words(), r);
        String surname = r.nextInt(3) == 0 ? s.alias() : s.surname();
        return switch (r.nextInt(5)) {
            case 0 -> OPEN + q + "," + CLOSE + " " + surname + " said.";
            case 1 -> s.name() + " said: " + OPEN + q + "." + CLOSE;
            case 2 -> OPEN + q + "," + CLOSE + " said " + s.name() + ".";
            case 3 -> OPEN + q + "," + CLOSE + " " + s.name() + " said. " + OPEN + Lexis.capitalise(
                    variant(story.utterances.get(s.n() * Story.UTTERANCES_PER_SPEAKER + r.nextInt(8)).words(), r))
                    + "," + CLOSE + " " + s.pronoun() + " added.";
            default -> surname + " said the " + Lexis.pick(r, Lexis.NOUNS) + " was " + OPEN + "far too "
                    + Lexis.pick(r, Lexis.ADJS) + CLOSE + " for the " + Lexis.pick(r, Lexis.NOUNS) + ".";
        };
    }

    private static String variant(List<String> words, Random r) {
        List<String> w = new ArrayList<>(words);
        switch (r.nextInt(10)) {
            case 0, 1 -> w.set(2 + r.nextInt(w.size() - 3), Lexis.pick(r, Lexis.ADJS));
            case 2, 3 -> w = w.subList(0, Math.max(8, w.size() * 7 / 10));
            case 4 -> {
                int from = w.size() / 3;
                w = new ArrayList<>(w);
                w.subList(from, from + 3).clear();
                w.add(from, "…");
            }
            default -> { }
        }
        return String.join(" ", w);
    }

    /** The file as saved: each style has the quirks of one of the seed articles. */
    String text() {
        String body = switch (style) {
            case 0 -> headline + "\n\n" + caption + String.join("", paragraphs) + "Related…" + headline.substring(0, 30)
                    + "Port Strike Enters Second Week " + outlet + " – All Entries Read More\n";
            case 1 -> headline + "\n- - " + headline + "\n" + byline + date(published) + " at 1:02 AM\n1\n" + caption
                    + " (" + byline.split(" ")[0] + ")\n" + String.join("\n", paragraphs)
                    + "\nSource: " + OPEN + "Aggregator Breaking" + CLOSE + "\n";
            case 2, 3 -> " date " + header + " " + String.join("\n\n", paragraphs) + "\n\n";
            default -> " date " + header + " By " + byline + ", " + outlet + "\n\n(" + outlet + ") — "
                    + String.join("\n\n", paragraphs) + "\n\nThe-" + outlet + "-Wire\n\n™ & © 2026 " + outlet
                    + " Network, Inc. All rights reserved.\n\n" + Lexis.pick(new Random(index), REPORTERS)
                    + " contributed to this report.\n";
        };
        boolean straight = style == 2;
        return body.replace(OPEN, straight ? '"' : '“').replace(CLOSE, straight ? '"' : '”');
    }

    /** The same story as Markdown for Hugo: the paragraphs, curly quotes, the caption in italics. */
    String markdown() {
        String body = "*" + caption + "*\n\n" + String.join("\n\n", paragraphs) + "\n";
        return body.replace(OPEN, '“').replace(CLOSE, '”');
    }

    String title() {
        return style < 2 ? headline : paragraphs.get(0).substring(0, paragraphs.get(0).indexOf('.'));
    }

    static String date(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }
}
