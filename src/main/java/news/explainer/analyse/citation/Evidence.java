package news.explainer.analyse.citation;

/**
 * A cited passage found in its article.
 *
 * @param passage the words as they stand in the article (not as the editor typed them)
 * @param start character offset of the passage in the article's text
 * @param end character offset just past the passage
 * @param anchor the fragment id that marks the passage on the source page
 */
public record Evidence(String article, String passage, int start, int end, String anchor) {}
