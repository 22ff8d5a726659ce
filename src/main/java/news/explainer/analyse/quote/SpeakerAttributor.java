package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import news.explainer.model.Block;
import news.explainer.model.Person;

/**
 * Says who spoke each quote, from the words around it. The rules, in order:
 *
 * <ol>
 *   <li>a frame right after the quote: {@code “…,” Trump said}, {@code “…,” he added},
 *       {@code “…,” the Ukrainian leader said}, {@code “…,” said Trump}. A frame whose subject is nobody we know
 *       ({@code “…,” a spokesperson said in an email}) leaves the quote unattributed and stops there;</li>
 *   <li>someone speaking earlier in the same sentence: {@code the US president said: “…”},
 *       {@code Zelenskyy said that Trump’s request to Putin was “…”}, {@code Peskov offered no clarification, “…”};</li>
 *   <li>the sentence's first named person, when a speech verb stands between them and the quote:
 *       {@code Steve Witkoff also appeared confident of a truce and told AFP, "…"};</li>
 *   <li>a quote that opens a sentence right after another quote's frame continues it:
 *       {@code “…,” he said. “And I think …”}.</li>
 * </ol>
 *
 * Pronouns ({@code he}, {@code she}) mean the last person seen speaking within the last two paragraphs; roles
 * ({@code the US president}) mean the one person whose role fits. Anything less certain is left unattributed.
 */
final class SpeakerAttributor {
    private static final Pattern VERB_WORD = Pattern.compile("\\b(?:" + Lexicon.VERBS + ")\\b");
    /** Compiled once: {@code String.replaceAll} compiled it for each of the up to eight words after every quote. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?]+$");
    private static final Set<String> NOT_SUBJECTS =
            Set.of("and", "but", "that", "which", "who", "as", "while", "when", "so", "because", "if", "or");
    private static final Set<String> ABBREVIATIONS =
            Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "St", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov",
                    "Dec", "No", "U.S", "U.K", "vs");

    private final Cast cast;

    SpeakerAttributor(Cast cast) {
        this.cast = cast;
    }

    List<Optional<Person>> attribute(List<Block> blocks, List<QuoteExtractor.Found> quotes) {
        return new Run(blocks, quotes).attribute();
    }

    /** One article's attribution, with the state pronouns need. */
    private final class Run {
        private final List<Block> blocks;
        private final List<QuoteExtractor.Found> quotes;
        private final List<String> masked = new ArrayList<>();
        private final List<List<Mention>> mentions = new ArrayList<>();
        private final List<Optional<Person>> speakers = new ArrayList<>();
        private final java.util.Map<Mention, Optional<Person>> resolved = new java.util.IdentityHashMap<>();
        private Person lastSpeaker;
        private int lastSpeakerBlock = -10;

        Run(List<Block> blocks, List<QuoteExtractor.Found> quotes) {
            this.blocks = blocks;
            this.quotes = quotes;
            // A paragraph's mentions count where a quote begins or ends, and elsewhere only when one is speaking.
            boolean[] framed = new boolean[blocks.size()];
            for (QuoteExtractor.Found quote : quotes) {
                framed[quote.firstBlock()] = true;
                framed[quote.lastBlock()] = true;
            }
            for (String text : Masked.all(blocks, quotes)) {
                mentions.add(framed[masked.size()] || Lexicon.maySpeak(text) ? Mention.in(text, cast) : List.of());
                masked.add(text);
            }
        }

        List<Optional<Person>> attribute() {
            int q = 0;
            for (int block = 0; block < blocks.size(); block++) {
                final int b = block;
                int base = blocks.get(b).start();
                for (Mention m : mentions.get(b)) {
                    while (q < quotes.size() && quotes.get(q).firstBlock() == b && quotes.get(q).open() - base < m.start()) {
                        attributeNext(q++);
                    }
                    if (m.speaking()) {
                        Optional<Person> who = resolve(m, b);
                        resolved.put(m, who);
                        who.ifPresent(p -> heard(p, b));
                    }
                }
                while (q < quotes.size() && quotes.get(q).firstBlock() == b) {
                    attributeNext(q++);
                }
            }
            return speakers;
        }

        private void attributeNext(int q) {
            Optional<Person> who = speakerOf(q);
            speakers.add(who);
            who.ifPresent(p -> heard(p, quotes.get(q).lastBlock()));
        }

        private void heard(Person p, int block) {
            lastSpeaker = p;
            lastSpeakerBlock = block;
        }

        private Optional<Person> speakerOf(int q) {
            QuoteExtractor.Found quote = quotes.get(q);
            Optional<Optional<Person>> after = afterFrame(quote);
            if (after.isPresent()) {
                return after.get();
            }
            int b = quote.firstBlock();
            String text = masked.get(b);
            int open = quote.open() - blocks.get(b).start();
            int sentence = sentenceStart(text, open);
            Optional<Mention> speaking = mentions.get(b).stream()
                    .filter(m -> m.speaking() && m.start() >= sentence && m.verbEnd() <= open)
                    .reduce((first, second) -> second);
            if (speaking.isPresent()) {
                return resolved.getOrDefault(speaking.get(), Optional.empty());
            }
            Optional<Mention> subject = mentions.get(b).stream()
                    .filter(m -> m.kind() == Mention.Kind.NAME && !m.possessive() && m.start() >= sentence
                            && m.end() < open)
                    .findFirst();
            if (subject.isPresent() && VERB_WORD.matcher(text.substring(subject.get().end(), open)).find()) {
                return subject.get().named();
            }
            return continuation(q, text, sentence, open);
        }

        private Optional<Person> continuation(int q, String text, int sentence, int open) {
            if (q == 0 || !text.substring(sentence, open).isBlank()) {
                return Optional.empty();
            }
            QuoteExtractor.Found previous = quotes.get(q - 1);
            int base = blocks.get(quotes.get(q).firstBlock()).start();
            if (previous.lastBlock() != quotes.get(q).firstBlock() || speakers.get(q - 1).isEmpty()) {
                return Optional.empty();
            }
            String between = text.substring(previous.close() - base + 1, open);
            boolean shortFrame = between.trim().split("\\s+").length <= 12 && VERB_WORD.matcher(between).find();
            return shortFrame ? speakers.get(q - 1) : Optional.empty();
        }

        /**
         * The frame after a quote, when there is one: present-but-empty means a frame whose subject is nobody we
         * can name. After a quote that ends a sentence ({@code .”}) only {@code Trump said.} or
         * {@code Trump said, adding,} count, so that the next sentence's subject is not taken for the speaker.
         */
        private Optional<Optional<Person>> afterFrame(QuoteExtractor.Found quote) {
            int b = quote.lastBlock();
            String text = masked.get(b);
            int from = quote.close() - blocks.get(b).start() + 1;
            if (from >= text.length()) {
                return Optional.empty();
            }
            boolean endsSentence = from - 2 >= 0 && ".!?".indexOf(lastWordChar(quote)) >= 0;
            int i = from;
            int subjectStart = -1;
            for (int words = 0; words < 8; words++) {
                while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || (words == 0 && text.charAt(i) == ','))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (start == i) {
                    return Optional.empty();
                }
                String token = text.substring(start, i);
                String word = TRAILING_PUNCTUATION.matcher(token).replaceAll("");
                boolean punctuated = !word.equals(token);
                if (word.indexOf(Masked.BLANK) >= 0 || word.isEmpty()) {
                    return Optional.empty();
                }
                if (Lexicon.VERB.matcher(word).matches()) {
                    if (endsSentence && !punctuated && i < text.length()) {
                        return Optional.empty();
                    }
                    return Optional.of(subjectStart < 0 ? invertedSubject(b, i) : subject(b, subjectStart, start));
                }
                if (subjectStart < 0) {
                    if (NOT_SUBJECTS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                        return Optional.empty();
                    }
                    subjectStart = start;
                }
                if (punctuated) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private char lastWordChar(QuoteExtractor.Found quote) {
            String words = quote.start() < quote.end() ? textOf(quote) : " ";
            int i = words.length() - 1;
            while (i > 0 && "’‘'\"”)".indexOf(words.charAt(i)) >= 0) {
                i--;
            }
            return words.charAt(i);
        }

        private String textOf(QuoteExtractor.Found quote) {
            Block last = blocks.get(quote.lastBlock());
            int from = Math.max(quote.start(), last.start()) - last.start();
            return last.text().substring(from, quote.end() - last.start());
        }

        /** {@code “…,” said Trump}: the mention right after the verb. */
        private Optional<Person> invertedSubject(int b, int verbEnd) {
            return mentions.get(b).stream()
                    .filter(m -> m.start() > verbEnd && m.start() <= verbEnd + 1 && m.kind() == Mention.Kind.NAME)
                    .findFirst().flatMap(Mention::named);
        }

        /** The subject of an after-frame: its last name, else a pronoun or a role. */
        private Optional<Person> subject(int b, int from, int to) {
            List<Mention> in = mentions.get(b).stream().filter(m -> m.start() >= from && m.end() <= to).toList();
            Optional<Mention> name = in.stream().filter(m -> m.kind() == Mention.Kind.NAME && !m.possessive())
                    .reduce((first, second) -> second);
            if (name.isPresent()) {
                return name.get().named();
            }
            return in.stream().filter(m -> m.kind() != Mention.Kind.NAME).findFirst().flatMap(m -> resolve(m, b));
        }

        private Optional<Person> resolve(Mention m, int block) {
            return switch (m.kind()) {
                case NAME -> m.named();
                case ROLE -> cast.byRole(m.phrase());
                case PRONOUN -> block - lastSpeakerBlock <= 2 ? Optional.ofNullable(lastSpeaker) : Optional.empty();
            };
        }
    }

    /** Where the sentence holding {@code pos} starts: after {@code . ! ?} (and closing marks), a space, a capital. */
    static int sentenceStart(String text, int pos) {
        for (int k = Math.min(pos, text.length() - 1); k > 0; k--) {
            if (startsSentence(text, k)) {
                return k;
            }
        }
        return 0;
    }

    private static boolean startsSentence(String text, int k) {
        char c = text.charAt(k);
        if (!Character.isUpperCase(c) && c != Masked.BLANK && c != '“' && c != '"') {
            return false;
        }
        int p = k - 1;
        if (p < 0 || !Character.isWhitespace(text.charAt(p))) {
            return false;
        }
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        int blanks = 0; // a blanked quote keeps its final stop, then at most its closing marks: .§§
        while (p >= 0 && ("”’\"')".indexOf(text.charAt(p)) >= 0 || text.charAt(p) == Masked.BLANK && blanks++ < 3)) {
            p--;
        }
        if (p < 0 || ".!?".indexOf(text.charAt(p)) < 0) {
            return false;
        }
        int w = p;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, p);
        return !ABBREVIATIONS.contains(word) && !(word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }
}
