package news.explainer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.InvalidReferenceException;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A template reads the view records through {@link ViewWrapper} exactly as through FreeMarker's own wrapper. */
class ViewWrapperTest {
    public record Item(String name, int count, boolean flag, String absent) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT) + "!";
        }
    }

    public record Page(String title, Item first, List<Item> items, List<String> tags, Map<String, Integer> counts) {}

    private static final Page PAGE = new Page("A <b>“quoted”</b> & 'plain' title", new Item("one", 1, true, null),
            List.of(new Item("two", 2, false, null), new Item("three", 3, true, "here")), List.of("x", "y"),
            Map.of("k", 7));

    @Test
    void componentsMethodsListsNullsAndBuiltInsComeOutAsWithTheDefaultWrapper() throws Exception {
        String template = """
                ${title} ${title?length} ${first.name} ${first.name()} ${first.shout()} ${first.count + 1}
                <#list items as i>${i?counter}:${i.name}/${i.count}/${i.flag?c}/${i.absent!"none"}<#if i.flag> on</#if>;</#list>
                ${tags?join(", ")} ${tags?seq_contains("y")?c} ${counts.k} ${first?has_content?c} ${(first.absent)???c}
                <#if first.nothere??>there<#else>not there</#if> ${items?size} ${items[1].shout()}
                ${first} ${first?is_hash?c} ${first?is_string?c} ${first?keys?size} ${first?size}
                <#list first?keys?sort as k>${k} </#list>
                """;
        String expected = render(template, Configuration.getDefaultObjectWrapper(Configuration.VERSION_2_3_34));
        assertEquals(expected, render(template, new ViewWrapper()));
        // not a test of nothing: the page really shows the values (and escapes the title)
        assertTrue(expected.contains("A &lt;b&gt;“quoted”&lt;/b&gt; &amp; &#39;plain&#39; title 33 one one ONE! 2"),
                expected);
        assertTrue(expected.contains("2:three/3/true/here on;"), expected);
    }

    /** A list that is also a FreeMarker model: the default wrapper hands it over as it is, not as an adapter. */
    static final class ModelList extends java.util.AbstractList<freemarker.template.TemplateModel>
            implements freemarker.template.TemplateSequenceModel {
        @Override
        public freemarker.template.TemplateModel get(int index) {
            return new freemarker.template.SimpleScalar("item");
        }

        @Override
        public int size() {
            return 1;
        }
    }

    @Test
    void flagsAndListsAreWrappedAsTheDefaultWrapperWrapsThem() throws Exception {
        freemarker.template.DefaultObjectWrapper standard =
                (freemarker.template.DefaultObjectWrapper) Configuration.getDefaultObjectWrapper(Configuration.VERSION_2_3_34);
        ViewWrapper ours = new ViewWrapper();
        for (Object value : List.of(true, false, List.of("a", "b"), List.of(), new java.util.ArrayList<>(List.of(1)),
                new ModelList())) {
            freemarker.template.TemplateModel expected = standard.wrap(value);
            freemarker.template.TemplateModel actual = ours.wrap(value);
            assertEquals(expected.getClass(), actual.getClass(), String.valueOf(value));
            if (value instanceof Boolean || value instanceof ModelList) {
                assertTrue(expected == actual, "the same model object for " + value);
            }
        }
    }

    @Test
    void aMisspelledFieldIsMissingAsWithTheDefaultWrapper() {
        String template = "${first.nmae}";
        for (ObjectWrapper wrapper : List.of(Configuration.getDefaultObjectWrapper(Configuration.VERSION_2_3_34),
                new ViewWrapper())) {
            InvalidReferenceException e = assertThrows(InvalidReferenceException.class, () -> render(template, wrapper));
            assertEquals("first.nmae", e.getBlamedExpressionString());
        }
    }

    private static String render(String template, ObjectWrapper wrapper) throws IOException, TemplateException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setObjectWrapper(wrapper);
        config.setRegisteredCustomOutputFormats(List.of(HtmlOutput.INSTANCE));
        config.setOutputFormat(HtmlOutput.INSTANCE);
        config.setLogTemplateExceptions(false);
        StringWriter out = new StringWriter();
        new Template("t.ftlh", template, config).process(PAGE, out);
        return out.toString();
    }
}
