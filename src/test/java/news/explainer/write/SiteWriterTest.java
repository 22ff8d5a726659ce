package news.explainer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import news.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The staging a one-off build writes its files into as it makes them, and what publishing it does. */
class SiteWriterTest {
    @TempDir
    Path temp;

    @Test
    void aFileIsInTheSiteOnlyOnceTheStagingIsPublished() throws IOException {
        Path site = aBuiltSite();
        try (SiteWriter.Staging staging = new SiteWriter().stage(site)) {
            staging.put(OutputFile.text("sources/a.html", "new page"));
            assertEquals(Map.of("index.html", "old", SiteWriter.MARKER, ""), texts(site), "not published yet");
            staging.publish();
        }
        assertEquals(Map.of("sources/a.html", "new page", SiteWriter.MARKER, ""), texts(site));
        assertFalse(Files.exists(temp.resolve(".site.staging")));
        assertFalse(Files.exists(temp.resolve(".site.previous")));
    }

    @Test
    void aStagingClosedUnpublishedIsDeletedAndTheSiteIsAsItWas() throws IOException {
        assertLeftAsItWasAfter(staging -> staging.put(OutputFile.text("index.html", "a build that found errors")));
    }

    /** The render threads that hand files over must go on: the first failure waits for the publish. */
    @Test
    void aWriteThatFailsIsReportedByThePublishAndNothingIsPublished() throws IOException {
        assertLeftAsItWasAfter(staging -> {
            staging.put(OutputFile.text("people", "a file where a folder must go"));
            staging.put(OutputFile.text("people/anna.html", "cannot be written"));
            staging.put(OutputFile.text("index.html", "new"));
            IOException failed = assertThrows(IOException.class, staging::publish);
            assertTrue(failed.getMessage().contains("people"), failed.getMessage());
        });
    }

    /** Not only an IOException: a path the file system refuses outright must not be skipped without a word. */
    @Test
    void aPathTheFileSystemRefusesIsReportedByThePublish() throws IOException {
        assertLeftAsItWasAfter(staging -> {
            staging.put(OutputFile.text("sources/a\u0000b.html", "a NUL in a name"));
            IOException failed = assertThrows(IOException.class, staging::publish);
            assertTrue(failed.getMessage().contains("cannot write sources/a"), failed.getMessage());
        });
    }

    @Test
    void filesPutFromManyThreadsIntoNewFoldersAreAllWritten() throws IOException {
        Path site = temp.resolve("site");
        try (SiteWriter.Staging staging = new SiteWriter().stage(site)) {
            IntStream.range(0, 2_000).parallel().forEach(i -> staging.put(
                    OutputFile.text("f" + i % 7 + "/g" + i % 3 + "/" + i + ".html", Integer.toString(i))));
            staging.publish();
        }
        Map<String, String> written = texts(site);
        assertEquals(2_001, written.size());
        IntStream.range(0, 2_000).forEach(i -> assertEquals(Integer.toString(i),
                written.get("f" + i % 7 + "/g" + i % 3 + "/" + i + ".html")));
    }

    /** A file bigger than the room for bytes waiting to be written waits for the others, then goes whole. */
    @Test
    @Timeout(20) // a file that asked for more room than there is would wait for ever
    void filesBiggerThanTheRoomForWaitingBytesAreWrittenWhole() throws IOException {
        Path site = temp.resolve("site");
        String big = "x".repeat(1_000);
        try (SiteWriter.Staging staging = new SiteWriter(64).stage(site)) {
            IntStream.range(0, 200).parallel().forEach(i -> staging.put(OutputFile.text(i + ".html", i + big)));
            staging.publish();
        }
        Map<String, String> written = texts(site);
        assertEquals(201, written.size());
        IntStream.range(0, 200).forEach(i -> assertEquals(i + big, written.get(i + ".html")));
    }

    /** Closing an unpublished staging skips what is still waiting to be written, then deletes what was written. */
    @Test
    void aStagingClosedWithFilesStillWaitingLeavesNothingBehind() throws IOException {
        Path site = aBuiltSite();
        Map<String, String> before = texts(site);
        try (SiteWriter.Staging staging = new SiteWriter(1 << 20).stage(site)) {
            IntStream.range(0, 2_000).forEach(i -> staging.put(OutputFile.text("sources/" + i + ".html", "page")));
        }
        assertEquals(before, texts(site));
        assertFalse(Files.exists(temp.resolve(".site.staging")), "the staging folder is left");
    }

    @Test
    void aFolderThisGeneratorDidNotMakeIsRefusedBeforeAnythingIsStaged() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "someone's files");
        IOException refused = assertThrows(IOException.class, () -> new SiteWriter().stage(site));
        assertTrue(refused.getMessage().contains("was not made by this generator"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve(".site.staging")));
        assertEquals(Map.of("notes.txt", "someone's files"), texts(site));
    }

    /**
     * A staging that cannot be made must not leave the folders made on the way to it either. Here the site's own
     * name fits (250 characters), but its staging folder's, {@code .<name>.staging}, is past the 255 a file system
     * allows: {@code new/} is made, then the staging folder fails.
     */
    @Test
    void aStagingThatCannotBeMadeLeavesNoFolderMadeForIt() {
        Path site = temp.resolve("new").resolve("a".repeat(250));
        assertThrows(IOException.class, () -> new SiteWriter().stage(site));
        assertFalse(Files.exists(temp.resolve("new")), "a folder made for a staging that never was");
    }

    /** A site as a build left it: one page, and the marker. */
    private Path aBuiltSite() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter().write(site, List.of(OutputFile.text("index.html", "old")));
        return site;
    }

    /** What a test does with a staging of a built site, which it then closes without publishing. */
    private interface Unpublished {
        void use(SiteWriter.Staging staging) throws IOException;
    }

    private void assertLeftAsItWasAfter(Unpublished unpublished) throws IOException {
        Path site = aBuiltSite();
        Map<String, String> before = texts(site);
        try (SiteWriter.Staging staging = new SiteWriter().stage(site)) {
            unpublished.use(staging);
        }
        assertEquals(before, texts(site));
        assertFalse(Files.exists(temp.resolve(".site.staging")), "the staging folder is left");
    }

    private static Map<String, String> texts(Path dir) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        TestProject.snapshot(dir).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }
}
