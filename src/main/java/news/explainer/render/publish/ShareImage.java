package news.explainer.render.publish;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import news.explainer.render.Plural;

/**
 * The picture shown when a page is shared: the comparison at a glance, one row per disputed point and one column
 * per outlet, filled where the outlet reported the point, outlined where it did not, and a red mark on the points
 * where figures differ. It draws only axis-aligned rectangles without antialiasing and no text, so the pixels do
 * not depend on the fonts a machine has: the same content gives the same bytes everywhere.
 */
public final class ShareImage {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final Color PAPER = new Color(0xfdfcf9);
    private static final Color INK = new Color(0x1a4f8a);
    private static final Color RULE = new Color(0xcfc9ba);
    private static final Color FLAG = new Color(0xb3261e);
    private static final int MARGIN = 72;
    private static final int GAP = 10;

    /**
     * One row of the grid.
     *
     * @param reported for each outlet, in column order, whether it reported the point
     * @param flagged whether the outlets' figures differ on this point
     */
    public record Row(List<Boolean> reported, boolean flagged) {}

    /** The PNG bytes; with no rows, a single row with one filled cell per outlet. */
    public byte[] render(List<Row> rows, int outlets) {
        List<Row> grid = rows.isEmpty()
                ? List.of(new Row(java.util.Collections.nCopies(Math.max(1, outlets), true), false)) : rows;
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(PAPER);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(INK);
        g.fillRect(0, 0, 24, HEIGHT);
        int columns = grid.get(0).reported().size();
        int flagWidth = 24;
        int cellWidth = (WIDTH - 2 * MARGIN - flagWidth - GAP * columns) / Math.max(1, columns);
        int cellHeight = Math.min(96, (HEIGHT - 2 * MARGIN - GAP * (grid.size() - 1)) / grid.size());
        int top = (HEIGHT - grid.size() * cellHeight - (grid.size() - 1) * GAP) / 2;
        for (int r = 0; r < grid.size(); r++) {
            Row row = grid.get(r);
            int y = top + r * (cellHeight + GAP);
            if (row.flagged()) {
                g.setColor(FLAG);
                g.fillRect(MARGIN, y, flagWidth - 8, cellHeight);
            }
            for (int c = 0; c < row.reported().size(); c++) {
                int x = MARGIN + flagWidth + GAP + c * (cellWidth + GAP);
                if (row.reported().get(c)) {
                    g.setColor(INK);
                    g.fillRect(x, y, cellWidth, cellHeight);
                } else {
                    g.setColor(RULE);
                    g.fillRect(x, y, cellWidth, cellHeight);
                    g.setColor(PAPER);
                    g.fillRect(x + 4, y + 4, cellWidth - 8, cellHeight - 8);
                }
            }
        }
        g.dispose();
        return Png.encode(image.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH), WIDTH, HEIGHT);
    }

    /** What the picture shows, for readers who cannot see it. */
    public static String description(List<Row> rows, int outlets) {
        if (rows.isEmpty()) {
            return "A row of " + Plural.of(outlets, "block") + ", one for each outlet this explainer compares.";
        }
        long flagged = rows.stream().filter(Row::flagged).count();
        return "A grid of " + Plural.of(rows.size(), "disputed point") + " by " + Plural.of(outlets, "outlet")
                + ": filled where an outlet reported the point, outlined where it did not"
                + (flagged > 0 ? "; a red mark beside " + (flagged == 1 ? "the one" : "the " + flagged)
                        + " where their figures differ." : ".");
    }
}
