package news.explainer.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output paths that could leave the site folder are refused when the file is made; names with dots are not. */
class OutputFileTest {

    @ParameterizedTest
    @ValueSource(strings = {"..", "../index.html", "sources/../../etc/passwd", "sources/..", "a/../b", "/index.html",
            "", "sources\\x.html", "c:/x.html"})
    void refusesPathsThatCouldEscapeTheSite(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OutputFile(path, new byte[0]));
        assertEquals("unsafe output path: " + path, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "sources/cnn.html", "...", "a/.../b", "..b/c", "b../c", "a/..b", "a/b..",
            "sources/original/x.txt", "a//b"})
    void acceptsPathsThatStayInside(String path) {
        assertEquals(path, new OutputFile(path, new byte[0]).path());
    }
}
