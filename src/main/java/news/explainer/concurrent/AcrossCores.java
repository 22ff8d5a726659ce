package news.explainer.concurrent;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * One job per index, on every core, taken in index order, each core taking the next index as soon as it is free; the
 * results in index order. For jobs of very different sizes, biggest first: no core then waits for more than the
 * last small job. A parallel stream cannot promise that here: with two cores the shared pool has one worker, and a
 * stream cuts its range into four parts at most, one part per task, so a core done with its parts waits while the
 * other finishes a part that holds the biggest jobs.
 *
 * <p>The caller works too, so the jobs finish even while the pool's worker is busy elsewhere. A job that throws
 * stops the others from starting new jobs, and what it threw is thrown here, as a stream would.
 */
public final class AcrossCores {
    private AcrossCores() {}

    /** {@code job} applied to 0 to {@code count - 1}; the list holds what the job gave, nulls included. */
    public static <T> List<T> map(int count, IntFunction<T> job) {
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    if (failed.get() == null) {
                        results[i] = job.apply(i);
                    }
                } catch (Throwable t) {
                    failed.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int helper = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1); helper > 0; helper--) {
            ForkJoinPool.commonPool().execute(work);
        }
        work.run();
        awaitUninterruptibly(done);
        Throwable thrown = failed.get();
        if (thrown != null) {
            throw AcrossCores.<RuntimeException>rethrown(thrown);
        }
        @SuppressWarnings("unchecked") // every slot was set by the job, which gives a T
        List<T> list = (List<T>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** {@code job} run for 0 to {@code count - 1}, for what it does; returns once every run has ended. */
    public static void forEach(int count, IntConsumer job) {
        map(count, i -> {
            job.accept(i);
            return null;
        });
    }

    /** Throws {@code thrown} as it is, checked or not, as a parallel stream rethrows what a job threw. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrown(Throwable thrown) throws E {
        throw (E) thrown;
    }

    private static void awaitUninterruptibly(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
