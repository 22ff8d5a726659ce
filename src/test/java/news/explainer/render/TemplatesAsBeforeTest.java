package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.explainer.problem.Problems;
import news.explainer.write.Utf8Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same template and data through the configuration before adcf3fb and b8a5a13 (FreeMarker's own HTML output
 * format and default wrapper) and through {@link Templates} as it is: the same page, or an error both times.
 */
class TemplatesAsBeforeTest {
    public record Item(String name, int count) {}

    /** A helper a page may be given: a record that is a FreeMarker method already. */
    public record Shout(String suffix) implements TemplateMethodModelEx {
        @Override
        public Object exec(List arguments) throws TemplateModelException {
            return arguments.get(0).toString().toUpperCase(java.util.Locale.ROOT) + suffix;
        }
    }

    /** A record with a bean getter of a component's name: the default wrapper reads the getter. */
    public record Titled(String title) {
        public String getTitle() {
            return "Mr " + title;
        }
    }

    /** Not public: the default wrapper shows a template none of its accessors. */
    record Hidden(String name) {}

    private static final Map<String, Object> DATA = Map.of("first", new Item("one", 1), "shout", new Shout("!"),
            "long", "Once upon a time in the west", "titled", new Titled("Smith"), "hidden", new Hidden("secret"));

    /** The harness finds no difference where there is none: escaping, components, markup, a method. */
    @Test
    void anOrdinaryTemplateComesOutTheSame() {
        assertPage("<p title=\"${long}\">${first.name} ${first.count + 1} ${first.name()}</p>"
                + "<#list ['<a>', \"it's\", 'é&😀'] as x>${x}</#list> ${'<i>x</i>'?no_esc} ${long?truncate(12)}"
                + "<#assign m = '<b>'?no_esc + '<'>${m} ${'<'?esc?markup_string}");
    }

    /** Escaping switched off, legacy escaping, other formats, markup mixed with text: as before. */
    @Test
    void escapingDirectivesAndBuiltInsComeOutTheSame() {
        assertSame("${'<'?html}"); // refused both times, when the template is parsed
        assertPage("<#noautoesc>${'<&>'}</#noautoesc> <#outputformat 'plainText'>${'<'}</#outputformat>"
                + " <#outputformat 'XML'>${'<\\''}</#outputformat> ${'a' + '<b>'?no_esc}"
                + " ${('<' + '<i>'?no_esc)?markup_string}"
                + " <#assign captured><em>${'<'}</em></#assign>${captured} ${'<'?esc?esc} ${'\\xD83D<'}"
                + " <#macro m x>${x}</#macro><@m x=(first.name + '<') /> ${[first]?first.name}"
                + " ${first.name?upper_case}");
    }

    @Test
    void aComponentOfARecordThatIsNotPublic() {
        assertSame("${hidden.name}");
    }

    @Test
    void aComponentWithABeanGetterOfItsName() {
        assertSame("${titled.title}");
    }

    @Test
    void truncateWithTheStandardMarkupTerminator() {
        assertSame("${long?truncate_m(12)}");
    }

    @Test
    void truncateWithAMarkupTerminatorOfTheTemplate() {
        assertSame("${long?truncate_m(12, '<b>[more]</b>'?no_esc)}");
    }

    @Test
    void aRecordPrintedDirectly() {
        assertSame("${first}");
    }

    @Test
    void aRecordAskedWhatItIs() {
        assertSame("${first?is_string?c} ${first?is_hash_ex?c}");
        assertPage("${first?keys?size} ${first?has_content?c} ${first?string} ${[first]?seq_contains(first)?c}");
    }

    @Test
    void aRecordThatIsAMethodAlready() {
        assertSame("${shout('hey')}");
    }

    /** The same page both times, and a page, not an error. */
    private void assertPage(String template) {
        String page = assertSame(template);
        assertFalse(page.startsWith("error: "), page);
    }

    @TempDir
    Path dir;

    /** Before: FreeMarker's HTML format and default wrapper, set up as {@link Templates} was at c41fdaa. */
    private String assertSame(String template) {
        String before;
        try {
            Configuration config = new Configuration(Configuration.VERSION_2_3_34);
            config.setOutputFormat(HTMLOutputFormat.INSTANCE);
            config.setRecognizeStandardFileExtensions(true);
            config.setLogTemplateExceptions(false);
            config.setLocale(java.util.Locale.ROOT);
            config.setNumberFormat("computer");
            Utf8Writer out = new Utf8Writer();
            new Template("t.ftlh", template, config).process(DATA, out);
            before = new String(out.bytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            before = "error: " + e.getMessage().lines().findFirst().orElse("");
        }
        String after;
        try {
            Files.writeString(dir.resolve("t.ftlh"), template);
            Problems problems = new Problems();
            after = new Templates(dir, "templates").render(new PageSpec("t.html", "t.ftlh", DATA), problems)
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                    .orElseGet(() -> "error: " + problems.sorted().get(0).message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(before.startsWith("error: ") && after.startsWith("error: "))) { // both failing is the same result
            assertEquals(before, after, template);
        }
        return before;
    }
}
