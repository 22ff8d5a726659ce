package news.explainer.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import news.explainer.problem.Problems;

/**
 * A step run on a thread of its own while the caller goes on with other work: for a long step that does not use
 * every core itself, next to work that does. Not the shared fork-join pool: on two cores it has one worker, which
 * the caller's {@link AcrossCores} jobs and parallel streams need.
 *
 * <p>The step reports into problems of its own, merged into the caller's when it joins, at that point of the
 * caller's order: messages come out as if the steps had run one after the other. Open it in a try-with-resources
 * block: if the caller fails before joining, closing waits for the step, so that no step outlives its build.
 *
 * @param <T> what the step makes
 */
public final class Alongside<T> implements AutoCloseable {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Problems problems = new Problems();
    private boolean joined;

    private Alongside() {}

    /** Starts {@code step} now, on a daemon thread called {@code name}. */
    public static <T> Alongside<T> start(String name, Function<Problems, T> step) {
        Alongside<T> alongside = new Alongside<>();
        DaemonThreads.thread(name, () -> {
            try {
                alongside.result.complete(step.apply(alongside.problems));
            } catch (Throwable t) {
                alongside.result.completeExceptionally(t);
            }
        }).start();
        return alongside;
    }

    /**
     * Waits for the step and adds its problems to {@code into}; what it threw is thrown here, as if it had run on
     * this thread.
     */
    public T join(Problems into) {
        T value = await();
        into.addAll(problems);
        return value;
    }

    /** Waits for a step that was not joined; a failure of the step is then added to the caller's as suppressed. */
    @Override
    public void close() {
        if (!joined) {
            await();
        }
    }

    private T await() {
        joined = true;
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
