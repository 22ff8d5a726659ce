package news.explainer.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.Writer;
import news.explainer.write.Utf8Writer;

/**
 * FreeMarker's HTML output format, but escaping what a page prints in the same pass that encodes it as UTF-8
 * ({@link Utf8Writer#writeEscaped}), with the same entities. Registered under the standard format's name, so that
 * every {@code .ftlh} template gets it. Not a subclass of FreeMarker's own: its markup values name that format as
 * theirs, and a page in this one would refuse to print them ({@code ?no_esc}).
 */
final class HtmlOutput extends CommonMarkupOutputFormat<HtmlOutput.Markup> {
    static final HtmlOutput INSTANCE = new HtmlOutput();

    private HtmlOutput() {
    }

    @Override
    public String getName() {
        return "HTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        if (out instanceof Utf8Writer utf8) {
            utf8.writeEscaped(textToEsc);
        } else {
            StringUtil.XHTMLEnc(textToEsc, out);
        }
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return StringUtil.XHTMLEnc(plainTextContent);
    }

    /** As FreeMarker's HTML format: {@code ?html} on a value that is HTML already leaves it as it is. */
    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A piece of HTML, or of text to escape, in this format. */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HtmlOutput getOutputFormat() {
            return INSTANCE;
        }
    }
}
