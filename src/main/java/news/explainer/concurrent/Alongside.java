package news.explainer.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A step run on a thread of its own while the caller goes on with other work: for a long step that does not use
 * every core itself, next to work that does. Not the shared fork-join pool: on two cores it has one worker, which
 * the caller's parallel streams need.
 *
 * @param <T> what the step makes
 */
public final class Alongside<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Alongside() {}

    /** Starts {@code step} now, on a daemon thread called {@code name}. */
    public static <T> Alongside<T> start(String name, Supplier<T> step) {
        Alongside<T> alongside = new Alongside<>();
        Thread thread = new Thread(() -> {
            try {
                alongside.result.complete(step.get());
            } catch (Throwable t) {
                alongside.result.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return alongside;
    }

    /** Waits for the step; what it threw is thrown here, as if it had run on this thread. */
    public T join() {
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
