package news.explainer.render.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The share image for stories of a few outlets and of thousands of articles. */
class ShareImageTest {
    private static final int INK = 0x1a4f8a;

    @Test
    void aFewOutletsGetACellEachThousandsOfArticlesABarAsLongAsTheShareThatReported() throws IOException {
        // Five outlets, the first three reporting: three filled cells on the row.
        BufferedImage few = image(List.of(new ShareImage.Row(List.of(true, true, true, false, false), false)), 5);
        assertEquals(3, inkRuns(few), "a filled cell for each outlet that reported");
        assertTrue(ShareImage.description(List.of(new ShareImage.Row(List.of(true, true, true, false, false),
                false)), 5, "outlet").startsWith("A grid of 1 disputed point by 5 outlets"));

        // 10,000 articles, one in four reporting: one bar, inked over a quarter of its length.
        List<Boolean> reported = IntStream.range(0, 10_000).mapToObj(i -> i % 4 == 0).toList();
        List<ShareImage.Row> rows = List.of(new ShareImage.Row(reported, true));
        BufferedImage many = image(rows, 10_000);
        assertEquals(1, inkRuns(many), "one bar");
        int inked = inkWidth(many);
        int bar = ShareImage.WIDTH - 72 - (72 + 24 + 10);
        assertEquals(bar / 4, inked, 1, "a quarter of the bar");
        assertEquals("A bar for each of 1 disputed point, filled as far as the share of the 10,000 articles that"
                + " reported it; a red mark beside the one where their figures differ.",
                ShareImage.description(rows, 10_000, "article"));
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
