package news.explainer.render.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The share image for stories of a few outlets and of thousands of articles. */
class ShareImageTest {
    private static final int INK = 0x1a4f8a;
    private static final int RULE = 0xcfc9ba;
    private static final int PAPER = 0xfdfcf9;

    @Test
    void aFewOutletsGetACellEachThousandsOfArticlesABarAsLongAsTheShareThatReported() throws IOException {
        // Five outlets, the first three reporting: three filled cells on the row.
        BufferedImage few = image(List.of(new ShareImage.Row(cells("RRRNN"), false)), 5);
        assertEquals(3, inkRuns(few), "a filled cell for each outlet that reported");
        assertTrue(ShareImage.description(List.of(new ShareImage.Row(cells("RRRNN"), false)), 5, "outlet")
                .startsWith("A grid of 1 disputed point by 5 outlets"));

        // 10,000 articles, one in four reporting: one bar, inked over a quarter of its length.
        List<ShareImage.Cell> reported = IntStream.range(0, 10_000)
                .mapToObj(i -> i % 4 == 0 ? ShareImage.Cell.REPORTED : ShareImage.Cell.NOT_REPORTED).toList();
        List<ShareImage.Row> rows = List.of(new ShareImage.Row(reported, true));
        BufferedImage many = image(rows, 10_000);
        assertEquals(1, inkRuns(many), "one bar");
        int inked = inkWidth(many);
        int bar = ShareImage.WIDTH - 72 - (72 + 24 + 10);
        assertEquals(bar / 4, inked, 1, "a quarter of the bar");
        assertEquals("A bar for the disputed point, filled as far as the share of the 10,000 articles that"
                + " reported it; a red mark beside the one where their figures differ.",
                ShareImage.description(rows, 10_000, "article"));
    }

    @Test
    void cellsGiveWayToBarsWhenACellWouldBeNarrowerThanFourPixels() throws IOException {
        // 73 columns leave cells 4 pixels wide; 74 would leave 3.
        assertEquals(73, inkRuns(image(List.of(new ShareImage.Row(allReported(73), false)), 73)));
        assertEquals(1, inkRuns(image(List.of(new ShareImage.Row(allReported(74), false)), 74)));
        assertTrue(ShareImage.description(List.of(), 73, "article").startsWith("A row of 73 blocks"));
        assertEquals("A filled bar, for the 74 articles this explainer compares.",
                ShareImage.description(List.of(), 74, "article"));
        List<ShareImage.Row> two = List.of(new ShareImage.Row(allReported(74), false),
                new ShareImage.Row(allReported(74), false));
        assertEquals("A bar for each of the 2 disputed points, filled as far as the share of the 74 articles that"
                + " reported it.", ShareImage.description(two, 74, "article"));
    }

    @Test
    void aCellTheEditorsHaveNotCheckedIsNeitherFilledNorOutlinedButABareLine() throws IOException {
        List<ShareImage.Row> rows = List.of(new ShareImage.Row(cells("RN?"), false));
        BufferedImage image = image(rows, 3);
        assertEquals(1, inkRuns(image), "the reported cell only");
        int cellWidth = (ShareImage.WIDTH - 2 * 72 - 24 - 10 * 3) / 3;
        int notReported = 72 + 24 + 10 + (cellWidth + 10);
        int notChecked = notReported + cellWidth + 10;
        int top = (ShareImage.HEIGHT - 96) / 2; // one row, 96 pixels high
        assertEquals(RULE, colour(image, notReported + cellWidth / 2, top + 1), "the cell not reported is outlined");
        for (int x = notChecked; x < notChecked + cellWidth; x++) {
            assertEquals(PAPER, colour(image, x, top + 1), "no outline above the cell not checked, at x=" + x);
            assertEquals(PAPER, colour(image, x, top + 48), "nothing inside it, at x=" + x);
            assertEquals(RULE, colour(image, x, top + 94), "a line at its foot, at x=" + x);
        }
        assertEquals("A grid of 1 disputed point by 3 outlets: filled where an outlet reported the point, outlined"
                + " where it did not, a bare line where the editors have not checked it yet.",
                ShareImage.description(rows, 3, "outlet"));
    }

    @Test
    void aBarIsOutlinedOnlyAsFarAsTheShareTheEditorsHaveChecked() throws IOException {
        // 100 articles: 25 reported, 50 did not, 25 not checked yet.
        List<ShareImage.Row> rows = List.of(new ShareImage.Row(cells("R".repeat(25) + "N".repeat(50) + "?".repeat(25)),
                false));
        BufferedImage image = image(rows, 100);
        int left = 72 + 24 + 10;
        int width = ShareImage.WIDTH - 72 - left;
        int top = (ShareImage.HEIGHT - 96) / 2;
        assertEquals(width / 4, inkWidth(image), 1, "a quarter filled");
        assertEquals(RULE, colour(image, left + width / 2, top + 1), "outlined over the share that did not report it");
        int unchecked = left + width * 3 / 4 + 2;
        assertEquals(PAPER, colour(image, unchecked, top + 1), "no outline over the share not checked");
        assertEquals(RULE, colour(image, unchecked, top + 94), "a bare line under it");
        assertEquals("A bar for the disputed point, filled as far as the share of the 100 articles that reported it,"
                + " outlined as far as the share the editors have checked, and a bare line for the rest.",
                ShareImage.description(rows, 100, "article"));
    }

    private static int colour(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    /** A row's cells from letters: R reported, N not reported, ? not checked. */
    private static List<ShareImage.Cell> cells(String letters) {
        return letters.chars().mapToObj(c -> c == 'R' ? ShareImage.Cell.REPORTED
                : c == 'N' ? ShareImage.Cell.NOT_REPORTED : ShareImage.Cell.NOT_CHECKED).toList();
    }

    private static List<ShareImage.Cell> allReported(int n) {
        return Collections.nCopies(n, ShareImage.Cell.REPORTED);
    }

    private static BufferedImage image(List<ShareImage.Row> rows, int columns) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(new ShareImage().render(rows, columns)));
    }

    /** The ink along the row's middle line, right of the ink band at the left edge: as runs, and in pixels. */
    private static List<int[]> runs(BufferedImage image) {
        int y = ShareImage.HEIGHT / 2;
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int x = 40; x <= image.getWidth(); x++) {
            boolean ink = x < image.getWidth() && (image.getRGB(x, y) & 0xffffff) == INK;
            if (ink && start < 0) {
                start = x;
            } else if (!ink && start >= 0) {
                runs.add(new int[] {start, x});
                start = -1;
            }
        }
        return runs;
    }

    private static int inkRuns(BufferedImage image) {
        return runs(image).size();
    }

    private static int inkWidth(BufferedImage image) {
        return runs(image).stream().mapToInt(r -> r[1] - r[0]).sum();
    }
}
