package news.explainer.render;

import java.io.Writer;

/**
 * Collects a rendered page. {@link java.io.StringWriter} would do, but it appends through a synchronized
 * {@link StringBuffer}, and FreeMarker writes a page in thousands of small pieces, each then paying for a lock
 * that no other thread ever asks for.
 */
final class PageWriter extends Writer {
    private final StringBuilder page = new StringBuilder(8192);

    @Override
    public void write(char[] chars, int offset, int length) {
        page.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        page.append(text, offset, offset + length);
    }

    @Override
    public void write(String text) {
        page.append(text);
    }

    @Override
    public void write(int c) {
        page.append((char) c);
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
