package news.explainer.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's "vnu"), in-process: one validator instance, set up once (loading the schemas is
 * the slow part), then any number of HTML pages and stylesheets. Collects errors; warnings and info are ignored.
 */
final class NuChecker {

    /** One error: the file's site path, its line and column (-1 when unknown), and the checker's message. */
    record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": error: " + message;
        }
    }

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuChecker() {
        // The checker logs through log4j 1.x; with no configuration it prints warnings about that. Keep it quiet.
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        root.removeAllAppenders();
        root.addAppender(new org.apache.log4j.varia.NullAppender());
        root.setLevel(org.apache.log4j.Level.OFF);
        try {
            // SimpleDocumentValidator(initializeLog4j, logUrls, enableLanguageDetection)
            validator = new SimpleDocumentValidator(false, false, false);
            validator.setAllowCss(true);
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the Nu Html Checker", e);
        }
    }

    /** The errors in one HTML page. */
    synchronized List<Problem> checkHtml(String path, byte[] bytes) {
        return check(path, bytes, false);
    }

    /** The errors in one CSS stylesheet. */
    synchronized List<Problem> checkCss(String path, byte[] bytes) {
        return check(path, bytes, true);
    }

    private List<Problem> check(String path, byte[] bytes, boolean css) {
        // The CSS checker counts lines from 0 (vnu's command line compensates with a line offset of -1 too).
        collector.start(path, css ? -1 : 0);
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        source.setSystemId("https://site.invalid/" + path);
        source.setEncoding("UTF-8");
        try {
            if (css) {
                validator.checkCssInputSource(source);
            } else {
                validator.checkHtmlInputSource(source);
            }
        } catch (SAXParseException e) {
            collector.add(e); // a fatal error that stopped the parse is already recorded, or is recorded now
        } catch (SAXException | IOException e) {
            collector.problems.add(new Problem(path, -1, -1, "could not be checked: " + e));
        }
        return collector.finish();
    }

    private static final class Collector implements ErrorHandler {
        private String path;
        private int lineOffset;
        private final List<Problem> problems = new ArrayList<>();
        private final List<SAXParseException> seen = new ArrayList<>();

        void start(String path, int lineOffset) {
            this.path = path;
            this.lineOffset = lineOffset;
            problems.clear();
            seen.clear();
        }

        List<Problem> finish() {
            return List.copyOf(problems);
        }

        void add(SAXParseException e) {
            for (SAXParseException s : seen) {
                if (s == e) {
                    return;
                }
            }
            seen.add(e);
            problems.add(new Problem(path, e.getLineNumber() < 0 ? -1 : e.getLineNumber() + lineOffset,
                    e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings (and the checker's info messages) are advice, not invalidity.
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }
    }
}
