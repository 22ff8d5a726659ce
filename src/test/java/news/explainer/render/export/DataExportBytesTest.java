package news.explainer.render.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export's bytes are its JSON text's, as UTF-8: what Jackson writes as a string, ending with a newline. Jackson
 * writing bytes itself would escape an emoji's two halves instead (found in review).
 */
class DataExportBytesTest {

    private static byte[] asText(ExplainerData data) throws Exception {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return (new ObjectMapper().writer(printer).writeValueAsString(data) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static ExplainerData withSummary(String summary) {
        return new ExplainerData(1, new ExplainerData.StoryData("t", summary, null, null, List.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void curlyQuotesAndAccentsAreTheirUtf8() throws Exception {
        ExplainerData data = withSummary("“Putin agreed,” said Zelenskyy’s aide — café, Київ");
        assertArrayEquals(asText(data), new DataExport().toJson(data));
    }

    @Test
    void anEmojiIsItsFourBytesNotTwoEscapes() throws Exception {
        ExplainerData data = withSummary("flag 🇺🇦 and 🙂");
        assertArrayEquals(asText(data), new DataExport().toJson(data),
                new String(new DataExport().toJson(data), StandardCharsets.UTF_8));
    }
}
