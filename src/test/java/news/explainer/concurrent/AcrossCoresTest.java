package news.explainer.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AcrossCoresTest {

    @Test
    void everyJobRunsOnceAndTheResultsComeInIndexOrder() {
        AtomicInteger runs = new AtomicInteger();
        List<String> out = AcrossCores.map(5_000, i -> {
            runs.incrementAndGet();
            return i % 7 == 0 ? null : "page-" + i;
        });
        assertEquals(5_000, runs.get());
        List<String> expected = new ArrayList<>();
        IntStream.range(0, 5_000).forEach(i -> expected.add(i % 7 == 0 ? null : "page-" + i));
        assertEquals(expected, out);
        assertEquals(List.of(), AcrossCores.map(0, i -> "never"));
    }

    /** forEach returns only once every job has ended: the writes it runs must all be done when it returns. */
    @Test
    void forEachRunsEveryIndexOnceAndReturnsWhenAllHaveEnded() {
        AtomicIntegerArray runs = new AtomicIntegerArray(3_000);
        AtomicInteger ended = new AtomicInteger();
        AcrossCores.forEach(runs.length(), i -> {
            runs.incrementAndGet(i);
            ended.incrementAndGet();
        });
        assertEquals(runs.length(), ended.get());
        IntStream.range(0, runs.length()).forEach(i -> assertEquals(1, runs.get(i), "index " + i));
    }

    @Test
    void theJobsFinishWhileThePoolsWorkersAreAllBusy() throws InterruptedException {
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch busy = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        for (int w = 0; w < workers; w++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertTrue(busy.await(10, TimeUnit.SECONDS), "the pool's workers did not start");
            // Preemptively: an implementation that waited for a worker would wait here for ever.
            List<Integer> done = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> AcrossCores.map(50, i -> i));
            assertEquals(IntStream.range(0, 50).boxed().toList(), done);
        } finally {
            release.countDown();
        }
    }

    @Test
    void whatAJobThrowsIsThrownToTheCaller() {
        IllegalArgumentException wrong = new IllegalArgumentException("page 13");
        assertSame(wrong, assertThrows(IllegalArgumentException.class, () -> AcrossCores.map(100, i -> {
            if (i == 13) {
                throw wrong;
            }
            return i;
        })));
        assertThrows(StackOverflowError.class, () -> AcrossCores.map(3, i -> {
            throw new StackOverflowError();
        }));
        IOException checked = new IOException("disk"); // thrown as it is, as a parallel stream would
        assertSame(checked, assertThrows(IOException.class, () -> AcrossCores.map(3, i -> {
            throw sneaky(checked);
        })));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
