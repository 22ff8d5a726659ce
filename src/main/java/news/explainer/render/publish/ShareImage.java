package news.explainer.render.publish;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import news.explainer.render.Plural;

/**
 * The picture shown when a page is shared: the comparison at a glance, one row per disputed point and one column
 * per outlet, filled where the outlet reported the point, outlined where it did not, a bare line where the editors
 * have not checked it yet, and a red mark on the points where figures differ. It draws only axis-aligned rectangles
 * without antialiasing and no text, so the pixels do not depend on the fonts a machine has: the same content gives
 * the same bytes everywhere.
 */
public final class ShareImage {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** The picture's four colours, {@code 0xRRGGBB}; its pixels are indexes into this list. */
    private static final int[] PALETTE = {0xfdfcf9, 0x1a4f8a, 0xcfc9ba, 0xb3261e};
    private static final byte PAPER = 0;
    private static final byte INK = 1;
    private static final byte RULE = 2;
    private static final byte FLAG = 3;
    private static final int MARGIN = 72;
    private static final int GAP = 10;
    /** The red mark's column, left of the cells. */
    private static final int FLAG_WIDTH = 24;
    /** Below this width, in pixels, a cell would no longer read as one: the rows become bars. */
    private static final int NARROWEST_CELL = 4;

    /** What one outlet's cell says about one point. */
    public enum Cell {
        REPORTED,
        NOT_REPORTED,
        /** The editors have not answered for this outlet yet: neither filled nor outlined, a bare line. */
        NOT_CHECKED
    }

    /**
     * One row of the grid.
     *
     * @param cells for each outlet, in column order, whether it reported the point, did not, or is not checked yet
     * @param flagged whether the outlets' figures differ on this point
     */
    public record Row(List<Cell> cells, boolean flagged) {}

    /** The PNG bytes; with no rows, a single row with one filled cell per outlet. */
    public byte[] render(List<Row> rows, int outlets) {
        List<Row> grid = rows.isEmpty()
                ? List.of(new Row(Collections.nCopies(Math.max(1, outlets), Cell.REPORTED), false)) : rows;
        Canvas canvas = new Canvas(WIDTH, HEIGHT, PAPER);
        canvas.fill(0, 0, 24, HEIGHT, INK);
        int columns = grid.get(0).cells().size();
        int cellWidth = cellWidth(columns);
        int cellHeight = Math.min(96, (HEIGHT - 2 * MARGIN - GAP * (grid.size() - 1)) / grid.size());
        int top = (HEIGHT - grid.size() * cellHeight - (grid.size() - 1) * GAP) / 2;
        for (int r = 0; r < grid.size(); r++) {
            Row row = grid.get(r);
            int y = top + r * (cellHeight + GAP);
            if (row.flagged()) {
                canvas.fill(MARGIN, y, FLAG_WIDTH - 8, cellHeight, FLAG);
            }
            if (cellWidth < NARROWEST_CELL) {
                bar(canvas, row, MARGIN + FLAG_WIDTH + GAP, y, cellHeight);
                continue;
            }
            for (int c = 0; c < row.cells().size(); c++) {
                int x = MARGIN + FLAG_WIDTH + GAP + c * (cellWidth + GAP);
                switch (row.cells().get(c)) {
                    case REPORTED -> canvas.fill(x, y, cellWidth, cellHeight, INK);
                    case NOT_REPORTED -> {
                        canvas.fill(x, y, cellWidth, cellHeight, RULE);
                        canvas.fill(x + 4, y + 4, cellWidth - 8, cellHeight - 8, PAPER);
                    }
                    // Nothing claimed either way; a line, so that a row nobody has checked is still seen to be there.
                    case NOT_CHECKED -> canvas.fill(x, y + cellHeight - 4, cellWidth, 4, RULE);
                }
            }
        }
        return Png.encode(canvas.pixels, PALETTE, WIDTH, HEIGHT);
    }

    /**
     * A row as one bar, filled from the left as far as the share of the outlets that reported the point: for more
     * outlets than the picture has room to draw a cell each (with a hundred, a cell would be under a pixel wide).
     * The outline goes as far as the share the editors have checked; the rest, not checked yet, is a bare line.
     */
    private static void bar(Canvas canvas, Row row, int x, int y, int height) {
        int width = WIDTH - MARGIN - x;
        long reported = row.cells().stream().filter(cell -> cell == Cell.REPORTED).count();
        long checked = row.cells().stream().filter(cell -> cell != Cell.NOT_CHECKED).count();
        int all = Math.max(1, row.cells().size());
        int filled = (int) (width * reported / all);
        int outlined = (int) (width * checked / all);
        canvas.fill(x, y, outlined, height, RULE);
        canvas.fill(x + 4, y + 4, outlined - 8, height - 8, PAPER);
        canvas.fill(x + outlined, y + height - 4, width - outlined, 4, RULE);
        canvas.fill(x, y, filled, height, INK);
    }

    private static int cellWidth(int columns) {
        return (WIDTH - 2 * MARGIN - FLAG_WIDTH - GAP * columns) / Math.max(1, columns);
    }

    /**
     * Pixels in memory, each a palette index, painted with filled rectangles. Java2D would do the same, but loading
     * and starting it took longer than all the site's pages take to render; the picture needs nothing else.
     */
    private static final class Canvas {
        final byte[] pixels;
        final int width;
        final int height;

        Canvas(int width, int height, byte background) {
            this.pixels = new byte[width * height];
            this.width = width;
            this.height = height;
            Arrays.fill(pixels, background);
        }

        /** Paints a rectangle, clipped to the picture as Java2D's {@code fillRect} would be; empty when not positive. */
        void fill(int x, int y, int w, int h, byte colour) {
            int left = Math.max(0, x);
            int right = Math.min(width, x + Math.max(0, w));
            int bottom = Math.min(height, y + Math.max(0, h));
            for (int row = Math.max(0, y); row < bottom; row++) {
                if (left < right) {
                    Arrays.fill(pixels, row * width + left, row * width + right, colour);
                }
            }
        }
    }

    /**
     * What the picture shows, for readers who cannot see it: {@code columns} columns, each an outlet or, when two
     * articles share an outlet, an article.
     *
     * @param noun what a column is: "outlet" or "article"
     */
    public static String description(List<Row> rows, int columns, String noun) {
        if (rows.isEmpty()) {
            return cellWidth(columns) < NARROWEST_CELL
                    ? "A filled bar, for the " + Plural.of(columns, noun) + " this explainer compares."
                    : "A row of " + Plural.of(columns, "block") + ", one for each " + noun + " this explainer compares.";
        }
        long flagged = rows.stream().filter(Row::flagged).count();
        boolean notChecked = anyNotChecked(rows);
        String what = cellWidth(columns) < NARROWEST_CELL
                ? (rows.size() == 1 ? "A bar for the disputed point" : "A bar for each of the "
                        + Plural.of(rows.size(), "disputed point")) + ", filled as far as the share of the "
                        + Plural.of(columns, noun) + " that reported it"
                        + (notChecked ? ", outlined as far as the share the editors have checked, and a bare line for"
                                + " the rest" : "")
                : "A grid of " + Plural.of(rows.size(), "disputed point") + " by " + Plural.of(columns, noun)
                        + ": filled where an " + noun + " reported the point, outlined where it did not"
                        + (notChecked ? ", a bare line where the editors have not checked it yet" : "");
        return what
                + (flagged > 0 ? "; a red mark beside " + (flagged == 1 ? "the one" : "the " + flagged)
                        + " where their figures differ." : ".");
    }

    private static boolean anyNotChecked(List<Row> rows) {
        return rows.stream().anyMatch(row -> row.cells().contains(Cell.NOT_CHECKED));
    }
}
