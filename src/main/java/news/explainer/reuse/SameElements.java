package news.explainer.reuse;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Two lists a memo's key holds, compared the cheap way: the same list, or pairs each the same object (what an
 * earlier step reused) or else equal. After an edit of one article, a list of a hundred thousand is compared by its
 * references but for the one or two new objects.
 */
public final class SameElements {
    private SameElements() {}

    /** Pairs each the same object or equal. */
    public static <T> boolean in(List<T> a, List<T> b) {
        return in(a, b, Object::equals);
    }

    /**
     * Pairs each the same object or, by {@code equal}, equal. Each caller's test is passed in rather than written into
     * the loop: the loop runs over thousands of elements of which one or two differ, and with the article comparison
     * written into it, compiling it took the optimising compiler a third of a second, three times over, while an
     * editor waited for the first rebuilds. (Several callers' tests share this loop, so the compiler does not inline
     * any one of them into it.)
     */
    public static <T> boolean in(List<T> a, List<T> b, BiPredicate<? super T, ? super T> equal) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            T x = a.get(i);
            T y = b.get(i);
            if (x != y && !equal.test(x, y)) {
                return false;
            }
        }
        return true;
    }
}
