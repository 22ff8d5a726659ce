package news.explainer.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of hostile text: pieces of real news copy and of front matter, odd Unicode, and the real content files
 * mutated (cut, doubled, spliced with pieces). Real files as seeds reach the parser's deep branches; the pieces and
 * odd characters reach the places nobody thought of.
 */
final class Inputs {
    /** Bits of the things the article parser and the quote stage look for. */
    private static final List<String> NEWS = List.of(
            "Trump", "Putin", "Zelensky", "Kremlin", " said", " told reporters", "He", "she", "the", "week", "Kyiv",
            " ", " ", "  ", "\n", "\n", "\n\n", "\r\n", "\t", "\u00A0", ".", ",", ":", ";", "?", "!", "…", "—", "–", "-",
            "“", "”", "\"", "\"", "‘", "’", "'", "″", "(", ")", "[", "]",
            "date 2026-01-30", " date 2026-01-30 ", "date\t2026-01-30", "date  2026-13-45", "date 2026-01-30The",
            "By Donald Judd, CNN", "By ", "Yuliya TalmazanJanuary 31, 2026 at 1:02 AM", "January 29, 2026",
            "(AP Photo/Evan Vucci)", "(via REUTERS)", "(Jose Colon / Anadolu via Getty Images) (Jose Colon)",
            "Related", "Read More", "Source: “AOL Breaking”", "The-CNN-Wire", "©", "All rights reserved",
            "contributed to this report.", "Advertisement", "12", "Jan.", "Mr.", "U.S.", "winter.Temperatures",
            "cold.”He", "that”.“A", "Talks to resume on Sunday", "“I personally asked President Putin,” Trump said.",
            "said Peskov: “No comment.”", "•", "- ", "* ");

    /** Characters that have broken parsers elsewhere: marks, bidi controls, zero-width, BOM, astral, controls. */
    private static final List<String> ODD = List.of(
            "\uFEFF", "\u200B", "\u200C", "\u200D", "\u2060", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
            "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u0301", "\u0308", "\u0336", "e\u0301",
            "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\r", "\u0000", "\u001B[31m", "😀", "👍🏽", "𝐓𝐫𝐮𝐦𝐩",
            "\uD83C\uDDFA\uD83C\uDDE6", "ǅ", "İ", "ß", "ﬁ", "Ⅻ", "٣", "‐", "＂", "«", "»", "„", "‚", "‹", "›",
            "<script>alert(1)</script>", "&amp;", "${x}", "<#if>", "%s", "\\", "\\u0000");

    /** Bits of YAML front matter, valid and broken. */
    private static final List<String> YAML = List.of(
            "---", "---\n", "\n---\n", "...", "\n", "\r\n", " ", "  ", "\t", "- ", "-", ":", ": ", "#", "# note",
            "file: ", "outlet: ", "name: ", "aliases: ", "role: ", "title: ", "summary: ", "question: ", "answers:",
            "article: ", "evidence:", "status: ", "date: ", "time: ", "published: ", "window:", "start: ", "end: ",
            "sources:", "subheadings:", "figures: []", "background: true", "outletNamed: maybe", "short: ",
            "2026-01-29", "29/01/2026", "17:30", "25:99", "cnn", "004_e58917d5e258b20f.txt", "\"", "'", "“", "”",
            "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!!binary ", "|", ">", "? ", "%YAML 1.2", "~", "null",
            "true", "0x1F", "1e400", "<<: *a", "\\",
            "\n  - ", "\n- ", "[~]", "[~, x]", "- ~\n", "{}", "[]", "\n  ");

    private Inputs() {}

    /** Text made of news pieces and odd characters, up to a few hundred pieces long. */
    static Gen<String> newsText() {
        return pieces(NEWS, 300);
    }

    /** Text made of front-matter pieces, news pieces and odd characters. */
    static Gen<String> frontMatterText() {
        Gen<String> yaml = Generate.pick(YAML);
        Gen<String> piece = Generate.frequency(List.of(
                Pair.of(6, yaml), Pair.of(2, Generate.pick(NEWS)), Pair.of(1, Generate.pick(ODD)),
                Pair.of(1, anyCodePoint())));
        return SourceDSL.lists().of(piece).ofSizeBetween(0, 120).map(l -> String.join("", l));
    }

    /** A real article, mutated a few times. */
    static Gen<String> mutatedArticle() {
        return mutated(seeds("content/articles", ".txt"));
    }

    /** A real annotation (story, source, person, comparison, timeline entry), mutated a few times. */
    static Gen<String> mutatedAnnotation() {
        return mutated(seeds("content", ".md"));
    }

    /** A real article mutated, or text made of pieces: the mix every article property runs on. */
    static Gen<String> anyArticle() {
        return Generate.frequency(List.of(Pair.of(1, newsText()), Pair.of(1, mutatedArticle())));
    }

    /** A real annotation mutated, or text made of front-matter pieces. */
    static Gen<String> anyAnnotation() {
        return Generate.frequency(List.of(Pair.of(1, frontMatterText()), Pair.of(1, mutatedAnnotation())));
    }

    /** Bytes: text in UTF-8 with, now and then, bytes that are not UTF-8 or a byte-order mark spliced in. */
    static Gen<byte[]> bytes() {
        Gen<Integer> where = Generate.range(0, 10_000);
        Gen<Integer> badByte = Generate.range(0x80, 0xFF);
        Gen<List<Integer>> edits = SourceDSL.lists().of(where.zip(badByte, (w, b) -> w * 256 + b)).ofSizeBetween(0, 3);
        return Generate.frequency(List.of(Pair.of(1, newsText()), Pair.of(1, mutatedArticle())))
                .zip(edits, Generate.booleans(), Inputs::spliceBytes);
    }

    private static byte[] spliceBytes(String text, List<Integer> edits, boolean bom) {
        byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        for (int edit : edits) {
            int at = bytes.length == 0 ? 0 : (edit / 256) % (bytes.length + 1);
            byte[] out = new byte[bytes.length + 1];
            System.arraycopy(bytes, 0, out, 0, at);
            out[at] = (byte) (edit % 256);
            System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
            bytes = out;
        }
        return bytes;
    }

    private static Gen<String> pieces(List<String> vocabulary, int maxPieces) {
        Gen<String> piece = Generate.frequency(List.of(
                Pair.of(8, Generate.pick(vocabulary)), Pair.of(2, Generate.pick(ODD)), Pair.of(1, anyCodePoint())));
        return SourceDSL.lists().of(piece).ofSizeBetween(0, maxPieces).map(l -> String.join("", l));
    }

    /** Any Unicode scalar value: no lone surrogates, since text read from a UTF-8 file never has them. */
    private static Gen<String> anyCodePoint() {
        return Generate.range(0, 0x10FFFF).map(cp -> Character.isSurrogate((char) (int) cp) && cp <= 0xFFFF
                ? "\uFFFD" : Character.toString(cp));
    }

    /** Up to six edits of a seed: a stretch cut, doubled or moved, a piece spliced in, line endings changed. */
    private static Gen<String> mutated(List<String> seeds) {
        Gen<String> seed = Generate.pick(seeds);
        Gen<Mutation> mutation = Generate.range(0, 6).zip(Generate.range(0, 1_000_000), Generate.range(0, 400),
                Generate.frequency(List.of(Pair.of(3, Generate.pick(NEWS)), Pair.of(2, Generate.pick(YAML)),
                        Pair.of(1, Generate.pick(ODD)), Pair.of(1, anyCodePoint()))),
                Mutation::new);
        return seed.zip(SourceDSL.lists().of(mutation).ofSizeBetween(0, 6), (text, edits) -> {
            String out = text;
            for (Mutation m : edits) {
                out = m.apply(out);
            }
            return out;
        });
    }

    /** One edit of a text, at a place given as a fraction of its length (so it fits any text). */
    private record Mutation(int kind, int place, int length, String piece) {
        String apply(String text) {
            int at = (int) ((long) place * text.length() / 1_000_000);
            int to = Math.min(text.length(), at + length);
            at = safe(text, at);
            to = safe(text, to);
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(to);
                case 1 -> text.substring(0, to) + text.substring(at, to) + text.substring(to);
                case 2 -> text.substring(0, at) + piece + text.substring(at);
                case 3 -> text.substring(0, at) + piece + text.substring(to);
                case 4 -> text.replace("\n", "\r\n");
                case 5 -> blankValue(text, at);
                default -> text.substring(at, to) + text.substring(0, at) + text.substring(to);
            };
        }

        /** An editor's slip: the value after {@code key:} or {@code - } on the line at {@code at} left out. */
        private static String blankValue(String text, int at) {
            int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            int marker = line.startsWith("  - ") || line.startsWith("- ") ? line.indexOf("- ") + 1 : line.indexOf(": ");
            return marker < 0 ? text : text.substring(0, start + marker + 1) + text.substring(end);
        }

        /** Never cut a surrogate pair in two: a UTF-8 file cannot hold half a character. */
        private static int safe(String text, int i) {
            return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
        }
    }

    static List<String> seeds(String dir, String extension) {
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            return walk.filter(p -> p.toString().endsWith(extension)).filter(p -> !p.endsWith("README.md")).sorted()
                    .map(Inputs::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
