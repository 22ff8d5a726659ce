package news.explainer.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;
import news.explainer.problem.Severity;
import news.explainer.problem.SourceLines;
import news.explainer.problem.SourceRef;
import news.explainer.write.Utf8Writer;

/**
 * One FreeMarker configuration over the templates folder. {@code .ftlh} templates auto-escape everything they
 * print; a template error becomes a problem that names the template line and the page being rendered.
 */
public final class Templates {
    private final Configuration config;
    private final Path dir;
    private final String shownDir;

    public Templates(Path dir, String shownDir) throws IOException {
        this.dir = dir;
        this.shownDir = shownDir;
        // Template errors are reported as problems; FreeMarker must not also log them through whatever logging
        // library happens to be on the class path.
        System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setDirectoryForTemplateLoading(dir.toFile());
        config.setDefaultEncoding("UTF-8");
        config.setRegisteredCustomOutputFormats(List.of(HtmlOutput.INSTANCE));
        config.setOutputFormat(HtmlOutput.INSTANCE);
        config.setTruncateBuiltinAlgorithm(HtmlOutput.TRUNCATE);
        config.setObjectWrapper(new ViewWrapper());
        config.setRecognizeStandardFileExtensions(true);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(java.util.Locale.ROOT);
        config.setNumberFormat("computer");
        // Templates are read once: the preview keeps a configuration only while no file under the folder changed,
        // and starts a new one otherwise (RenderMemo), so a cached template is never stale.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** The rendered page as UTF-8, or empty after reporting the template problem. */
    public Optional<byte[]> render(PageSpec page, Problems problems) {
        try {
            Template template = config.getTemplate(page.template());
            Utf8Writer out = new Utf8Writer();
            template.process(page.view(), out);
            return Optional.of(out.bytes());
        } catch (TemplateNotFoundException e) {
            problems.add(new Problem(Severity.ERROR, SourceRef.file(shownDir + "/" + page.template()),
                    "template not found (rendering " + page.path() + ")", "", ""));
        } catch (TemplateException e) {
            problems.add(templateProblem(e, page));
        } catch (IOException e) {
            problems.add(loadProblem(e, page));
        }
        return Optional.empty();
    }

    /**
     * One template mistake breaks every page made with that template: merges the pages' problems, in page order,
     * keeping each mistake once, with the first page it broke. Pages render in parallel, so this is done after.
     */
    static void mergeOncePerMistake(List<Problems> perPage, Problems into) {
        Set<String> seen = new HashSet<>();
        for (Problems page : perPage) {
            for (Problem problem : page.sorted()) {
                if (seen.add(problem.where() + " " + problem.message().replaceFirst(" \\(rendering [^)]*\\)$", ""))) {
                    into.add(problem);
                }
            }
        }
    }

    /** {@code templates/person.ftlh:4:9: error: 'person.nmae' is missing (rendering people/x.html)}. */
    private Problem templateProblem(TemplateException e, PageSpec page) {
        String name = e.getTemplateSourceName() == null ? page.template() : e.getTemplateSourceName();
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String rendering = " (rendering " + page.path() + ")";
        SourceRef where = new SourceRef(shownDir + "/" + name, line, column);
        if (e instanceof InvalidReferenceException) {
            String expression = e.getBlamedExpressionString() == null ? "a value" : e.getBlamedExpressionString();
            return new Problem(Severity.ERROR, where, "'" + expression + "' is missing" + rendering,
                    templateLine(name, line), "check the name against the fields this page has; if it may be"
                    + " absent, write ${" + expression + "!} or test it with <#if " + expression + "??>");
        }
        return new Problem(Severity.ERROR, where, firstLine(e.getMessageWithoutStackTop()) + rendering,
                templateLine(name, line), "");
    }

    /** A template that cannot be parsed: FreeMarker says so when the page asks for it, once, then refers back. */
    private Problem loadProblem(IOException e, PageSpec page) {
        String rendering = " (rendering " + page.path() + ")";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException parse) {
                String name = parse.getTemplateName() == null ? page.template() : parse.getTemplateName();
                return new Problem(Severity.ERROR, new SourceRef(shownDir + "/" + name, parse.getLineNumber(),
                        parse.getColumnNumber()), "template syntax error: "
                        + firstLine(parse.getEditorMessage()).replaceFirst("\\s*Help \\(latest version\\).*$", "")
                        + rendering, templateLine(name, parse.getLineNumber()), "");
            }
        }
        return new Problem(Severity.ERROR, SourceRef.file(shownDir + "/" + page.template()),
                firstLine(e.getMessage()) + rendering, "", "");
    }

    /** The template's own line, shown under the message with a caret; empty when it cannot be read. */
    private String templateLine(String name, int line) {
        return new SourceLines(dir).apply(new SourceRef(name, line, 1));
    }

    private static String firstLine(String message) {
        String text = message == null ? "template error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
