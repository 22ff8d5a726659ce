package news.explainer.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Edit distance, for "did you mean" hints on misspelt keys and ids. */
public final class Similarity {
    private Similarity() {}

    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The hint under an "unknown name" message: {@code did you mean 'x'?} when a known name is close, otherwise
     * the list of known names, introduced by {@code listLabel} ("known sources: a, b").
     */
    public static String didYouMean(String name, Collection<String> known, String listLabel) {
        String list = known.stream().sorted().collect(java.util.stream.Collectors.joining(", "));
        return nearest(name, known).map(k -> "did you mean '" + k + "'? " + listLabel + ": " + list)
                .orElse(listLabel + ": " + list);
    }

    /** The known name closest to {@code name}, when it is close enough to be a likely typo. */
    public static Optional<String> nearest(String name, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String k) -> editDistance(name, k)).thenComparing(k -> k))
                .filter(k -> editDistance(name, k) <= Math.max(2, name.length() / 3));
    }
}
