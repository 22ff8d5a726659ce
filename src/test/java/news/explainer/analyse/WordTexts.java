package news.explainer.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** For tests of {@link WordStarts}: texts made of given pieces, and the matches a plain search finds in them. */
public final class WordTexts {
    private WordTexts() {}

    /** Up to {@code most} pieces run together, now and then any code point in place of a piece. */
    public static Gen<String> of(List<String> pieces, int most) {
        Gen<String> anyCodePoint = Generate.range(0, 0x10FFFF).map(cp -> Character.isSurrogate((char) (int) cp)
                && cp <= 0xFFFF ? "\uFFFD" : Character.toString(cp));
        Gen<String> piece = Generate.frequency(List.of(Pair.of(12, Generate.pick(pieces)), Pair.of(1, anyCodePoint)));
        return SourceDSL.lists().of(piece).ofSizeBetween(0, most).map(l -> String.join("", l));
    }

    /** Start, end and text of each match, as {@link Matcher#find()} gives them. */
    public static List<String> found(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    /** The same for the matches {@code starts} finds. */
    public static List<String> found(WordStarts starts, String text) {
        return starts.in(text).stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()).toList();
    }
}
