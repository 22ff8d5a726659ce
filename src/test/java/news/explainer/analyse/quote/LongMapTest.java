package news.explainer.analyse.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The matcher's numeric map against {@link HashMap}: the same answers, through many resizes. */
class LongMapTest {

    @Test
    void answersAsAHashMapDoesThroughGrowthWithZeroNegativeAndCollidingKeys() {
        Random random = new Random(7);
        LongMap<Integer> map = new LongMap<>();
        Map<Long, Integer> expected = new HashMap<>();
        for (int n = 0; n < 200_000; n++) {
            // Keys as the matcher makes them (two small numbers in one), and any long at all, zero included.
            long key = switch (n % 3) {
                case 0 -> (long) random.nextInt(300) << 32 | random.nextInt(300);
                case 1 -> random.nextLong();
                default -> random.nextInt(5) - 2L;
            };
            if (random.nextBoolean()) {
                map.put(key, n);
                expected.put(key, n);
            }
            long probe = random.nextBoolean() ? key : random.nextLong();
            assertEquals(expected.get(probe), map.get(probe), "key " + probe);
        }
        assertEquals(expected.size(), map.size());
        expected.forEach((key, value) -> assertEquals(value, map.get(key)));
    }

    @Test
    void anEmptyMapHasNothingAndRefusesNullValues() {
        LongMap<String> map = new LongMap<>();
        assertNull(map.get(0));
        assertEquals(0, map.size());
        assertThrows(IllegalArgumentException.class, () -> map.put(1, null));
    }

    @Test
    void computeIfAbsentMakesAValueOnceAndKeepsIt() {
        LongMap<String> map = new LongMap<>();
        assertEquals("made 7", map.computeIfAbsent(7, k -> "made " + k));
        assertEquals("made 7", map.computeIfAbsent(7, k -> "made again"));
        assertEquals(1, map.size());
    }
}
