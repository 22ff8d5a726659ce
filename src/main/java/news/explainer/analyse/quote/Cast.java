package news.explainer.analyse.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.explainer.concurrent.AcrossCores;
import news.explainer.model.Article;
import news.explainer.model.Person;

/**
 * Everyone who may speak: the people files, plus people the articles name right before a speech verb
 * ({@code Kremlin spokesman Dmitry Peskov said}), so that attribution works with no people files at all.
 * Spellings are whole words: full names, aliases, and surnames when only one person has that surname.
 *
 * <p>A person is one id. A name in the text that differs from a person's only in accents, case or punctuation
 * ({@code Ana Kovac} for the person file's {@code Ana Kovač}) is a further spelling of that person, not a second
 * person with the same id: two would share one page anchor and split one speaker's quotes (see {@link #id}). A
 * name that would be either of two people is neither's.
 */
final class Cast {
    private final List<Person> known;
    /** The names found in the text, by id (a second spelling of a name is its alias): what equality compares. */
    private final TreeMap<String, Person> fromText;
    /** Those of them that are nobody known. */
    private final List<Person> textOnly;
    private final Map<String, Person> bySpelling;
    private final SpellingScanner spellings;
    private int hash;

    private Cast(List<Person> known, TreeMap<String, Person> fromText, Set<String> knownWords) {
        this.known = List.copyOf(known);
        this.fromText = fromText;
        // Known people by id and by each spelling's id; an id two people share is neither's.
        Map<String, Optional<Person>> knownById = new LinkedHashMap<>();
        for (Person p : this.known) {
            List<String> keys = new ArrayList<>(List.of(p.id()));
            p.spellings().forEach(s -> keys.add(id(s)));
            keys.forEach(k -> knownById.merge(k, Optional.of(p), (a, b) -> a.equals(b) ? a : Optional.empty()));
        }
        Map<Person, List<String>> alsoSpelled = new LinkedHashMap<>();
        List<Person> unknown = new ArrayList<>();
        fromText.forEach((id, p) -> {
            Optional<Person> same = knownById.get(id);
            if (same == null) {
                // A name with a known word that is nobody known stays that word's person, as before.
                if (!isKnown(p.name(), knownWords)) {
                    unknown.add(p);
                }
            } else { // a known person's further spelling; or, if two people could have it, nobody's
                same.ifPresent(person -> alsoSpelled.computeIfAbsent(person, k -> new ArrayList<>())
                        .addAll(p.spellings()));
            }
        });
        this.textOnly = List.copyOf(unknown);
        this.bySpelling = spellingsOf(everyone(), alsoSpelled);
        this.spellings = bySpelling.isEmpty() ? null : new SpellingScanner(bySpelling.keySet());
    }

    static Cast of(List<Person> known, List<Article> articles, List<List<QuoteExtractor.Found>> quotes,
            QuoteMemo memo) {
        Set<String> knownWords = memo.spellings.get(Set.copyOf(spellingsOf(known, Map.of()).keySet()), same -> same);
        // Each article on its own core; the first article to name someone still gives their role, as in order.
        List<Map<String, Person>> perArticle = AcrossCores.map(articles.size(), a -> memo.names
                .get(new QuoteMemo.Named(articles.get(a).parsed(), quotes.get(a), knownWords), Cast::namesIn));
        TreeMap<String, Person> fromText = new TreeMap<>();
        perArticle.forEach(names -> names.forEach((id, person) -> fromText.merge(id, person, Cast::alsoSpelled)));
        return new Cast(known, fromText, knownWords);
    }

    private static Map<String, Person> namesIn(QuoteMemo.Named article) {
        Map<String, Person> names = new LinkedHashMap<>();
        for (String masked : Masked.all(article.article().textBlocks(), article.quotes())) {
            if (Lexicon.maySpeak(masked)) { // a name is kept only when it speaks
                collectNames(masked, article.knownSpellings(), names);
            }
        }
        return names;
    }

    /** Two casts with the same people give the same attributions: the preview keeps them while it stays so. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Cast cast && cast.hashCode() == hashCode()
                && cast.known.equals(known) && cast.fromText.equals(fromText);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * known.hashCode() + fromText.hashCode();
            hash = h;
        }
        return h;
    }

    private static void collectNames(String masked, Set<String> knownWords, Map<String, Person> into) {
        Matcher speaks = Lexicon.SPEAKS.matcher(masked); // one per paragraph: a region resets it for each run
        for (MatchResult run : capitalisedRuns(masked)) {
            if (!speaks.region(run.end(), masked.length()).lookingAt()) {
                continue;
            }
            String before = roleBefore(masked.substring(Math.max(0, run.start() - 60), run.start()));
            // A name with a known word is kept too: it may be a known name spelled without its accents.
            nameIn(run.group()).filter(n -> !knownWords.contains(n.name()))
                    .ifPresent(n -> into.merge(id(n.name()), new Person(id(n.name()), n.name(), List.of(),
                            (before + " " + n.role()).strip(), "", ""), Cast::alsoSpelled));
        }
    }

    /** One name found twice: the first spelling and role found stay, a different spelling becomes an alias. */
    private static Person alsoSpelled(Person first, Person again) {
        if (first.spellings().containsAll(again.spellings())) {
            return first;
        }
        List<String> aliases = new ArrayList<>(first.aliases());
        again.spellings().stream().filter(s -> !first.spellings().contains(s) && !aliases.contains(s))
                .forEach(aliases::add);
        return new Person(first.id(), first.name(), List.copyOf(aliases), first.role(), first.bio(),
                first.annotation());
    }

    /** {@code Kremlin aide} in {@code Kremlin aide Yury Ushakov}: a role in lower case, right before the name. */
    static final Pattern ROLE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}’'.-]*\\s+)?"
            + "(?:[\\p{L}’'.-]+\\s+)?(?i:" + Lexicon.ROLE_NOUNS + "))\\s+$");

    /**
     * The role right before a name, or "". The expression is tried only when the text, without the spaces and line
     * ends after it, ends with a role noun: it must, for the expression to match, and {@code find()} would try the
     * expression at each of the 60 characters first.
     */
    static String roleBefore(String text) {
        int end = text.length();
        while (end > 0 && isSpaceOrLineEnd(text.charAt(end - 1))) {
            end--;
        }
        if (end == text.length() || !endsWithRoleNoun(text, end)) {
            return "";
        }
        Matcher m = ROLE_BEFORE.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** {@code \s}, and the line ends that {@code $} may stand before. */
    private static boolean isSpaceOrLineEnd(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean endsWithRoleNoun(String text, int end) {
        for (String noun : Lexicon.ROLE_NOUN_LIST) {
            if (end >= noun.length() && text.regionMatches(true, end - noun.length(), noun, 0, noun.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The runs of capitalised words in a paragraph, as {@code CAPITALISED_RUN}'s {@code find()} gives them, but with
     * the expression tried only where an uppercase letter stands: {@code find()} tries it at every character, and
     * that was half the time of finding the names in the text.
     */
    static List<MatchResult> capitalisedRuns(String text) {
        List<MatchResult> runs = new ArrayList<>();
        Matcher run = Lexicon.CAPITALISED_RUN.matcher(text);
        for (int at = nextCapital(text, 0); at >= 0; at = nextCapital(text, at)) {
            run.region(at, text.length());
            if (run.lookingAt()) {
                runs.add(run.toMatchResult());
                at = run.end();
            } else {
                at++;
            }
        }
        return runs;
    }

    /** Where the next {@code \p{Lu}} starts at or after {@code from}, or -1; never inside a surrogate pair. */
    private static int nextCapital(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.getType(Character.isHighSurrogate(c)
                    ? text.codePointAt(i) : c) == Character.UPPERCASE_LETTER) {
                return i;
            }
        }
        return -1;
    }

    private record Name(String name, String role) {}

    /** {@code Trump’s Special Envoy Steve Witkoff} → Steve Witkoff, role Special Envoy; a lone word is no name. */
    private static Optional<Name> nameIn(String run) {
        List<String> words = new ArrayList<>(List.of(run.split(" ")));
        if (isPossessive(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        for (int i = words.size() - 2; i >= 0; i--) {
            if (isPossessive(words.get(i))) {
                words = new ArrayList<>(words.subList(i + 1, words.size()));
                break;
            }
        }
        List<String> role = new ArrayList<>();
        while (!words.isEmpty() && Lexicon.TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            role.add(words.remove(0));
        }
        if (words.size() < 2) {
            return Optional.empty();
        }
        List<String> name = words.subList(words.size() - 2, words.size());
        boolean plausible = name.stream().allMatch(w -> !Lexicon.NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
                && !w.equals(w.toUpperCase(Locale.ROOT)));
        role.removeIf(w -> Set.of("the", "but", "and").contains(w.toLowerCase(Locale.ROOT)));
        return plausible ? Optional.of(new Name(String.join(" ", name), String.join(" ", role))) : Optional.empty();
    }

    static boolean isPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s") || word.endsWith("s’") || word.endsWith("s'");
    }

    private static boolean isKnown(String name, Set<String> knownWords) {
        return knownWords.contains(name) || List.of(name.split(" ")).stream().anyMatch(knownWords::contains);
    }

    /**
     * Every spelling that means one person only; a surname two people share means neither. {@code alsoSpelled}
     * gives people further spellings found in the text.
     */
    private static Map<String, Person> spellingsOf(List<Person> people, Map<Person, List<String>> alsoSpelled) {
        Map<String, Person> full = new LinkedHashMap<>();
        Map<String, Set<String>> surnames = new TreeMap<>();
        Map<String, Person> byId = new TreeMap<>();
        for (Person p : people) {
            byId.put(p.id(), p);
            List<String> spellings = new ArrayList<>(p.spellings());
            spellings.addAll(alsoSpelled.getOrDefault(p, List.of()));
            for (String spelling : spellings) {
                full.putIfAbsent(spelling, p);
                String[] words = spelling.split(" ");
                surnames.computeIfAbsent(words[words.length - 1], k -> new HashSet<>()).add(p.id());
            }
        }
        surnames.forEach((surname, ids) -> {
            if (ids.size() == 1) {
                full.putIfAbsent(surname, byId.get(ids.iterator().next()));
            }
        });
        return full;
    }

    List<Person> everyone() {
        List<Person> all = new ArrayList<>(known);
        all.addAll(textOnly);
        return all;
    }

    List<Person> known() {
        return known;
    }

    Optional<Person> byId(String id) {
        return everyone().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    Optional<Person> spelled(String spelling) {
        return Optional.ofNullable(bySpelling.get(spelling));
    }

    /** Whole-word occurrences of any spelling; null when nobody is known. */
    SpellingScanner spellings() {
        return spellings;
    }

    /**
     * The one person whose role has every word of the phrase: {@code the US president} is the President of the
     * United States; {@code the Ukrainian leader} the President of Ukraine. Two candidates, or none, is no answer.
     */
    Optional<Person> byRole(String phrase) {
        List<String> wanted = roleWords(phrase);
        List<Person> matches = everyone().stream()
                .filter(p -> !p.role().isBlank() && hasAll(roleWords(p.role()), wanted)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static boolean hasAll(List<String> role, List<String> wanted) {
        return wanted.stream().allMatch(w -> w.equals("leader")
                ? role.stream().anyMatch(r -> Set.of("president", "leader", "chancellor", "prime").contains(r))
                : role.contains(w));
    }

    private static List<String> roleWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace("u.s.", "us").split("[^\\p{L}]+")) {
            switch (w) {
                case "", "the", "of", "a", "an" -> { }
                case "us", "american" -> out.addAll(List.of("united", "states"));
                case "uk", "british" -> out.addAll(List.of("united", "kingdom"));
                case "ukrainian" -> out.add("ukraine");
                case "russian" -> out.add("russia");
                case "spokesperson", "spokeswoman" -> out.add("spokesman");
                default -> out.add(w);
            }
        }
        return out;
    }

    /**
     * The id of a name, and what two names are compared by: accents, case and punctuation dropped, the letters and
     * digits of any script kept ({@code Ana Kovač} and {@code Ana Kovac} are {@code ana-kovac}; a name in Cyrillic
     * keeps its letters, where an id of a-z alone would be empty for every such name). Accents are what Unicode
     * writes as marks on a letter ({@code č}, {@code é}, and the breve of {@code й} too); {@code ł} and {@code ø}
     * are letters of their own.
     */
    static String id(String name) {
        // An apostrophe inside a word is dropped, not a break: O'Brien, O’Brien and OBrien are one name.
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("(?<=\\p{L})['’](?=\\p{L})", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
