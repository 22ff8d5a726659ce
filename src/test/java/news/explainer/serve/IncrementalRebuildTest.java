package news.explainer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.explainer.SiteBuild;
import news.explainer.problem.Problem;
import news.explainer.reuse.Changes;
import news.explainer.testing.TestProject;
import news.explainer.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental preview build against a fresh full build, after every edit of a sequence on a copy of the real
 * project grown by 200 generated articles: the output folder must be the same file for file and byte for byte, and
 * the problems the same, including after an edit that breaks the build (the folder stays the last good site) and
 * the one that fixes it, a new and a deleted article, and edits to a person, a template and the story, after which
 * every page depends on something new. Before each rebuild, a warm-up run (one article read as if saved with a
 * paragraph added, as the preview makes them after it starts) must write nothing and hide nothing from the rebuild.
 */
class IncrementalRebuildTest {
    private static final int GENERATED = 200;
    private static final String[] SPEAKERS = {"Peskov", "Trump", "Zelenskyy", "Rubio", "Witkoff"};

    @Test
    void afterEveryEditTheOutputFolderIsExactlyWhatAFullBuildWrites(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir.resolve("project"));
        addGeneratedArticles(project, GENERATED);
        Path full = dir.resolve("full");
        IncrementalRebuild incremental = previewOf(project);
        Checker checker = new Checker(project, incremental, full);
        checker.check("the first build", true);

        checker.replace(article(7), "district 7,", "district seven,");
        checker.check("a word in a generated article's quote", true);
        checker.replace(article(7), "district seven,", "district 7 !,");
        checker.check("the same article again, at once", true);
        checker.replace("content/articles/001_772144a5bb11708c.txt", "A house heavily damaged", "A home heavily damaged");
        checker.check("a sentence in a real article", true);
        checker.replace(note(12), "outlet: Generated 12", "outlet: Generated: 12");
        checker.check("a source annotation that no longer parses", false);
        checker.replace(note(12), "outlet: Generated: 12", "outlet: Generated twelve");
        checker.check("the annotation fixed", true);
        checker.write(article(GENERATED), generatedArticle(GENERATED));
        checker.write(note(GENERATED), generatedNote(GENERATED));
        checker.check("a new article and its annotation", true);
        checker.delete(article(3));
        checker.delete(note(3));
        checker.check("an article and its annotation deleted", true);
        checker.replace("content/people/dmitry-peskov.md", "role: Kremlin spokesman", "role: Kremlin press secretary");
        checker.check("a person's role", true);
        checker.replace("content/people/dmitry-peskov.md", "name: Dmitry Peskov", "name: Dmitry S. Peskov");
        checker.check("a person's name", true);
        checker.append("templates/source.ftlh", "\n<#-- edited in the preview -->\n");
        checker.append("templates/layout.ftlh", "\n");
        checker.check("two templates", true);
        String source = Files.readString(project.templates().resolve("source.ftlh"));
        checker.append("templates/source.ftlh", "\n<#if unclosed>\n");
        checker.check("a template that no longer parses", false);
        checker.write("templates/source.ftlh", source);
        checker.check("the template fixed", true);
        checker.append("templates/assets/style.css", "\n/* edited */\n");
        checker.check("the stylesheet", true);
        checker.replace("content/comparisons/03-length.md", "\"One week (Trump); no start", "\"A week (Trump); no start");
        checker.check("an answer in a comparison", true);
        checker.append("content/story.md", "\nOne more sentence from the editors.\n");
        checker.check("the story", true);
        String nbc = "content/articles/001_772144a5bb11708c.txt";
        checker.replace(nbc, "Trump did not say when", "In the end, Trump did not say when");
        checker.check("words before a cited passage, which moves", true);
        checker.replace(nbc, "the one-week period would begin", "the one-week pause would begin");
        checker.check("a cited passage that no longer stands in its article", false);
        checker.replace(nbc, "the one-week pause would begin", "the one-week period would begin");
        checker.check("the passage put back", true);
        checker.replace("content/sources/nbc-news.md", "published: 2026-01-31", "published: 2026-01-30");
        checker.check("a source's date, shown in every comparison", true);
        checker.replace(article(9), "Heating plants hold in district 9", "Heating plants fail in district 9");
        checker.check("an article's headline, shown in every list and the structured data", true);
        // A person file's id is also what the text's spelling without accents makes: the two spellings are one
        // person, whichever the quote's sentence uses; then the file renames her, her id unchanged.
        checker.write("content/people/ana-kovac.md", "---\nname: Ana Kovač\nrole: Mayor of Split\n---\n");
        checker.write("content/articles/kovac.txt", "Talks resume in Split\n"
                + "Ana Kovac said on Monday that the talks would resume.\n"
                + "“We will not stop the talks while the cold lasts,” Ana Kovač said on Tuesday.\n");
        checker.write("content/sources/kovac.md", "---\nfile: kovac.txt\noutlet: Split Daily\n"
                + "published: 2026-01-30\n---\n");
        checker.check("a person, and an article that spells her name two ways", true);
        checker.replace("content/articles/kovac.txt", "Ana Kovač said on Tuesday", "Ana Kovac said on Tuesday");
        checker.check("her quote's speaker spelled the other way: the same person", true);
        checker.replace("content/people/ana-kovac.md", "name: Ana Kovač", "name: Ana Kovac");
        checker.check("the person file renames her: the same id, another name", true);
    }

    @Test
    void aRebuildNotToldWhatChangedReadsEveryFile(@TempDir Path dir) throws IOException {
        Checker checker = firstBuilt(dir, 20);
        checker.project.replace(article(5), "district 5,", "district five,");
        checker.project.replace("content/people/dmitry-peskov.md", "role: Kremlin spokesman",
                "role: Kremlin press secretary");
        checker.checkUntold("an article and a person, with the changes unknown (events lost)");
        checker.replace(article(6), "district 6,", "district six,");
        checker.check("then an article, with the changes known", true);
    }

    /**
     * Each rebuild's warm-up pretends a save of the next article in file order, which here is the article just
     * saved for real: the rebuild must show the real save, not the warm-up's pretence, nor the text before the save.
     */
    @Test
    void aSaveOfTheArticleTheWarmUpPretendedAboutIsShown(@TempDir Path dir) throws IOException {
        Checker checker = firstBuilt(dir, 3);
        try (var files = Files.list(checker.project.content().resolve("articles"))) {
            for (Path article : files.sorted().toList()) {
                checker.append("content/articles/" + article.getFileName(), "\nOne more sentence, saved at once.\n");
                checker.check(article.getFileName() + " saved while the warm-up pretended it was", true);
            }
        }
    }

    @Test
    void aFileTheWatcherDidNotNameIsNotReadAgain(@TempDir Path dir) throws IOException {
        TestProject project = TestProject.copyOfReal(dir.resolve("project"));
        addGeneratedArticles(project, 3);
        IncrementalRebuild incremental = previewOf(project);
        assertTrue(incremental.rebuild().succeeded());
        project.replace(article(1), "district 1,", "district one,");
        assertTrue(incremental.rebuild(Changes.of(Set.of())).succeeded());
        String page = Files.readString(project.site().resolve("sources/generated-001.html"));
        assertTrue(page.contains("district 1,") && !page.contains("district one,"), "the file as last read");
        assertTrue(incremental.rebuild(Changes.of(Set.of(project.root.resolve(article(1))))).succeeded());
        page = Files.readString(project.site().resolve("sources/generated-001.html"));
        assertTrue(page.contains("district one,"), "the file read again once named");
    }

    /**
     * The watcher holds a rebuild's result back when a file changed again while it was made: that rebuild writes
     * nothing, and the next one, told only of the later save, still ends with what a full build writes, including
     * for a save that broke the build and was then fixed before anything was shown.
     */
    @Test
    void aSupersededRebuildWritesNothingAndTheNextOneCatchesUp(@TempDir Path dir) throws IOException {
        Checker checker = firstBuilt(dir, 20);
        checker.replace(article(4), "district 4,", "district four,");
        checker.checkSuperseded("an article, saved again while it was rebuilt");
        checker.replace(article(4), "district four,", "district IV,");
        checker.check("the article's second save", true);
        checker.replace(article(6), "district 6,", "district six,");
        checker.checkSuperseded("an article, overtaken by the save of another");
        checker.replace(article(8), "district 8,", "district eight,");
        checker.check("the other article: the first was read by the run overtaken, and is not read again", true);
        checker.replace(note(5), "outlet: Generated 5", "outlet: Generated: 5");
        checker.checkSuperseded("an annotation broken, and fixed while it was rebuilt");
        checker.replace(note(5), "outlet: Generated: 5", "outlet: Generated five");
        checker.check("the annotation fixed", true);
    }

    /** A copy of the real project grown by {@code generated} articles, built once by the preview and in full. */
    private static Checker firstBuilt(Path dir, int generated) throws IOException {
        TestProject project = TestProject.copyOfReal(dir.resolve("project"));
        addGeneratedArticles(project, generated);
        Checker checker = new Checker(project, previewOf(project), dir.resolve("full"));
        checker.check("the first build", true);
        return checker;
    }

    /** Runs the incremental rebuild and a full build, and compares what they did. */
    private static final class Checker {
        private final TestProject project;
        private final IncrementalRebuild incremental;
        private final Path full;
        private Map<String, byte[]> lastGood = Map.of();

        /** The files edited since the last check: what the watcher would tell the rebuild. */
        private final Set<Path> edited = new HashSet<>();
        /** Whether one of them was created or deleted; else the watcher says all were saved in place. */
        private boolean createdOrDeleted;
        private boolean first = true;

        Checker(TestProject project, IncrementalRebuild incremental, Path full) {
            this.project = project;
            this.incremental = incremental;
            this.full = full;
        }

        void replace(String relative, String old, String replacement) throws IOException {
            project.replace(relative, old, replacement);
            edited.add(project.root.resolve(relative));
        }

        void write(String relative, String text) throws IOException {
            createdOrDeleted |= !Files.exists(project.root.resolve(relative));
            edited.add(project.write(relative, text));
        }

        void delete(String relative) throws IOException {
            createdOrDeleted = true;
            project.delete(relative);
            edited.add(project.root.resolve(relative));
        }

        void append(String relative, String text) throws IOException {
            appendTo(project.root.resolve(relative), text);
            edited.add(project.root.resolve(relative));
        }

        /** Rebuilds told which files were edited (the first build is told nothing), and compares with a full build. */
        void check(String edit, boolean succeeds) throws IOException {
            if (!first) {
                warmUp(edit);
            }
            Changes changes = createdOrDeleted ? Changes.of(edited) : Changes.modified(edited);
            compare(edit, succeeds, incremental.rebuild(first ? Changes.unknown() : changes));
        }

        /**
         * A warm-up run, as the preview may make one between a save and its rebuild (it pretends that one article,
         * perhaps the one saved, was saved changed): it must write nothing, and the rebuild after it must still see the
         * save, and not what the warm-up pretended.
         */
        private void warmUp(String edit) throws IOException {
            Map<String, byte[]> before = TestProject.snapshot(project.site());
            incremental.warmUp();
            assertSameFiles(edit + ", after a warm-up run", before, TestProject.snapshot(project.site()));
        }

        /** A rebuild superseded by a later save: nothing written, and the files it was told of told no more. */
        void checkSuperseded(String edit) throws IOException {
            Map<String, byte[]> before = TestProject.snapshot(project.site());
            Changes changes = createdOrDeleted ? Changes.of(edited) : Changes.modified(edited);
            assertTrue(incremental.rebuildUnlessSuperseded(changes, () -> true).isEmpty(), edit);
            assertSameFiles(edit + ", superseded", before, TestProject.snapshot(project.site()));
            edited.clear();
            createdOrDeleted = false;
        }

        /** The same, with the rebuild not told what changed. */
        void checkUntold(String edit) throws IOException {
            compare(edit, true, incremental.rebuild(Changes.unknown()));
        }

        private void compare(String edit, boolean succeeds, Rebuilder.Outcome outcome) throws IOException {
            first = false;
            edited.clear();
            createdOrDeleted = false;
            SiteBuild.Result fresh = new SiteBuild(project.content(), project.templates(), project.root).run();
            assertEquals(succeeds, !fresh.problems().hasErrors(),
                    edit + ": " + fresh.problems().sorted().stream().filter(Problem::isError).toList());
            assertEquals(messages(fresh.problems().sorted()), messages(outcome.problems()), edit + ": the problems");
            if (succeeds) {
                new SiteWriter().write(full, fresh.files());
                lastGood = TestProject.snapshot(full);
            }
            assertSameFiles(edit, lastGood, TestProject.snapshot(project.site()));
        }

        private static List<String> messages(List<Problem> problems) {
            return problems.stream().map(Problem::format).toList();
        }
    }

    private static void assertSameFiles(String edit, Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertFalse(expected.isEmpty(), edit);
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), edit + ": the files");
        for (String path : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(path), actual.get(path)), edit + ": " + path + " differs");
        }
    }

    /** The preview's rebuild of the project, writing into its site folder. */
    private static IncrementalRebuild previewOf(TestProject project) {
        return new IncrementalRebuild(project.content(), project.templates(), project.site(), project.root);
    }

    private static void addGeneratedArticles(TestProject project, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            project.write(article(i), generatedArticle(i));
            project.write(note(i), generatedNote(i));
        }
    }

    private static String article(int i) {
        return String.format("content/articles/gen_%03d.txt", i);
    }

    private static String note(int i) {
        return String.format("content/sources/generated-%03d.md", i);
    }

    /** A short article in the seed style, with quotes by the real people, repeated from article to article. */
    private static String generatedArticle(int i) {
        String speaker = SPEAKERS[i % SPEAKERS.length];
        String other = SPEAKERS[(i + 2) % SPEAKERS.length];
        return "Heating plants hold in district " + i + " as the cold deepens\n"
                + "Residents of district " + i + " waited for news on Thursday as temperatures fell again.\n"
                + "“We will keep the heating on in district " + i + ", whatever happens overnight,” " + speaker
                + " said on Thursday.\n"
                + "“The pause was agreed for a week and we expect it to be respected by everyone,” " + other
                + " said.\n"
                + "Engineers said repairs would take " + (i % 9 + 2) + " days.\n";
    }

    private static String generatedNote(int i) {
        return "---\nfile: gen_" + String.format("%03d", i) + ".txt\noutlet: Generated " + i
                + "\npublished: 2026-01-30\n---\nA generated article.\n";
    }

    private static void appendTo(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
    }
}
