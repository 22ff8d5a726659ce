package news.explainer.model;

/**
 * A stretch of an article file with its role. {@code start} and {@code end} are character offsets into the file's
 * text, so a block always points back at the exact original words.
 *
 * @param text the cleaned text of the stretch: the original characters, with no-break spaces read as spaces
 */
public record Block(BlockRole role, int start, int end, String text) {}
