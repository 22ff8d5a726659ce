package news.explainer.render.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Map;

/**
 * Writes structured data for a {@code <script type="application/ld+json">} element. Text comes from editors and
 * articles, so {@code <}, {@code >} and {@code &} are written as {@code \u003c}-style escapes: no value can close
 * the script element or open a comment, whatever it holds.
 */
final class JsonLd {
    private static final ObjectWriter WRITER = writer();

    private JsonLd() {}

    static String write(Map<String, Object> data) {
        try {
            return WRITER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and lists always serialise", e);
        }
    }

    private static ObjectWriter writer() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafe());
        return mapper.writer();
    }

    /** Standard JSON escapes, plus the three characters that mean something to an HTML parser. */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        /** Asked for characters beyond ASCII: the page is UTF-8, so they are written as they are. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
