package news.explainer.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.core.DefaultTruncateBuiltinAlgorithm;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.Writer;
import news.explainer.write.Utf8Writer;

/**
 * An HTML output format that escapes as FreeMarker's own does, with the same entities, but in the same pass that
 * encodes what a page prints as UTF-8 ({@link Utf8Writer#writeEscaped}). Registered under the standard format's name,
 * so that every {@code .ftlh} template gets it. Not a subclass of FreeMarker's own: its markup values name that
 * format as theirs, and a page in this one would refuse to print them ({@code ?no_esc}). What in FreeMarker looks
 * for its own class does not find this one; of what a template can use, only {@code ?truncate_m} does, and
 * {@link #TRUNCATE} gives it its usual results ({@code TemplatesAsBeforeTest} compares the two set-ups).
 */
final class HtmlOutput extends CommonMarkupOutputFormat<HtmlOutput.Markup> {
    static final HtmlOutput INSTANCE = new HtmlOutput();

    private HtmlOutput() {
    }

    /**
     * FreeMarker's {@code ?truncate_m} family, with its terminator in this format: FreeMarker's own is in the
     * standard HTML format, which a page in this one cannot print ({@code ?truncate_m(12)} failed), and it counts a
     * markup terminator's length as HTML's visible text only for the standard formats.
     */
    static final DefaultTruncateBuiltinAlgorithm TRUNCATE = new DefaultTruncateBuiltinAlgorithm("[...]",
            new Markup(null, "<span class='truncateTerminator'>[&#8230;]</span>"), true) { // FreeMarker's own markup
        @Override
        protected int getMTerminatorLength(TemplateMarkupOutputModel<?> terminator) throws TemplateModelException {
            return super.getMTerminatorLength(asStandard(terminator));
        }

        @Override
        protected boolean getMTerminatorRemovesDots(TemplateMarkupOutputModel terminator)
                throws TemplateModelException {
            return super.getMTerminatorRemovesDots(asStandard(terminator));
        }

        private static TemplateMarkupOutputModel<?> asStandard(TemplateMarkupOutputModel<?> terminator)
                throws TemplateModelException {
            return terminator instanceof Markup markup
                    ? HTMLOutputFormat.INSTANCE.fromMarkup(INSTANCE.getMarkupString(markup)) : terminator;
        }
    };

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
