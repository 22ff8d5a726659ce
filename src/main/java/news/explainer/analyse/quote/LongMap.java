package news.explainer.analyse.quote;

import java.util.function.LongFunction;

/**
 * A hash map from {@code long} keys to values that are never null, by open addressing: the quote matcher's index
 * looks up millions of numeric keys, and a {@link java.util.HashMap} would box each one and hold an entry object
 * per key.
 */
final class LongMap<V> {
    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int at = slot(key, mask); values[at] != null; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return (V) values[at];
            }
        }
        return null;
    }

    /** The value of {@code key}, made by {@code make} and put there when it has none. */
    V computeIfAbsent(long key, LongFunction<V> make) {
        V value = get(key);
        if (value == null) {
            value = make.apply(key);
            put(key, value);
        }
        return value;
    }

    void put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for key " + key);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int at = slot(key, mask);
        while (values[at] != null && keys[at] != key) {
            at = (at + 1) & mask;
        }
        if (values[at] == null) {
            size++;
        }
        keys[at] = key;
        values[at] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldValues.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldValues[k] != null) {
                int at = slot(oldKeys[k], mask);
                while (values[at] != null) {
                    at = (at + 1) & mask;
                }
                keys[at] = oldKeys[k];
                values[at] = oldValues[k];
            }
        }
    }

    /** The key's bits mixed (the finaliser of MurmurHash3), so that keys made of two small numbers spread. */
    private static int slot(long key, int mask) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
