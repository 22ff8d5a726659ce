package news.explainer.reuse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Function;
import news.explainer.problem.Problem;
import news.explainer.problem.Problems;

/**
 * Results of one step kept from the previous build, keyed by the step's whole input, so that a rebuild after one
 * edit redoes the step only where its input changed. A result is kept with the problems its step reported, and a
 * reused result reports them again: the messages are those a fresh build would print. Safe to use from several
 * threads.
 *
 * <p>Keys must have an {@code equals} that holds only when the step would give the same result: records of
 * values, or objects the previous step itself reused (a reused {@code SourceText} is the same object, and one
 * that is read anew is not).
 *
 * <p>What a build did not ask for is forgotten in a sweep over everything kept, and only once it outnumbers what the
 * build asked for: a rebuild after one edit leaves a few results behind, and sweeping the tens of thousands kept
 * after each one took a tenth of the rebuild's time. A result left behind is still right for its key, so a later
 * build that asks for that key again may have it; it is never handed out without its key ({@link #again} and
 * {@link #keepAll} see only what the last build kept). So the memo holds at most twice as many results as one build
 * asked for; and since each result left behind holds the objects of the build that last asked for it, nothing is
 * left behind for more than {@link #LONGEST_KEPT_BEHIND} builds either.
 *
 * @param <K> the step's input
 * @param <V> the step's result
 */
public final class Memo<K, V> {
    private final boolean keeps;
    /** Whether results outlive the build that made them, or are forgotten when it ends. */
    private final boolean betweenBuilds;
    private final Function<K, Object> slot;
    /**
     * What was kept, each result stamped with the last build that asked for it. One map, not the last build's and
     * this one's: a result found is only stamped again, where copying it into a new map cost a second lookup and
     * an insertion for each of the thousands of results a rebuild reuses.
     */
    private final Map<Object, Kept<K, V>> kept = new ConcurrentHashMap<>();
    private volatile int build;
    /** How many results this build has asked for (or made): what a sweep would keep. */
    private final AtomicInteger asked = new AtomicInteger();
    /**
     * The build that last swept. A result left behind holds the objects of the build that last asked for it (a key
     * refers to that build's lists: all its quotes, its clusters), so results left behind by different builds hold
     * as many builds' worth of them; sweeping at least every {@link #LONGEST_KEPT_BEHIND} builds bounds that.
     */
    private int sweptIn;
    /** How many builds a result left behind may outlive the last build that asked for it, at most. */
    static final int LONGEST_KEPT_BEHIND = 16;

    private static final class Kept<K, V> {
        /**
         * The key of the last build that asked: a key found equal, not the same, replaces it. Keys hold the objects
         * of their build (an edited article's new object); keeping the first key would make every later build
         * compare the new object with the old one field by field, and after a hundred edits of a hundred articles,
         * every key would be compared the slow way. (A memo whose slot is the whole key finds it through the map,
         * which compares with the first key: the refresh helps the memos kept by slot.)
         */
        private volatile K key;
        private final V value;
        private final List<Problem> problems;
        /** The last build that asked for this result; builds running at once all write the same number. */
        private volatile int askedIn;
        @SuppressWarnings("rawtypes")
        private static final AtomicIntegerFieldUpdater<Kept> ASKED_IN =
                AtomicIntegerFieldUpdater.newUpdater(Kept.class, "askedIn");

        Kept(K key, V value, List<Problem> problems, int askedIn) {
            this.key = key;
            this.value = value;
            this.problems = problems;
            this.askedIn = askedIn;
        }

        /**
         * This result, now asked for by {@code build} with {@code asked} (null: the key is not at hand); true the first
         * time that build asks, on one thread only.
         */
        boolean askedIn(int build, K asked) {
            int last = askedIn;
            boolean first = last != build && ASKED_IN.compareAndSet(this, last, build);
            if (asked != null && key != asked) {
                key = asked;
            }
            return first;
        }
    }

    private Memo(boolean keeps, Function<K, Object> slot) {
        this(keeps, true, slot);
    }

    private Memo(boolean keeps, boolean betweenBuilds, Function<K, Object> slot) {
        this.keeps = keeps;
        this.betweenBuilds = betweenBuilds;
        this.slot = slot;
    }

    /**
     * A memo for one build only, forgotten when it ends: for a step that one build asks for more than once with the
     * same input (a quote's wordings compared for every page that shows the quote).
     */
    public static <K, V> Memo<K, V> withinOneBuild() {
        return new Memo<>(true, false, key -> key);
    }

    /** The same, one result per slot of the key (see {@link #keepingOnePer}), used only while the whole key is equal. */
    public static <K, V> Memo<K, V> withinOneBuildOnePer(Function<K, Object> slot) {
        return new Memo<>(true, false, slot);
    }

    /** A memo that keeps results from one build to the next: the preview's. */
    public static <K, V> Memo<K, V> keeping() {
        return new Memo<>(true, key -> key);
    }

    /**
     * A memo that keeps one result per slot ({@code slot} of the key: a page's path), used only while the whole key
     * is still equal. For keys whose hash costs as much as comparing them: comparing happens only on a hit.
     */
    public static <K, V> Memo<K, V> keepingOnePer(Function<K, Object> slot) {
        return new Memo<>(true, slot);
    }

    /**
     * A memo that finds a result only under the very key object it was made from: for keys an earlier memo hands back
     * as the same object while unchanged (a parsed article), whose hash would walk all they hold. An equal key that
     * is another object runs the step again.
     */
    public static <K, V> Memo<K, V> keepingSame() {
        return keepingOnePerSame(key -> key);
    }

    /**
     * A memo that keeps one result per object {@code part} of the key, by identity (the parsed article a key is
     * about), used only while the whole key is still equal.
     */
    public static <K, V> Memo<K, V> keepingOnePerSame(Function<K, Object> part) {
        return new Memo<>(true, key -> new Same(part.apply(key)));
    }

    /** A key compared by identity. */
    private record Same(Object key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }

    /**
     * A memo that keeps nothing and only runs the step: a one-off build, which would pay for hashing every key and
     * reuse nothing.
     */
    public static <K, V> Memo<K, V> off() {
        return new Memo<>(false, key -> key);
    }

    /** The step's result for this input: the one kept, or a new one, which is then kept. */
    public V get(K key, Problems problems, Function<Problems, V> step) {
        if (!keeps) {
            return step.apply(problems);
        }
        Object at = slot.apply(key);
        int now = build;
        Kept<K, V> found = kept.get(at);
        if (found == null || at != key && found.key != key && !found.key.equals(key)) {
            Problems reported = new Problems();
            found = new Kept<>(key, step.apply(reported), reported.list(), now);
            Kept<K, V> replaced = kept.put(at, found);
            if (replaced == null || replaced.askedIn != now) { // else this build's count has it already
                asked.incrementAndGet();
            }
        } else {
            stamp(found, now, key);
        }
        found.problems.forEach(problems::add);
        return found.value;
    }

    /** Stamps {@code found} as asked for by build {@code now}, counted once per build. */
    private void stamp(Kept<K, V> found, int now, K key) {
        if (found.askedIn(now, key)) {
            asked.incrementAndGet();
        }
    }

    /**
     * The result kept in {@code slot} from the last build, reported and kept again as if its key had been given,
     * for a caller that knows the input did not change without making the key (a file not read again); empty when
     * nothing is kept there, or when this memo keeps nothing.
     */
    public Optional<V> again(Object slot, Problems problems) {
        if (!keeps) {
            return Optional.empty();
        }
        Kept<K, V> found = kept.get(slot);
        int now = build;
        if (found == null || found.askedIn < now - 1) { // left behind by an earlier build: not what was last kept
            return Optional.empty();
        }
        stamp(found, now, null);
        found.problems.forEach(problems::add);
        return Optional.of(found.value);
    }

    /** The same, for a step that reports no problems. */
    public V get(K key, Function<K, V> step) {
        return get(key, new Problems(), found -> step.apply(key));
    }

    /**
     * How many results the last build kept (asked for, or made): what the preview holds between builds, apart from
     * what is left behind until the next sweep. Tests keep it bounded.
     */
    public int size() {
        int last = build - 1;
        return (int) kept.values().stream().filter(k -> k.askedIn == last).count();
    }

    /** Everything held, what is left behind until the next sweep included: tests check that it stays bounded. */
    int held() {
        return kept.size();
    }

    /**
     * Keeps every result held now to the next build, as if this build had asked for each: for results this build did
     * not need because it reused what was made from them (a whole page kept), which the next change will need
     * again. What is held is what the last build kept and what this one made.
     */
    public void keepAll() {
        if (keeps) {
            int now = build;
            for (Kept<K, V> k : kept.values()) {
                if (k.askedIn >= now - 1) { // what the last build kept, or this one made
                    stamp(k, now, null);
                }
            }
        }
    }

    /**
     * Ends a build: what it did not ask for is left behind, and swept once it outnumbers what the build asked for or
     * {@link #LONGEST_KEPT_BEHIND} builds after the last sweep (see the class comment).
     */
    public void endBuild() {
        if (!keeps) {
            return;
        }
        int ended = build;
        if (!betweenBuilds) {
            kept.clear();
        } else {
            int leftBehind = kept.size() - asked.get();
            if (leftBehind > asked.get() || leftBehind > 0 && ended - sweptIn >= LONGEST_KEPT_BEHIND) {
                kept.values().removeIf(k -> k.askedIn != ended);
                sweptIn = ended;
            }
        }
        asked.set(0);
        build = ended + 1;
    }
}
