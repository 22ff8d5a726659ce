package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes a synthetic story of N articles twice: as an explainer content folder (articles in the seed formats, one
 * annotation per article, people with aliases, comparison points and timeline entries whose evidence is in the
 * articles) and as a Hugo site (the same articles as Markdown with front matter, and the layouts in bench/hugo).
 *
 * <p>Usage: {@code Corpus N OUT_DIR HUGO_LAYOUTS_DIR}; writes {@code OUT_DIR/content} and {@code OUT_DIR/hugo}.
 */
public final class Corpus {
    private final Story story = new Story();
    private final List<Article> articles;

    private Corpus(int n) {
        articles = IntStream.range(0, n).parallel().mapToObj(i -> new Article(story, i)).toList();
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Corpus corpus = new Corpus(n);
        corpus.writeContent(out.resolve("content"));
        corpus.writeHugo(out.resolve("hugo"), Path.of(args[2]));
        System.out.println("wrote " + n + " articles to " + out);
    }

    private void writeContent(Path dir) throws IOException {
        write(dir.resolve("story.md"), storyFile());
        articles.parallelStream().forEach(a -> {
            write(dir.resolve("articles").resolve(a.file), a.text());
            write(dir.resolve("sources").resolve(a.id + ".md"), sourceNote(a));
        });
        for (Story.Speaker s : story.speakers) {
            write(dir.resolve("people").resolve(s.id() + ".md"), "---\nname: " + s.name() + "\naliases: ["
                    + s.alias() + "]\nrole: " + Lexis.capitalise(s.role()) + "\n---\nThe outlets spell the surname "
                    + s.surname() + " or " + s.alias() + ".\n");
        }
        for (Story.Point p : Story.POINTS) {
            write(dir.resolve("comparisons").resolve(p.id() + ".md"), comparison(p));
        }
        for (Story.Event e : Story.EVENTS) {
            write(dir.resolve("timeline").resolve(e.date() + "-" + e.id() + ".md"), timelineEntry(e));
        }
    }

    private static String storyFile() {
        return "---\ntitle: \"Will the harbour bridge reopen? A synthetic story for the benchmark\"\n"
                + "summary: \"Generated text: outlets report the closure of a bridge, quote the same people and"
                + " disagree on the figures.\"\nwindow:\n  start: " + Story.START + "\n  end: "
                + Story.START.plusDays(Story.DAYS - 1) + "\nlanguage: en-GB\npublisher: \"Benchmark desk\"\n"
                + "updated: " + Story.START.plusDays(Story.DAYS - 1) + "\n---\n## What we know\n\n"
                + "- **The closure.** Inspectors found cracks and the bridge was shut.\n"
                + "- **The dispute.** Outlets differ on the cost, the forecast and the reopening date.\n";
    }

    private static String sourceNote(Article a) {
        StringBuilder out = new StringBuilder("---\nfile: ").append(a.file).append("\noutlet: ").append(a.outlet);
        if (!a.outletNamed()) {
            out.append("\noutletNamed: false");
        }
        if (a.style < 2) {
            out.append("\nheadline: \"").append(a.headline).append('"');
        }
        out.append("\nbyline: ").append(a.byline).append("\npublished: ").append(a.published);
        if (!a.header.equals(a.published)) {
            out.append("\ndateCorrection: \"The file is headed ").append(a.header)
                    .append(", before the bridge closed; the events it reports date it.\"");
        }
        return out.append("\n---\nArticle ").append(a.index).append(" of the synthetic story.\n").toString();
    }

    private String comparison(Story.Point p) {
        int index = Story.POINTS.indexOf(p);
        StringBuilder out = new StringBuilder("---\nquestion: \"" + p.question() + "\"\nshort: \"" + p.shortLabel()
                + "\"\nfigures: " + p.figures() + "\nanswers:\n");
        for (Article a : articles) {
            if (Story.pointsOf(a.index).contains(index)) {
                String v = p.variants().get(Story.variantOf(a.index, index));
                out.append("  - {article: ").append(a.id).append(", answer: \"").append(v)
                        .append("\", status: reported, evidence: [\"").append(v).append("\"]}\n");
            } else {
                out.append("  - {article: ").append(a.id).append(", status: not-reported, evidence: []}\n");
            }
        }
        return out.append("---\nThe outlets give ").append(p.variants().size()).append(" different answers.\n")
                .toString();
    }

    private String timelineEntry(Story.Event e) {
        int index = Story.EVENTS.indexOf(e);
        List<Article> citing = articles.stream().filter(a -> Story.eventsOf(a.index).contains(index)).limit(3).toList();
        StringBuilder out = new StringBuilder("---\ndate: " + e.date() + "\ntitle: \"" + e.title() + "\"\nbackground: "
                + e.background() + "\nsources:\n");
        for (Article a : citing) {
            out.append("  - article: ").append(a.id).append("\n    evidence:\n      - \"").append(e.sentence())
                    .append("\"\n");
        }
        return out.append("---\nReported by ").append(citing.size()).append(" of the articles.\n").toString();
    }

    private void writeHugo(Path dir, Path layouts) throws IOException {
        write(dir.resolve("config.toml"), """
                baseURL = "https://example.org/"
                title = "Will the harbour bridge reopen?"
                languageCode = "en-gb"
                disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
                [taxonomies]
                  person = "people"
                """);
        copyTree(layouts, dir.resolve("layouts"));
        write(dir.resolve("content/_index.md"), "---\ntitle: \"Will the harbour bridge reopen?\"\n---\n");
        articles.parallelStream().forEach(a -> write(dir.resolve("content/articles").resolve(a.id + ".md"),
                "---\ntitle: \"" + a.title() + "\"\ndate: " + a.published + "\noutlet: \"" + a.outlet
                        + "\"\nbyline: \"" + a.byline + "\"\npeople: ["
                        + a.quoted.stream().map(s -> '"' + s.name() + '"').collect(Collectors.joining(", "))
                        + "]\n---\n" + a.markdown()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            write(to.resolve(from.relativize(f).toString()), Files.readString(f));
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
