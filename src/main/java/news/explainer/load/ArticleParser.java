package news.explainer.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.explainer.model.Block;
import news.explainer.model.BlockRole;
import news.explainer.model.ParsedArticle;

/**
 * Reads a plain-text article as saved from a news site, with all its mess, and says what each stretch of it is.
 * One parser for every file: nothing here knows which outlet a file came from. The text itself is never changed;
 * every block is a range of the original.
 */
public final class ArticleParser {
    /**
     * {@code " date 2026-01-30 The Kremlin on Friday said…"}: a header, sometimes run into the first paragraph.
     * Group 1 is the whole header as written (any run of blanks after {@code date}), group 2 the date.
     */
    private static final Pattern DATE_HEADER =
            Pattern.compile("\\A[ \\t\\u00A0]*(date[ \\t]+(\\d{4}-\\d{2}-\\d{2}))[ \\t\\u00A0]*");

    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /** {@code Yuliya TalmazanJanuary 31, 2026 at 1:02 AM}: a byline with its date glued on. */
    private static final Pattern FUSED_BYLINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’ -]*?\\p{Ll})(" + MONTH + " \\d{1,2}, \\d{4}(?: at \\d{1,2}:\\d{2} ?[AP]M)?)$");

    /** {@code By Donald Judd, Kevin Liptak, Hira Humayun, CNN}. */
    private static final Pattern BY_LINE = Pattern.compile("^By (\\p{Lu}[^.!?]{1,200})$");

    /**
     * A photo credit in brackets, sometimes followed by the photographer's name again:
     * {@code (AP Photo/Evan Vucci)}, {@code (via REUTERS)},
     * {@code (Jose Colon / Anadolu via Getty Images) (Jose Colon)}.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "\\((?=[^()]{0,160}\\b(?:Photo|Getty|REUTERS|Reuters|AFP|Images|POOL|Pool|EPA|Shutterstock|Alamy|via)\\b)"
                    + "[^()]{1,160}\\)(?:[ \\t\\u00A0]*\\((?:\\p{Lu}[\\p{L}.'’-]*[ \\u00A0]?){1,4}\\))?");

    /**
     * Page furniture that is not the story: related links, trailers, copyright and contributor lines. Every kind has
     * a clue, text that every line of that kind starts with, ends with or holds: a plain test for it is much cheaper
     * than running the expression over every line of every article (making its matcher alone was about a seventh
     * of the parsing), and rules the expression out for almost all of them.
     */
    static final List<Furniture> BOILERPLATE = List.of(
            Furniture.startingWith("Related", "^Related\\b"),
            Furniture.endingWith("Read More", "\\bRead More$"),
            Furniture.startingWith("Source:", "^Source:\\s*\\S.{0,80}$"),
            Furniture.startingWith("The-", "^The-\\p{L}+-Wire$"),
            Furniture.holding("©", "©"),
            Furniture.holding("All rights reserved", "\\bAll rights reserved\\b"),
            Furniture.holding("contributed to this report", "\\bcontributed to this report\\.?$"),
            Furniture.startingWithDigit("^\\d{1,3}$"),
            Furniture.wholeLine(List.of("Advertisement", "ADVERTISEMENT", "Share", "Comments")));

    record Furniture(Predicate<String> clue, Pattern pattern) {
        static Furniture startingWith(String clue, String expression) {
            return new Furniture(line -> line.startsWith(clue), Pattern.compile(expression));
        }

        /** Where the expression ends with {@code clue$}: {@code $} may also stand before a last line end. */
        static Furniture endingWith(String clue, String expression) {
            return new Furniture(line -> line.endsWith(clue) || withoutLastLineEnd(line).endsWith(clue),
                    Pattern.compile(expression));
        }

        private static String withoutLastLineEnd(String line) {
            if (line.endsWith("\r\n")) {
                return line.substring(0, line.length() - 2);
            }
            boolean lineEnd = !line.isEmpty() && "\n\r\u0085\u2028\u2029".indexOf(line.charAt(line.length() - 1)) >= 0;
            return lineEnd ? line.substring(0, line.length() - 1) : line;
        }

        static Furniture holding(String clue, String expression) {
            return new Furniture(line -> line.contains(clue), Pattern.compile(expression));
        }

        /** A line that is one of these words and nothing else; each word is also its own clue. */
        static Furniture wholeLine(List<String> words) {
            String expression = words.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")$"));
            return new Furniture(line -> words.stream().anyMatch(line::startsWith), Pattern.compile(expression));
        }

        /** Where the expression starts with {@code ^\d}: an ASCII digit, as {@code \d} is without flags. */
        static Furniture startingWithDigit(String expression) {
            return new Furniture(line -> !line.isEmpty() && line.charAt(0) >= '0' && line.charAt(0) <= '9',
                    Pattern.compile(expression));
        }

        boolean matches(String line) {
            return clue.test(line) && pattern.matcher(line).find();
        }
    }

    /** What may stand before a repeated headline: dashes, bullets, and the blanks of {@code \s}. */
    private static final String TITLE_MARKS = "-–—•* \t\n\u000B\f\r";

    private static final int MAX_HEADLINE = 200;
    private static final int MAX_HEADING = 80;

    /** Parses with no editor-supplied subheadings. */
    public ParsedArticle parse(String text) {
        return parse(text, List.of());
    }

    /**
     * @param subheadings subheadings an editor named because the saved text ran them into the next paragraph
     *     ({@code Talks to resume on Sunday On Sunday, the US-aided peace talks…}); they are split off as headings
     */
    public ParsedArticle parse(String text, List<String> subheadings) {
        return new Run(text, subheadings).parse();
    }

    /** The state of one parse: the text, what was found so far and the blocks in order. */
    private static final class Run {
        private final String text;
        private final List<String> subheadings;
        private final List<Block> blocks = new ArrayList<>();
        private Optional<String> headline = Optional.empty();
        private Optional<LocalDate> headerDate = Optional.empty();
        private Optional<String> byline = Optional.empty();
        private Optional<String> bylineDate = Optional.empty();
        /** Where {@link #nextBracket} last found a bracket; -1 before the first search. */
        private int bracket = -1;

        Run(String text, List<String> subheadings) {
            this.text = text;
            this.subheadings = subheadings;
        }

        ParsedArticle parse() {
            int pos = readDateHeader();
            boolean firstLine = true;
            while (pos < text.length()) {
                int lineEnd = text.indexOf('\n', pos);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                int[] range = trim(pos, lineEnd);
                if (range[0] < range[1]) {
                    readLine(range[0], range[1], firstLine && headerDate.isEmpty());
                    firstLine = false;
                }
                pos = lineEnd + 1;
            }
            return new ParsedArticle(headline, headerDate, byline, bylineDate, List.copyOf(blocks));
        }

        private int readDateHeader() {
            Matcher m = DATE_HEADER.matcher(text);
            if (!m.find()) {
                return 0;
            }
            try {
                headerDate = Optional.of(LocalDate.parse(m.group(2)));
            } catch (DateTimeParseException e) {
                // "date 2026-13-45" is kept as a header all the same; the loader reports the missing date.
            }
            add(BlockRole.DATE_HEADER, m.start(1), m.end(1));
            return m.end();
        }

        private void readLine(int start, int end, boolean mayBeHeadline) {
            String line = clean(start, end);
            if (mayBeHeadline && isHeadlineLike(line)) {
                headline = Optional.of(line);
                add(BlockRole.HEADLINE, start, end);
            } else if (headline.isPresent() && isTitleRepeat(line, headline.get())) {
                add(BlockRole.BOILERPLATE, start, end);
            } else if (byline.isEmpty() && mayBeFusedByline(line) && isFusedByline(line)) {
                add(BlockRole.BYLINE, start, end);
            } else if (byline.isEmpty() && line.startsWith("By ") && isByline(line)) {
                add(BlockRole.BYLINE, start, end);
            } else if (isHeadingLike(line) && !isBoilerplate(line)) {
                add(BlockRole.HEADING, start, end);
            } else {
                readParagraphs(start, end);
            }
        }

        /** True, with the byline and its date kept, for {@code Ines ValdezMarch 3, 2026 at 1:02 AM}. */
        private boolean isFusedByline(String line) {
            Matcher fused = FUSED_BYLINE.matcher(line);
            if (!fused.matches()) {
                return false;
            }
            byline = Optional.of(fused.group(1).strip());
            bylineDate = Optional.of(fused.group(2));
            return true;
        }

        /** True, with the byline kept, for {@code By A and B}. */
        private boolean isByline(String line) {
            Matcher by = BY_LINE.matcher(line);
            if (!by.matches()) {
                return false;
            }
            byline = Optional.of(by.group(1).strip());
            return true;
        }

        /** Splits a line into paragraphs and captions at photo credits and at sentences glued together. */
        private void readParagraphs(int start, int end) {
            int cursor = start;
            // Every credit opens a bracket: most paragraphs have none, and need neither a search for the expression
            // nor a matcher.
            if (nextBracket(start) < end) {
                Matcher credit = CREDIT.matcher(text).region(start, end);
                while (credit.find()) {
                    int captionStart = Sentences.sentenceStartBefore(text, cursor, credit.start());
                    splitGlued(cursor, captionStart);
                    addTrimmed(BlockRole.CAPTION, captionStart, credit.end());
                    cursor = credit.end();
                }
            }
            splitGlued(cursor, end);
        }

        /**
         * The first bracket at or after {@code from}, or the text's length. Lines are read in order, so the search
         * resumes where the last one stopped: the text is searched once, not once per line to its end.
         */
        private int nextBracket(int from) {
            if (bracket < from) {
                int found = text.indexOf('(', from);
                bracket = found < 0 ? text.length() : found;
            }
            return bracket;
        }

        private void splitGlued(int start, int end) {
            int from = start;
            for (int p = start + 2; p < end; p++) {
                if (Sentences.isGluedStart(text, p, start)) {
                    addSegment(from, p);
                    from = p;
                }
            }
            addSegment(from, end);
        }

        private void addSegment(int start, int end) {
            int[] range = trim(start, end);
            if (range[0] >= range[1]) {
                return;
            }
            String segment = clean(range[0], range[1]);
            if (isBoilerplate(segment)) {
                add(BlockRole.BOILERPLATE, range[0], range[1], segment);
                return;
            }
            for (String heading : subheadings) {
                if (segment.startsWith(heading + " ") && segment.length() > heading.length() + 1) {
                    add(BlockRole.HEADING, range[0], range[0] + heading.length());
                    addTrimmed(BlockRole.PARAGRAPH, range[0] + heading.length(), range[1]);
                    return;
                }
            }
            add(BlockRole.PARAGRAPH, range[0], range[1], segment);
        }

        private void addTrimmed(BlockRole role, int start, int end) {
            int[] range = trim(start, end);
            if (range[0] < range[1]) {
                add(role, range[0], range[1]);
            }
        }

        private void add(BlockRole role, int start, int end) {
            add(role, start, end, clean(start, end));
        }

        /** A block whose cleaned text was made already. */
        private void add(BlockRole role, int start, int end, String cleaned) {
            blocks.add(new Block(role, start, end, cleaned));
        }

        private String clean(int start, int end) {
            return text.substring(start, end).replace('\u00A0', ' ');
        }

        private int[] trim(int start, int end) {
            while (start < end && Sentences.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && Sentences.isSpace(text.charAt(end - 1))) {
                end--;
            }
            return new int[] {start, end};
        }
    }

    /**
     * Whether the line ends as a fused byline must ({@code 2026} or {@code AM}): a paragraph ends otherwise, and is
     * then not tried against the expression, whose lazy name part is tried at every letter before it fails.
     */
    private static boolean mayBeFusedByline(String line) {
        char last = line.charAt(line.length() - 1);
        return last >= '0' && last <= '9' || last == 'M';
    }

    /**
     * The headline again after dashes, bullets or blanks ({@code - - headline}), as {@code ^[-–—•*\s]+} would strip
     * them ({@code \s} is ASCII's blanks), without compiling that expression for every line.
     */
    static boolean isTitleRepeat(String line, String headline) {
        int k = 0;
        while (k < line.length() && TITLE_MARKS.indexOf(line.charAt(k)) >= 0) {
            k++;
        }
        return k > 0 && line.length() - k == headline.length() && line.startsWith(headline, k);
    }

    private static boolean isHeadlineLike(String line) {
        return line.length() <= MAX_HEADLINE && !endsSentence(line) && !line.startsWith("By ");
    }

    private static boolean isHeadingLike(String line) {
        return line.length() <= MAX_HEADING
                && Character.isUpperCase(line.codePointAt(0))
                && !endsSentence(line)
                && line.split("\\s+").length <= 10;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?,;:\"”’)".indexOf(last) >= 0;
    }

    static boolean isBoilerplate(String segment) {
        for (Furniture kind : BOILERPLATE) { // a loop: asked of every paragraph of every article
            if (kind.matches(segment)) {
                return true;
            }
        }
        return false;
    }
}
