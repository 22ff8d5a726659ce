package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import news.explainer.model.Person;

/**
 * Someone referred to in a paragraph's own words (quotes blanked out): by name, by pronoun, or by role.
 *
 * @param start offset in the paragraph
 * @param named the person, for a name; empty for pronouns and roles, which are resolved in context
 * @param phrase the words as written
 * @param verbEnd where the speech verb right after it ends ({@code Peskov said}), or -1 when it is not speaking
 */
record Mention(int start, int end, Kind kind, Optional<Person> named, String phrase, boolean possessive,
        int verbEnd) {

    enum Kind { NAME, PRONOUN, ROLE }

    boolean speaking() {
        return verbEnd >= 0;
    }

    static List<Mention> in(String masked, Cast cast) {
        List<Mention> out = new ArrayList<>();
        if (cast.spellings() != null) {
            for (SpellingScanner.Hit m : cast.spellings().find(masked)) {
                boolean possessive = Cast.isPossessive(masked.substring(m.start(),
                        Math.min(masked.length(), m.end() + 2)));
                out.add(of(masked, m.start(), m.end(), Kind.NAME,
                        cast.spelled(masked.substring(m.start(), m.end())), possessive));
            }
        }
        for (MatchResult p : Lexicon.PRONOUNS.in(masked)) {
            out.add(of(masked, p.start(), p.end(), Kind.PRONOUN, Optional.empty(), false));
        }
        for (MatchResult r : Lexicon.ROLE_PHRASES.in(masked)) {
            if (out.stream().noneMatch(o -> o.start() < r.end() && r.start() < o.end())) {
                out.add(of(masked, r.start(), r.end(), Kind.ROLE, Optional.empty(), false));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static Mention of(String text, int start, int end, Kind kind, Optional<Person> named, boolean poss) {
        Matcher verb = Lexicon.SPEAKS.matcher(text).region(end, text.length());
        int verbEnd = !poss && verb.lookingAt() ? verb.end() : -1;
        return new Mention(start, end, kind, named, text.substring(start, end), poss, verbEnd);
    }
}
