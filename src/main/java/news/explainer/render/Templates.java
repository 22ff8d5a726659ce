package news.explainer.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceRef;

/**
 * One FreeMarker configuration over the templates folder. {@code .ftlh} templates auto-escape everything they
 * print; a template error becomes a problem that names the template line and the page being rendered.
 */
public final class Templates {
    private final Configuration config;
    private final String shownDir;

    public Templates(Path dir, String shownDir) throws IOException {
        this.shownDir = shownDir;
        // Template errors are reported as problems; FreeMarker must not also log them through whatever logging
        // library happens to be on the class path.
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setDirectoryForTemplateLoading(dir.toFile());
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(java.util.Locale.ROOT);
        config.setNumberFormat("computer");
        // Templates are read once per build, and every build starts a new configuration: no stale cache in serve.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** The rendered page, or empty after reporting the template problem. */
    public Optional<String> render(PageSpec page, Problems problems) {
        try {
            Template template = config.getTemplate(page.template());
            StringWriter out = new StringWriter();
            template.process(page.view(), out);
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            problems.error(SourceRef.file(shownDir + "/" + page.template()),
                    "template not found (rendering " + page.path() + ")");
        } catch (TemplateException e) {
            problems.add(templateProblem(e, page));
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, SourceRef.file(shownDir + "/" + page.template()),
                    firstLine(e.getMessage()) + " (rendering " + page.path() + ")", "", ""));
        }
        return Optional.empty();
    }

    private Problem templateProblem(TemplateException e, PageSpec page) {
        String name = e.getTemplateSourceName() == null ? page.template() : e.getTemplateSourceName();
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        return new Problem(Severity.ERROR, new SourceRef(shownDir + "/" + name, line, column),
                firstLine(e.getMessageWithoutStackTop()) + " (rendering " + page.path() + ")", "", "");
    }

    private static String firstLine(String message) {
        String text = message == null ? "template error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
