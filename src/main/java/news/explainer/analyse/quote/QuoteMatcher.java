package news.explainer.analyse.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.explainer.concurrent.AcrossCores;

/**
 * Groups quotes of the same utterance across articles, even when outlets cut them short, elide, change a word
 * ({@code on}/{@code into}) or quote a different stretch. Quotes are indexed by three-word shingles, per speaker;
 * two quotes sharing at least half the shingles of the shorter one are joined (union-find), so the work grows
 * with the number of quotes, not its square. Only quotes of the same speaker, or two unattributed ones, join.
 *
 * <p>Each index entry keeps its {@value #MAX_POSTINGS} most recent quotes: a phrase quoted more often than that is
 * still joined through the chain of recent quotes. A fragment (a few words, or a partial sentence) joins at most
 * one cluster, the one it shares most with, so that a common phrase never bridges two different utterances;
 * two-word fragments join a longer quote of the same speaker that contains both words together; one word
 * ({@code “mirror”}) joins nothing.
 */
final class QuoteMatcher {
    private static final int SHINGLE = 3;
    private static final int MAX_POSTINGS = 50;
    private static final double CONTAINMENT = 0.5;

    /** @param alone ids of quotes that join no cluster: the editors know them for different remarks */
    List<QuoteCluster> match(List<Quote> quotes, Set<String> alone) {
        return new Run(quotes, alone).clusters();
    }

    private static final class Run {
        private final List<Quote> quotes;
        private final List<List<String>> words;
        private final int[] parent;
        private final int[] sizes;
        private final boolean[] attached;
        private final boolean[] alone;
        private final boolean[] fragment;
        /** Each quote's position among its speaker's quotes. */
        private final int[] local;

        Run(List<Quote> quotes, Set<String> alone) {
            this.quotes = quotes;
            this.alone = new boolean[quotes.size()];
            this.fragment = new boolean[quotes.size()];
            for (int i = 0; i < quotes.size(); i++) {
                this.alone[i] = alone.contains(quotes.get(i).id());
                this.fragment[i] = quotes.get(i).fragment();
            }
            this.parent = new int[quotes.size()];
            this.sizes = new int[quotes.size()];
            this.attached = new boolean[quotes.size()];
            this.local = new int[quotes.size()];
            for (int i = 0; i < quotes.size(); i++) {
                parent[i] = i;
            }
            this.words = wordsOf(quotes);
        }

        /**
         * Each quote's words, found once for each text (wire copy repeats most of them: at 10,000 articles, 53,923
         * quotes have 9,495 texts), on every core; only the joining below depends on the order. Quotes with the same
         * text share one list, which nothing changes.
         */
        private static List<List<String>> wordsOf(List<Quote> quotes) {
            Map<String, Integer> textIndex = new HashMap<>();
            List<String> texts = new ArrayList<>();
            int[] textOf = new int[quotes.size()];
            for (int i = 0; i < quotes.size(); i++) {
                String text = quotes.get(i).text();
                Integer known = textIndex.putIfAbsent(text, texts.size());
                if (known == null) {
                    known = texts.size();
                    texts.add(text);
                }
                textOf[i] = known;
            }
            List<List<String>> distinct = texts.parallelStream().map(Words::of).toList();
            List<List<String>> words = new ArrayList<>(quotes.size());
            for (int i = 0; i < quotes.size(); i++) {
                words.add(distinct.get(textOf[i]));
            }
            return words;
        }

        /**
         * Quotes join only quotes of the same speaker (or two unattributed ones), so each speaker's quotes are
         * matched on their own, on every core, each in index order: the unions are the ones a single pass makes.
         */
        List<QuoteCluster> clusters() {
            Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                List<Integer> members = bySpeaker.computeIfAbsent(speakerKey(quotes.get(i)), k -> new ArrayList<>());
                local[i] = members.size();
                members.add(i);
            }
            // The biggest lanes first: one speaker may have a tenth of all quotes, and no core then waits for it.
            List<List<Integer>> lanes = new ArrayList<>(bySpeaker.values());
            lanes.sort(Comparator.comparingInt((List<Integer> lane) -> lane.size()).reversed());
            AcrossCores.forEach(lanes.size(), l -> new Lane(lanes.get(l)).run());
            return grouped();
        }

        /**
         * One speaker's quotes, with their own index; they touch only their own entries of the shared arrays. The
         * index is keyed by numbers, not strings: each word of the lane gets a number, each word pair one made of
         * its two words', each three-word shingle one made of its first pair's and its last word's. Equal keys are
         * equal words, so the unions are those of an index keyed by the words themselves, without a string per
         * shingle and pair (two million of them at 10,000 articles).
         */
        private final class Lane {
            private final List<Integer> members;
            /** Shingles each earlier quote (by local position) shares with the current one; zero after each quote. */
            private final int[] shared;
            private final int[] touched;
            private final Map<String, Integer> wordIds = new HashMap<>();
            private final LongMap<Integer> pairIds = new LongMap<>();
            private final LongMap<Postings> shingles = new LongMap<>();
            private final LongMap<Postings> pairs = new LongMap<>();
            /**
             * For each wording met so far (its words as numbers, and whether it is a fragment), the quote that a later
             * quote in the same words joins: see {@link #joinRepeat}.
             */
            private final Map<Wording, Integer> repeatsJoin = new HashMap<>();

            Lane(List<Integer> members) {
                this.members = members;
                this.shared = new int[members.size()];
                this.touched = new int[members.size()];
            }

            void run() {
                for (int i : members) {
                    if (words.get(i).size() >= SHINGLE) {
                        joinLong(i);
                    }
                }
                for (int i : members) {
                    if (words.get(i).size() == 2) {
                        joinPair(i);
                    }
                }
            }

            private void joinLong(int i) {
                int[] ids = idsOf(words.get(i));
                Wording wording = alone[i] ? null : new Wording(ids, fragment[i]);
                Integer joins = wording == null ? null : repeatsJoin.get(wording);
                if (joins != null) {
                    joinRepeat(i, joins);
                    return;
                }
                long[] own = shinglesOf(ids);
                sizes[i] = own.length;
                int touchedCount = 0;
                for (long key : own) {
                    Postings posted = shingles.get(key);
                    if (posted == null) {
                        continue;
                    }
                    for (int k = 0; k < posted.size(); k++) {
                        int j = posted.get(k);
                        if (shared[local[j]]++ == 0) {
                            touched[touchedCount++] = j;
                        }
                    }
                }
                // The earlier quotes are visited in the order they were first touched, not sorted: unions and
                // attachments of different quotes do not depend on their order, and among equal scores the earliest
                // quote wins, as it did when they were visited in index order.
                int best = -1;
                double bestScore = 0;
                for (int t = 0; t < touchedCount; t++) {
                    int j = touched[t];
                    int count = shared[local[j]];
                    shared[local[j]] = 0;
                    int smaller = Math.min(sizes[i], sizes[j]);
                    double score = (double) count / smaller;
                    if (count >= Math.min(2, smaller) && score >= CONTAINMENT) {
                        if (!fragment[i] && !fragment[j]) {
                            union(i, j);
                        } else if (fragment[j] && !fragment[i]) {
                            attach(j, i);
                        } else if (score > bestScore || (score == bestScore && j < best)) {
                            best = j;
                            bestScore = score;
                        }
                    }
                }
                if (best >= 0) {
                    attach(i, best);
                }
                if (wording != null) {
                    // A later fragment in these words would pick the earliest quote that holds all of it: this one's
                    // best when that held all of this one, else this one (the quotes posted since come after it).
                    repeatsJoin.put(wording, fragment[i] && bestScore == 1.0 ? best : i);
                }
                for (long key : own) {
                    post(shingles, key, i);
                }
                // Word pairs in order, repeats kept: each is posted, as the index has always been fed.
                for (int k = 0; k + 1 < ids.length; k++) {
                    post(pairs, pair(ids[k], ids[k + 1]), i);
                }
            }

            /**
             * A quote in the same words as an earlier one joins what a search would have made it join, without the
             * search: it shares exactly what the earlier one shares, and every quote posted since comes after it. A
             * whole quote joins the earlier one; a fragment, the earliest quote that holds all of it, which the earlier
             * one found (when that quote is one the editors set apart, the fragment stays alone, as it would have).
             * Nor is the repeat posted: a later quote that shares its shingles finds the earlier one, which comes
             * first among equal scores. Wire copy makes most quotes repeats (at 10,000 articles, 53,923 quotes have
             * 8,588 wordings), and each looked through up to fifty postings per shingle. A quote the editors set
             * apart is always matched alone, and never joined as a repeat.
             */
            private void joinRepeat(int i, int joins) {
                if (fragment[i]) {
                    attach(i, joins);
                } else {
                    union(i, joins);
                }
            }

            /** A two-word quote joins the earliest longer quote still posted under the same two words. */
            private void joinPair(int i) {
                Integer first = wordIds.get(words.get(i).get(0));
                Integer second = wordIds.get(words.get(i).get(1));
                if (first != null && second != null) {
                    Postings posted = pairs.get(pair(first, second));
                    if (posted != null) {
                        attach(i, posted.min());
                    }
                }
            }

            private int[] idsOf(List<String> quoteWords) {
                int[] ids = new int[quoteWords.size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = wordIds.computeIfAbsent(quoteWords.get(k), w -> wordIds.size());
                }
                return ids;
            }

            /**
             * The quote's distinct shingles, sorted: what a quote shares with another does not depend on the order
             * of its shingles, nor do the postings, one list per shingle.
             */
            private long[] shinglesOf(int[] ids) {
                long[] keys = new long[Math.max(0, ids.length - SHINGLE + 1)];
                for (int k = 0; k < keys.length; k++) {
                    int pairId = pairIds.computeIfAbsent(pair(ids[k], ids[k + 1]), pair -> pairIds.size());
                    keys[k] = pair(pairId, ids[k + 2]);
                }
                Arrays.sort(keys);
                int n = 0;
                for (int k = 0; k < keys.length; k++) {
                    if (n == 0 || keys[k] != keys[n - 1]) {
                        keys[n++] = keys[k];
                    }
                }
                return n == keys.length ? keys : Arrays.copyOf(keys, n);
            }
        }

        /** A quote's words, each as its number in the lane, and whether the quote is a fragment. */
        private static final class Wording {
            private final int[] ids;
            private final boolean fragment;
            private final int hash;

            Wording(int[] ids, boolean fragment) {
                this.ids = ids;
                this.fragment = fragment;
                this.hash = Arrays.hashCode(ids) * 2 + (fragment ? 1 : 0);
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Wording w && w.hash == hash && w.fragment == fragment && Arrays.equals(w.ids, ids);
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }

        /** Two numbers of at most 31 bits, in one. */
        private static long pair(int first, int second) {
            return (long) first << 32 | second;
        }

        private void attach(int fragment, int other) {
            if (!attached[fragment]) {
                attached[fragment] = true;
                union(fragment, other);
            }
        }

        private static void post(LongMap<Postings> index, long key, int i) {
            index.computeIfAbsent(key, k -> new Postings()).add(i);
        }

        /** The speaker's id, or "" for the unattributed quotes, which match one another. */
        private static String speakerKey(Quote q) {
            return q.speakerId().orElse("");
        }

        private int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private void union(int a, int b) {
            if (alone[a] || alone[b]) {
                return;
            }
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb); // the earliest quote is the root: stable ids
            }
        }

        private List<QuoteCluster> grouped() {
            TreeMap<Integer, List<Integer>> byRoot = new TreeMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            }
            List<QuoteCluster> out = new ArrayList<>();
            for (List<Integer> members : byRoot.values()) {
                int[] longestFirst = longestFirst(members);
                List<String> ids = new ArrayList<>(longestFirst.length);
                for (int i : longestFirst) {
                    ids.add(quotes.get(i).id());
                }
                out.add(new QuoteCluster("c" + (out.size() + 1), quotes.get(longestFirst[0]).speakerId(), ids));
            }
            return out;
        }

        /**
         * The members, most words first, then in index order: sorted as numbers that hold both (a comparator
         * chain on boxed indices took a seventh of the matching at 10,000 articles).
         */
        private int[] longestFirst(List<Integer> members) {
            long[] keys = new long[members.size()];
            for (int k = 0; k < keys.length; k++) {
                int i = members.get(k);
                keys[k] = (long) (Integer.MAX_VALUE - words.get(i).size()) << 32 | i;
            }
            Arrays.sort(keys);
            int[] out = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                out[k] = (int) keys[k];
            }
            return out;
        }
    }

    /**
     * The most recent quotes posted under one key, oldest first, at most {@value #MAX_POSTINGS}: a ring of ints
     * rather than a deque of boxed integers, since the matcher reads tens of millions of them at 10,000 articles.
     */
    private static final class Postings {
        private int[] ring = new int[4];
        private int first;
        private int size;

        void add(int quote) {
            if (size == ring.length && ring.length < MAX_POSTINGS) {
                int[] grown = new int[Math.min(MAX_POSTINGS, ring.length * 2)];
                for (int k = 0; k < size; k++) {
                    grown[k] = get(k);
                }
                ring = grown;
                first = 0;
            }
            if (size < ring.length) {
                ring[(first + size) % ring.length] = quote;
                size++;
            } else { // full: the oldest gives way
                ring[first] = quote;
                first = (first + 1) % ring.length;
            }
        }

        int size() {
            return size;
        }

        int get(int k) {
            return ring[(first + k) % ring.length];
        }

        int min() {
            int min = Integer.MAX_VALUE;
            for (int k = 0; k < size; k++) {
                min = Math.min(min, get(k));
            }
            return min;
        }
    }
}
